package dev.pgtrickle.dao.it.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, round-trip properties: random rows of every supported type, NULLs and the extremes
 * PostgreSQL stores, written with plain JDBC into tables whose schema, name and columns are
 * SQL-hostile, read back exactly through every read path of the generated code: the DAO's {@code
 * findAll}, {@code streamAll} and {@code findBy<Component>} for every component, typed queries,
 * derived finders and {@code @Query}. Exactly means {@code equals} (scale of a {@code BigDecimal}
 * included), bit patterns of floats ({@code -0.0}, {@code NaN}), and the same instant in UTC for
 * {@code timestamptz}.
 *
 * <p>The records are fixed at compile time (generated DAOs are compile-time artifacts); the values
 * are random per run from a seed printed with every failure, and {@code -Droundtrip.seed=<seed>}
 * replays a run. Values a component cannot hold exactly (infinities, {@code NaN} numerics, 24:00)
 * are {@code ExactValuesIT}'s, and the tables are plain tables: to a reader a stream table is an
 * ordinary heap table, and plain tables keep the test independent of the pg_trickle stand-in.
 */
class RoundTripIT {
  /** Rows per table and run. */
  static final int ROWS = 400;

  private static final String TABLE = "\"Sélect \"\"Schema\"\"\".\"order \u2028 $Tbl\"";
  private static final String PRIMITIVES = "\"Sélect \"\"Schema\"\"\".\"Table\"";

  private static TestDatabase db;
  private static HikariDataSource pool;
  private static long seed;
  private static final Map<Long, RoundTrip> WRITTEN = new LinkedHashMap<>();
  private static final Map<Long, RoundTripPrimitives> WRITTEN_PRIMITIVES = new LinkedHashMap<>();

  @BeforeAll
  static void writeRandomRows() throws SQLException {
    String fixed = System.getProperty("roundtrip.seed");
    seed = fixed != null && !fixed.isBlank() ? Long.parseLong(fixed) : new Random().nextLong();
    db = TestDatabase.create("round_trip_it");
    DataSource owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE SCHEMA \"Sélect \"\"Schema\"\"\"",
        "CREATE TABLE "
            + TABLE
            + " (\"Id\" bigint, \"select\" text, \"Flag?\" boolean,"
            + " \"user\" smallint, \"MixedCase\" integer, \"big\"\"quote\" bigint, \"réal\" real,"
            + " \"dbl;--\" double precision, \"Ämount\" numeric, \"huge$\" numeric, \"day\" date,"
            + " \"time\" time, \"local ts\" timestamp, \"stamped\u2029\" timestamptz,"
            + " \"instant\" timestamptz, \"uuid\" uuid, \"bytes/*\" bytea, \"shade\" text,"
            + " \"tags[]\" text[], \"longs\" bigint[], \"ints\" integer[])",
        "CREATE TABLE "
            + PRIMITIVES
            + " (\"Id\" bigint, \"Boolean\" boolean, \"from\" smallint,"
            + " \"where\" integer, \"group\" bigint, \"order\" real, \"limit\" double precision)");
    Values values = new Values(seed);
    try (Connection connection = owner.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO " + TABLE + " VALUES (" + "?, ".repeat(20) + "?)")) {
        for (long id = 1; id <= ROWS; id++) {
          RoundTrip row =
              new RoundTrip(
                  id,
                  values.nullable(values::text),
                  values.nullable(values::bool),
                  values.nullable(values::small),
                  values.nullable(values::medium),
                  values.nullable(values::big),
                  values.nullable(values::real),
                  values.nullable(values::dbl),
                  values.nullable(values::amount),
                  values.nullable(values::huge),
                  values.nullable(values::day),
                  values.nullable(values::clock),
                  values.nullable(values::local),
                  values.nullable(values::stamped),
                  values.nullable(values::instant),
                  values.nullable(values::uuid),
                  values.nullable(values::bytes),
                  values.nullable(values::shade),
                  values.nullable(() -> values.list(values::text)),
                  values.nullable(() -> values.list(values::big)),
                  values.nullable(() -> values.list(values::medium)));
          bind(connection, insert, row);
          insert.addBatch();
          WRITTEN.put(id, row);
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO " + PRIMITIVES + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (long id = 1; id <= ROWS; id++) {
          RoundTripPrimitives row =
              new RoundTripPrimitives(
                  id,
                  values.bool(),
                  values.small(),
                  values.medium(),
                  values.big(),
                  values.real(),
                  values.dbl());
          insert.setLong(1, id);
          insert.setBoolean(2, row.flag());
          insert.setShort(3, row.small());
          insert.setInt(4, row.medium());
          insert.setLong(5, row.big());
          insert.setFloat(6, row.real());
          insert.setDouble(7, row.dbl());
          insert.addBatch();
          WRITTEN_PRIMITIVES.put(id, row);
        }
        insert.executeBatch();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      throw new AssertionError("writing the rows of seed " + seed + " failed: " + e, e);
    }
    pool = db.pool(4);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static void bind(Connection connection, PreparedStatement insert, RoundTrip row)
      throws SQLException {
    Object[] values = {
      row.id(),
      row.text(),
      row.flag(),
      row.small(),
      row.medium(),
      row.big(),
      row.real(),
      row.dbl(),
      row.amount(),
      row.huge() == null ? null : new BigDecimal(row.huge()),
      row.day(),
      row.clock(),
      row.local(),
      row.stamped(),
      row.instant() == null ? null : OffsetDateTime.ofInstant(row.instant(), ZoneOffset.UTC),
      row.uuid(),
      row.bytes(),
      row.shade() == null ? null : row.shade().name(),
      row.tags() == null ? null : connection.createArrayOf("text", row.tags().toArray()),
      row.longs() == null ? null : connection.createArrayOf("int8", row.longs().toArray()),
      row.ints() == null ? null : connection.createArrayOf("int4", row.ints().toArray())
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        insert.setNull(i + 1, Types.NULL);
      } else if (values[i] instanceof byte[] bytes) {
        insert.setBytes(i + 1, bytes);
      } else {
        insert.setObject(i + 1, values[i]);
      }
    }
  }

  /** What the test compares: every value, floats by bits, times as UTC instants. */
  private static List<Object> comparable(RoundTrip row) {
    return Arrays.asList(
        row.id(),
        row.text(),
        row.flag(),
        row.small(),
        row.medium(),
        row.big(),
        row.real() == null ? null : Float.floatToIntBits(row.real()),
        row.dbl() == null ? null : Double.doubleToLongBits(row.dbl()),
        row.amount(),
        row.huge(),
        row.day(),
        row.clock(),
        row.local(),
        row.stamped() == null ? null : row.stamped().toInstant(),
        row.instant(),
        row.uuid(),
        row.bytes() == null ? null : Arrays.toString(row.bytes()),
        row.shade(),
        row.tags(),
        row.longs(),
        row.ints());
  }

  private static void assertSameRows(String path, List<RoundTrip> read) {
    Map<Long, RoundTrip> byId = read.stream().collect(Collectors.toMap(RoundTrip::id, r -> r));
    assertEquals(WRITTEN.size(), byId.size(), path + ", seed " + seed);
    for (RoundTrip written : WRITTEN.values()) {
      RoundTrip back = byId.get(written.id());
      assertEquals(
          comparable(written),
          comparable(back),
          path + ": row " + written.id() + " of seed " + seed + " (-Droundtrip.seed=" + seed + ")");
      if (back.stamped() != null) {
        assertEquals(ZoneOffset.UTC, back.stamped().getOffset(), "timestamptz is read in UTC");
      }
    }
  }

  @Test
  void everyRowReadsBackExactlyOnEveryPath() {
    RoundTripDao dao = new RoundTripDao(pool);
    RoundTripRepository queries = new RoundTripRepositoryImpl(pool);
    assertSameRows("findAll", dao.findAll());
    try (Stream<RoundTrip> rows = dao.streamAll()) {
      assertSameRows("streamAll", rows.toList());
    }
    assertSameRows("query().list()", dao.query().where(RoundTripDao.ID.gt(0L)).list());
    try (Stream<RoundTrip> rows = dao.query().stream()) {
      assertSameRows("query().stream()", rows.toList());
    }
    assertSameRows("derived finder", queries.findByIdBetweenOrderByIdAsc(1, ROWS));
    try (Stream<RoundTrip> rows = queries.streamByIdGreaterThan(0)) {
      assertSameRows("derived stream", rows.toList());
    }
    assertSameRows("@Query", queries.from(1));
    assertEquals(ROWS, dao.count());
    System.out.println(
        "RoundTripIT: seed "
            + seed
            + ", "
            + ROWS
            + " rows x 21 columns read back"
            + " exactly on 7 paths ("
            + ROWS * 21 * 7
            + " values)");
  }

  @Test
  void everyValueFindsItsRowWhenBoundAsAParameter() {
    RoundTripDao dao = new RoundTripDao(pool);
    List<Function<RoundTrip, List<RoundTrip>>> finders =
        List.of(
            r -> dao.query().where(RoundTripDao.TEXT.eq(r.text())).list(),
            r -> dao.query().where(RoundTripDao.FLAG.eq(r.flag())).list(),
            r -> dao.query().where(RoundTripDao.SMALL.eq(r.small())).list(),
            r -> dao.query().where(RoundTripDao.MEDIUM.eq(r.medium())).list(),
            r -> dao.query().where(RoundTripDao.BIG.eq(r.big())).list(),
            r -> dao.query().where(RoundTripDao.REAL.eq(r.real())).list(),
            r -> dao.query().where(RoundTripDao.DBL.eq(r.dbl())).list(),
            r -> dao.query().where(RoundTripDao.AMOUNT.eq(r.amount())).list(),
            r -> dao.query().where(RoundTripDao.HUGE.eq(r.huge())).list(),
            r -> dao.query().where(RoundTripDao.DAY.eq(r.day())).list(),
            r -> dao.query().where(RoundTripDao.CLOCK.eq(r.clock())).list(),
            r -> dao.query().where(RoundTripDao.LOCAL.eq(r.local())).list(),
            r -> dao.query().where(RoundTripDao.STAMPED.eq(r.stamped())).list(),
            r -> dao.query().where(RoundTripDao.INSTANT.eq(r.instant())).list(),
            r -> dao.query().where(RoundTripDao.UUID.eq(r.uuid())).list(),
            r -> dao.query().where(RoundTripDao.BYTES.eq(r.bytes())).list(),
            r -> dao.query().where(RoundTripDao.SHADE.eq(r.shade())).list(),
            r -> dao.query().where(RoundTripDao.TAGS.eq(r.tags())).list(),
            r -> dao.query().where(RoundTripDao.LONGS.eq(r.longs())).list(),
            r -> dao.query().where(RoundTripDao.INTS.eq(r.ints())).list());
    Random pick = new Random(seed);
    int lookups = 0;
    for (int i = 0; i < 25; i++) {
      RoundTrip row = WRITTEN.get(1L + pick.nextInt(ROWS));
      for (int f = 0; f < finders.size(); f++) {
        List<Long> ids = finders.get(f).apply(row).stream().map(RoundTrip::id).toList();
        assertTrue(
            ids.contains(row.id()),
            "finder " + f + " did not find row " + row.id() + " of seed " + seed);
        lookups++;
      }
    }
    assertEquals(25 * finders.size(), lookups);
  }

  @Test
  void primitivesReadBackExactly() {
    List<RoundTripPrimitives> read = new RoundTripPrimitivesDao(pool).findAll();
    Map<Long, RoundTripPrimitives> byId =
        read.stream().collect(Collectors.toMap(RoundTripPrimitives::id, r -> r));
    assertEquals(ROWS, byId.size());
    for (RoundTripPrimitives written : WRITTEN_PRIMITIVES.values()) {
      RoundTripPrimitives back = Objects.requireNonNull(byId.get(written.id()));
      assertEquals(
          List.of(
              written.flag(),
              written.small(),
              written.medium(),
              written.big(),
              Float.floatToIntBits(written.real()),
              Double.doubleToLongBits(written.dbl())),
          List.of(
              back.flag(),
              back.small(),
              back.medium(),
              back.big(),
              Float.floatToIntBits(back.real()),
              Double.doubleToLongBits(back.dbl())),
          "row " + written.id() + " of seed " + seed);
    }
  }
}
