package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.TypeSample;
import dev.pgtrickle.dao.it.model.TypeSample.Shade;
import dev.pgtrickle.dao.it.model.TypeSampleDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every supported component type read from the PostgreSQL type pg_trickle gives the column (typmods
 * dropped, every column nullable), including NULL into every reference type, and values that do not
 * fit their component.
 */
class TypesIT {
  private static final String COLUMNS =
      "id, text, flag, maybe_flag, small, maybe_small, medium, maybe_medium, maybe_big, \"real\","
          + " maybe_real, dbl, maybe_dbl, amount, huge, day, clock, local, stamped, instant, uuid,"
          + " bytes, shade, tags, longs, ints";

  private static TestDatabase db;
  private static DataSource owner;
  private static TypeSampleDao dao;

  @BeforeAll
  static void createTable() throws SQLException {
    db = TestDatabase.create("types_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE type_samples (id bigint PRIMARY KEY, text varchar(20), flag boolean,"
            + " maybe_flag boolean, small smallint, maybe_small smallint, medium integer,"
            + " maybe_medium integer, maybe_big bigint, \"real\" real, maybe_real real,"
            + " dbl double precision, maybe_dbl double precision, amount numeric(10,2),"
            + " huge numeric(40,0), day date, clock time, local timestamp, stamped timestamptz,"
            + " instant timestamptz, uuid uuid, bytes bytea, shade text, tags text[],"
            + " longs bigint[], ints integer[])",
        "INSERT INTO type_samples VALUES (1, 'héllo \"quoted\"', true, false, 7, -7, 70000, -70000,"
            + " 9000000000, 1.5, -1.5, 2.25, -2.25, 1234.50, 123456789012345678901234567890,"
            + " '2026-11-30', '23:59:58.123456', '2026-11-30 12:34:56.789',"
            + " '2026-11-30 12:34:56.789+02', '2026-11-30 10:00:00Z',"
            + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\\x00ff10', 'DARK',"
            + " ARRAY['a', NULL, 'c'], ARRAY[1, 9000000000], ARRAY[3, NULL])",
        "INSERT INTO type_samples (id, flag, small, medium, \"real\", dbl)"
            + " VALUES (2, false, 0, 0, 0, 0)",
        "SELECT pgtrickle.create_stream_table('public.type_samples_st', 'SELECT "
            + COLUMNS
            + " FROM type_samples', schedule => '1h', refresh_mode => 'FULL')");
    dao = new TypeSampleDao(db.readOnlyRole("type_samples_st"));
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyTypeReadsItsValue() {
    TypeSample s = dao.findById(1L).get(0);

    assertEquals("héllo \"quoted\"", s.text());
    assertEquals(true, s.flag());
    assertEquals(Boolean.FALSE, s.maybeFlag());
    assertEquals((short) 7, s.small());
    assertEquals(Short.valueOf((short) -7), s.maybeSmall());
    assertEquals(70000, s.medium());
    assertEquals(Integer.valueOf(-70000), s.maybeMedium());
    assertEquals(Long.valueOf(9_000_000_000L), s.maybeBig());
    assertEquals(1.5f, s.real());
    assertEquals(Float.valueOf(-1.5f), s.maybeReal());
    assertEquals(2.25, s.dbl());
    assertEquals(Double.valueOf(-2.25), s.maybeDbl());
    assertEquals(new BigDecimal("1234.50"), s.amount());
    assertEquals(new BigInteger("123456789012345678901234567890"), s.huge());
    assertEquals(LocalDate.parse("2026-11-30"), s.day());
    assertEquals(LocalTime.parse("23:59:58.123456"), s.clock());
    assertEquals(LocalDateTime.parse("2026-11-30T12:34:56.789"), s.local());
    assertEquals(OffsetDateTime.parse("2026-11-30T10:34:56.789Z"), s.stamped());
    assertEquals(ZoneOffset.UTC, s.stamped().getOffset());
    assertEquals(Instant.parse("2026-11-30T10:00:00Z"), s.instant());
    assertEquals(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), s.uuid());
    assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, s.bytes());
    assertEquals(Shade.DARK, s.shade());
    assertEquals(Arrays.asList("a", null, "c"), s.tags());
    assertEquals(List.of(1L, 9_000_000_000L), s.longs());
    assertEquals(Arrays.asList(3, null), s.ints());
    assertThrows(
        UnsupportedOperationException.class, () -> s.tags().add("d"), "lists are unmodifiable");
  }

  @Test
  void nullReadsAsNullIntoEveryReferenceType() {
    TypeSample s = dao.findById(2L).get(0);

    assertEquals(false, s.flag());
    for (Object value :
        Arrays.asList(
            s.text(),
            s.maybeFlag(),
            s.maybeSmall(),
            s.maybeMedium(),
            s.maybeBig(),
            s.maybeReal(),
            s.maybeDbl(),
            s.amount(),
            s.huge(),
            s.day(),
            s.clock(),
            s.local(),
            s.stamped(),
            s.instant(),
            s.uuid(),
            s.bytes(),
            s.shade(),
            s.tags(),
            s.longs(),
            s.ints())) {
      assertNull(value);
    }
  }

  @Test
  void findersBindEveryKindOfValue() {
    assertEquals(1, dao.findByUuid(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")).size());
    assertEquals(1, dao.findByShade(Shade.DARK).size());
    assertEquals(
        1, dao.findByStamped(OffsetDateTime.parse("2026-11-30T12:34:56.789+02:00")).size());
    assertEquals(1, dao.findByInstant(Instant.parse("2026-11-30T10:00:00Z")).size());
    assertEquals(1, dao.findByLocal(LocalDateTime.parse("2026-11-30T12:34:56.789")).size());
    assertEquals(1, dao.findByHuge(new BigInteger("123456789012345678901234567890")).size());
    assertEquals(1, dao.findByAmount(new BigDecimal("1234.5")).size(), "numeric equality");
    assertEquals(1, dao.findByBytes(new byte[] {0, (byte) 0xff, 0x10}).size());
    assertEquals(1, dao.findByTags(Arrays.asList("a", null, "c")).size());
    assertEquals(1, dao.findByInts(Arrays.asList(3, null)).size());
    assertEquals(1, dao.findByReal(1.5f).size());
    assertEquals(2, dao.findAll().size());
  }

  @Test
  void anUnknownEnumNameAndAFractionalBigIntegerDoNotFitTheirComponents() {
    Sql.run(
        owner,
        "UPDATE type_samples SET shade = 'PURPLE', huge = 1.5 WHERE id = 1",
        "SELECT pgtrickle.refresh_stream_table('public.type_samples_st')");
    try {
      ColumnMappingException e = assertThrows(ColumnMappingException.class, dao::findAll);

      assertEquals("public.type_samples_st", e.streamTable().qualifiedName());
      assertTrue(
          e.column().equals(Optional.of("huge")) || e.column().equals(Optional.of("shade")),
          e.column().toString());
      assertTrue(e.getMessage().contains("TypeSample."), e.getMessage());
    } finally {
      Sql.run(
          owner,
          "UPDATE type_samples SET shade = 'DARK', huge = 123456789012345678901234567890"
              + " WHERE id = 1",
          "SELECT pgtrickle.refresh_stream_table('public.type_samples_st')");
    }
  }
}
