package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 12, defects 1, 6 and 7: a value is read exactly or not at all. A column whose type cannot
 * hold every value of the component, and a value the Java type cannot represent, are a {@link
 * ColumnMappingException} naming the table, the column, the component, what was expected and what
 * was found, on every read path: generated finders, streams, typed queries, derived finders,
 * {@code @Query} methods and fresh reads. Never a truncated number or a sentinel.
 */
class ExactValuesIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createSource() throws SQLException {
    db = TestDatabase.create("exact_values_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE exact_src (k text, v numeric)",
        "INSERT INTO exact_src VALUES ('a', 1.5), ('b', 10)");
    pool = db.pool(2);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @AfterEach
  void noConnectionIsKept() {
    ReliabilityPools.assertAllReturned(pool);
  }

  /** (Re)creates stream table {@code exact_long} as {@code SELECT k, <v> AS v FROM exact_src}. */
  private static void exactLongAs(String expression) {
    Sql.run(
        owner,
        "SELECT pgtrickle.drop_stream_table(pgt_schema || '.' || pgt_name)"
            + " FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'exact_long'",
        "SELECT pgtrickle.create_stream_table('public.exact_long', $q$SELECT k, "
            + expression
            + " AS v FROM exact_src$q$, schedule => '1h', refresh_mode => 'FULL')");
    Sql.refresh(owner, "public.exact_long");
    renewPool();
  }

  /**
   * A new pool: pgjdbc's server-prepared statements on the old one still expect the previous column
   * types ("cached plan must not change result type") after a table is recreated.
   */
  private static void renewPool() {
    pool.close();
    pool = db.pool(2);
  }

  /** Every read path of {@code exact_long}, each reading at least the row whose k is 'a'. */
  private static Map<String, Executable> everyReadPath() {
    ExactLongDao dao = new ExactLongDao(pool);
    ExactLongRepository queries = new ExactLongRepositoryImpl(pool);
    return Map.ofEntries(
        Map.entry("findAll", dao::findAll),
        Map.entry("findByK", () -> dao.query().where(ExactLongDao.K.eq("a")).list()),
        Map.entry(
            "streamAll",
            () -> {
              try (Stream<ExactLong> rows = dao.streamAll()) {
                rows.forEach(row -> {});
              }
            }),
        Map.entry("streamAll without close", () -> dao.streamAll().forEach(row -> {})),
        Map.entry("findAllFresh", () -> dao.query().listFresh(ReadPolicy.accept())),
        Map.entry("query().list()", () -> dao.query().where(ExactLongDao.K.eq("a")).list()),
        Map.entry(
            "query().stream()",
            () -> {
              try (Stream<ExactLong> rows = dao.query().stream()) {
                rows.count();
              }
            }),
        Map.entry("query().max()", () -> dao.query().max(ExactLongDao.V)),
        Map.entry("derived finder", () -> queries.findByK("a")),
        Map.entry(
            "derived stream",
            () -> {
              try (Stream<ExactLong> rows = queries.streamByKNot("z")) {
                rows.count();
              }
            }),
        Map.entry("@Query rows", queries::everything),
        Map.entry("@Query value", () -> queries.valueOf("a")));
  }

  private static void assertEveryPathRefuses(String actualType) {
    everyReadPath()
        .forEach(
            (path, call) -> {
              Throwable thrown = assertThrows(Throwable.class, call, path);
              if (!(thrown instanceof ColumnMappingException)) {
                throw new AssertionError(path + " threw " + thrown, thrown);
              }
              ColumnMappingException e = (ColumnMappingException) thrown;
              assertEquals("public.exact_long", e.streamTable().qualifiedName(), path);
              // A @Query value method reads "the first column of the query"; every other path names
              // v.
              assertTrue(
                  e.column().orElseThrow().equals("v")
                      || e.column().orElseThrow().equals("the first column of the query"),
                  path + ": " + e.column().orElseThrow());
              assertTrue(
                  e.component().equals("ExactLong.v")
                      || e.component().equals(e.column().orElseThrow()),
                  path);
              assertTrue(
                  e.expected().orElseThrow().contains("bigint"), path + ": " + e.getMessage());
              assertEquals(actualType, e.actual().orElseThrow(), path);
              assertTrue(e.getMessage().contains(actualType), e.getMessage());
              ReliabilityPools.assertAllReturned(pool);
            });
  }

  @Test
  void aFractionalNumericIsNeverTruncatedIntoALong() {
    exactLongAs("v");

    assertEveryPathRefuses("numeric");
  }

  @Test
  void integerValuedNumericIsRefusedByTypeNotByLuck() {
    Sql.run(owner, "DELETE FROM exact_src WHERE k = 'a'");
    try {
      exactLongAs("v");
      assertThrows(ColumnMappingException.class, new ExactLongDao(pool)::findAll);
    } finally {
      Sql.run(owner, "INSERT INTO exact_src VALUES ('a', 1.5)");
    }
  }

  @Test
  void textHoldingAnIntegerIsNotALong() {
    exactLongAs("round(v)::text");

    assertEveryPathRefuses("text");
  }

  @Test
  void doublePrecisionIsNotALong() {
    exactLongAs("v::float8");

    assertEveryPathRefuses("float8");
  }

  @Test
  void everyIntegerTypeReadsExactlyOnEveryPath() {
    for (String type : List.of("bigint", "integer", "smallint")) {
      exactLongAs("round(v * 2)::" + type);
      ExactLongDao dao = new ExactLongDao(pool);
      assertEquals(
          List.of(new ExactLong("a", 3), new ExactLong("b", 20)),
          dao.query().orderBy(ExactLongDao.K.asc()).list(),
          type);
      assertEquals(Optional.of(3L), new ExactLongRepositoryImpl(pool).valueOf("a"), type);
      assertEquals(Optional.of(20L), dao.query().max(ExactLongDao.V), type);
    }
  }

  @Test
  void nanAndInfinityAreNotBigDecimals() {
    Sql.run(
        owner,
        "CREATE TABLE exact_decimal (k text, v numeric, w numeric)",
        "INSERT INTO exact_decimal VALUES ('ok', 1.50, 2)");
    try {
      ExactDecimalDao dao = new ExactDecimalDao(pool);
      assertEquals(
          List.of(new ExactDecimal("ok", new BigDecimal("1.50"), BigInteger.TWO)),
          dao.findAll(),
          "scale kept");
      for (String value : List.of("NaN", "Infinity", "-Infinity")) {
        for (String column : List.of("v", "w")) {
          Sql.run(owner, "UPDATE exact_decimal SET " + column + " = '" + value + "'");
          ColumnMappingException e =
              assertThrows(ColumnMappingException.class, dao::findAll, value);
          assertEquals(column, e.column().orElseThrow());
          assertEquals("ExactDecimal." + column, e.component());
          assertEquals(value, e.actual().orElseThrow());
          Sql.run(owner, "UPDATE exact_decimal SET v = 1.50, w = 2");
        }
      }
      Sql.run(owner, "UPDATE exact_decimal SET w = 2.5");
      ColumnMappingException e = assertThrows(ColumnMappingException.class, dao::findAll);
      assertEquals("2.5", e.actual().orElseThrow());
    } finally {
      Sql.run(owner, "DROP TABLE exact_decimal");
    }
  }

  @Test
  void infinitiesAnd2400AreNotDatesOrTimes() {
    Sql.run(
        owner,
        "CREATE TABLE exact_times (k text, day date, clock time, local timestamp,"
            + " stamped timestamptz, instant timestamptz)",
        "INSERT INTO exact_times (k) VALUES ('x')");
    try {
      ExactTimesDao dao = new ExactTimesDao(pool);
      assertEquals(List.of(new ExactTimes("x", null, null, null, null, null)), dao.findAll());
      Map<String, String> edges =
          Map.of(
              "day",
              "'infinity'",
              "local",
              "'-infinity'",
              "stamped",
              "'infinity'",
              "instant",
              "'-infinity'",
              "clock",
              "'24:00:00'");
      edges.forEach(
          (column, value) -> {
            Sql.run(owner, "UPDATE exact_times SET " + column + " = " + value);
            ColumnMappingException e =
                assertThrows(ColumnMappingException.class, dao::findAll, column);
            assertEquals(column, e.column().orElseThrow());
            assertEquals("ExactTimes." + column, e.component());
            assertEquals(value.replace("'", ""), e.actual().orElseThrow());
            Sql.run(owner, "UPDATE exact_times SET " + column + " = NULL");
          });
      // pgjdbc cannot parse a BC leap day in text form: a typed error, never a raw
      // DateTimeException (and the exact value once the driver reads it in binary form).
      Sql.run(owner, "UPDATE exact_times SET day = '3057-02-29 BC'");
      renewPool();
      ExactTimesDao fresh = new ExactTimesDao(pool);
      for (int read = 0; read < 7; read++) {
        try {
          assertEquals(LocalDate.of(-3056, 2, 29), fresh.findAll().get(0).day());
        } catch (ColumnMappingException e) {
          assertEquals("day", e.column().orElseThrow());
          assertEquals("3057-02-29 BC", e.actual().orElseThrow());
        }
      }
      Sql.run(owner, "UPDATE exact_times SET day = NULL, clock = '23:59:59.999999'");
      assertEquals(LocalTime.of(23, 59, 59, 999_999_000), fresh.findAll().get(0).clock());
    } finally {
      Sql.run(owner, "DROP TABLE exact_times");
    }
  }

  @Test
  void datesAndTimesPostgreSqlCannotHoldAreRefusedWhenBoundNotSentAsInfinity() {
    Sql.run(
        owner,
        "CREATE TABLE exact_times (k text, day date, clock time, local timestamp,"
            + " stamped timestamptz, instant timestamptz)",
        "INSERT INTO exact_times (k) VALUES ('x')");
    try {
      ExactTimesDao dao = new ExactTimesDao(pool);
      LocalDate beforeFirst = LocalDate.of(-4713, 12, 31);
      Map<String, Executable> binds =
          Map.of(
              "findByDay", () -> dao.query().where(ExactTimesDao.DAY.eq(beforeFirst)).list(),
              "findByLocal",
                  () ->
                      dao.query()
                          .where(ExactTimesDao.LOCAL.eq(LocalDateTime.of(294277, 1, 1, 0, 0)))
                          .list(),
              "findByStamped",
                  () ->
                      dao.query()
                          .where(
                              ExactTimesDao.STAMPED.eq(
                                  OffsetDateTime.of(beforeFirst.atStartOfDay(), ZoneOffset.UTC)))
                          .list(),
              "findByInstant",
                  () ->
                      dao.query()
                          .where(ExactTimesDao.INSTANT.eq(Instant.parse("-5000-01-01T00:00:00Z")))
                          .list(),
              "query().where(day < ...)",
                  () -> dao.query().where(ExactTimesDao.DAY.lt(LocalDate.MIN)).list());
      binds.forEach(
          (path, bind) -> {
            Throwable thrown = assertThrows(Throwable.class, bind, path);
            assertEquals(IllegalArgumentException.class, thrown.getClass(), path + ": " + thrown);
            assertTrue(thrown.getMessage().contains("PostgreSQL holds"), thrown.getMessage());
          });
      assertEquals(
          1,
          dao.query().where(ExactTimesDao.DAY.eq(LocalDate.of(-4712, 1, 1))).list().size() + 1,
          "the first date PostgreSQL holds binds");
    } finally {
      Sql.run(owner, "DROP TABLE exact_times");
    }
  }

  @Test
  void aTimestampWithoutTimeZoneIsNotAnInstantNorATimestamptzALocalDateTime() {
    Sql.run(
        owner,
        "CREATE TABLE exact_times (k text, day date, clock time, local timestamptz,"
            + " stamped timestamp, instant timestamp)",
        "INSERT INTO exact_times VALUES ('x', NULL, NULL, now(), localtimestamp, localtimestamp)");
    try {
      ColumnMappingException e =
          assertThrows(ColumnMappingException.class, new ExactTimesDao(pool)::findAll);
      assertEquals("stamped", e.column().orElseThrow());
      assertEquals("ExactTimes.stamped", e.component());
      assertEquals("timestamp", e.actual().orElseThrow());
      Sql.run(
          owner,
          "ALTER TABLE exact_times ALTER stamped TYPE timestamptz,"
              + " ALTER instant TYPE timestamptz");
      renewPool();
      e = assertThrows(ColumnMappingException.class, new ExactTimesDao(pool)::findAll);
      assertEquals("local", e.column().orElseThrow());
      assertEquals("timestamptz", e.actual().orElseThrow());
      Sql.run(owner, "ALTER TABLE exact_times ALTER local TYPE timestamp");
      renewPool();
      assertEquals(1, new ExactTimesDao(pool).findAll().size(), "every type right at last");
    } finally {
      Sql.run(owner, "DROP TABLE exact_times");
    }
  }

  @Test
  void aTwoDimensionalArrayIsNamedAsSuch() {
    Sql.run(
        owner,
        "CREATE TABLE exact_tags (k text, tags text[])",
        "INSERT INTO exact_tags VALUES ('x', '{{a,b},{c,d}}')");
    try {
      ColumnMappingException e =
          assertThrows(ColumnMappingException.class, new ExactTagsDao(pool)::findAll);
      assertEquals("tags", e.column().orElseThrow());
      assertTrue(e.getMessage().contains("multi-dimensional"), e.getMessage());
      Sql.run(owner, "UPDATE exact_tags SET tags = '{a,NULL,\"c d\"}'");
      assertEquals(
          java.util.Arrays.asList("a", null, "c d"),
          new ExactTagsDao(pool).findAll().get(0).tags());
      Sql.run(owner, "ALTER TABLE exact_tags ALTER tags TYPE bigint[] USING '{1}'");
      renewPool();
      e = assertThrows(ColumnMappingException.class, new ExactTagsDao(pool)::findAll);
      assertEquals("Long[]", e.actual().orElseThrow());
    } finally {
      Sql.run(owner, "DROP TABLE exact_tags");
    }
  }
}
