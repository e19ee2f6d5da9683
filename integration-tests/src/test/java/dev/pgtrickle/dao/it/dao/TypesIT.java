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
import dev.pgtrickle.dao.runtime.Condition;
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
    TypeSample s = dao.query().where(TypeSampleDao.ID.eq(1L)).list().get(0);

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
    TypeSample s = dao.query().where(TypeSampleDao.ID.eq(2L)).list().get(0);

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
    assertEquals(
        1,
        dao.query()
            .where(TypeSampleDao.UUID.eq(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")))
            .list()
            .size());
    assertEquals(1, dao.query().where(TypeSampleDao.SHADE.eq(Shade.DARK)).list().size());
    assertEquals(
        1,
        dao.query()
            .where(TypeSampleDao.STAMPED.eq(OffsetDateTime.parse("2026-11-30T12:34:56.789+02:00")))
            .list()
            .size());
    assertEquals(
        1,
        dao.query()
            .where(TypeSampleDao.INSTANT.eq(Instant.parse("2026-11-30T10:00:00Z")))
            .list()
            .size());
    assertEquals(
        1,
        dao.query()
            .where(TypeSampleDao.LOCAL.eq(LocalDateTime.parse("2026-11-30T12:34:56.789")))
            .list()
            .size());
    assertEquals(
        1,
        dao.query()
            .where(TypeSampleDao.HUGE.eq(new BigInteger("123456789012345678901234567890")))
            .list()
            .size());
    assertEquals(
        1,
        dao.query().where(TypeSampleDao.AMOUNT.eq(new BigDecimal("1234.5"))).list().size(),
        "numeric equality");
    assertEquals(
        1,
        dao.query().where(TypeSampleDao.BYTES.eq(new byte[] {0, (byte) 0xff, 0x10})).list().size());
    assertEquals(
        1, dao.query().where(TypeSampleDao.TAGS.eq(Arrays.asList("a", null, "c"))).list().size());
    assertEquals(1, dao.query().where(TypeSampleDao.INTS.eq(Arrays.asList(3, null))).list().size());
    assertEquals(1, dao.query().where(TypeSampleDao.REAL.eq(1.5f)).list().size());
    assertEquals(2, dao.findAll().size());
  }

  /**
   * An {@code int} or {@code long} literal on every numeric column (row 1 holds small 7, medium
   * 70000, maybe_big 9000000000, real 1.5, dbl 2.25, amount 1234.50, huge 1.2e29; row 2 zeros and
   * NULLs): PostgreSQL compares each column with the bound integer exactly, also beyond the
   * column's own range.
   */
  @Test
  void integerLiteralsCompareWithEveryNumericColumn() {
    assertEquals(List.of(1L), ids(TypeSampleDao.ID.eq(1)));
    assertEquals(List.of(1L), ids(TypeSampleDao.SMALL.gt(6)));
    assertEquals(
        List.of(), ids(TypeSampleDao.SMALL.gt(100_000)), "beyond smallint, bound as bigint");
    assertEquals(List.of(1L), ids(TypeSampleDao.MEDIUM.ge(70_000)));
    assertEquals(
        List.of(1L, 2L), ids(TypeSampleDao.MEDIUM.lt(9_000_000_000L)), "beyond integer, bigint");
    assertEquals(List.of(1L), ids(TypeSampleDao.MAYBE_BIG.gt(8_999_999_999L)));
    assertEquals(List.of(1L), ids(TypeSampleDao.MAYBE_BIG.ne(0)), "NULL is not <> 0");
    assertEquals(List.of(1L), ids(TypeSampleDao.REAL.gt(1)));
    assertEquals(List.of(1L), ids(TypeSampleDao.DBL.ge(2)));
    assertEquals(List.of(1L), ids(TypeSampleDao.AMOUNT.gt(1234)));
    assertEquals(List.of(), ids(TypeSampleDao.AMOUNT.eq(1234)), "1234.50 is not 1234");
    assertEquals(List.of(1L), ids(TypeSampleDao.HUGE.gt(Long.MAX_VALUE)));
    assertEquals(List.of(2L), ids(TypeSampleDao.MAYBE_BIG.eq(null)), "eq(null) is IS NULL");
  }

  private static List<Long> ids(Condition<TypeSample> condition) {
    return dao.query().where(condition).orderBy(TypeSampleDao.ID.asc()).list().stream()
        .map(TypeSample::id)
        .toList();
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
