package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.RowMapper;
import dev.pgtrickle.dao.runtime.internal.RuntimeVersion;
import dev.pgtrickle.dao.runtime.internal.RuntimeVersionMismatchError;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The superclass of generated DAOs, with a DAO written the way the processor writes one: its
 * constants handed to the constructor, nothing else but its mapper.
 */
class AbstractStreamTableDaoTest {
  record Row(String region, long total) {}

  static final class RowDao extends AbstractStreamTableDao<Row> {
    static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "rows");
    static final TextColumn<Row> REGION = Columns.ofString("region");
    static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Columns.ofLong("total");
    static final String FIND_ALL = "SELECT \"region\", \"total\" FROM \"public\".\"rows\"";
    static final String COUNT = "SELECT count(*) FROM \"public\".\"rows\"";

    RowDao(DataSource dataSource) {
      this(RuntimeVersion.CURRENT, dataSource);
    }

    RowDao(String runtimeVersion, DataSource dataSource) {
      super(
          runtimeVersion,
          dataSource,
          STREAM_TABLE,
          FIND_ALL,
          COUNT,
          FIND_ALL + " /* fresh */",
          Duration.ofSeconds(30),
          RowDao::map);
    }

    private static Row map(ResultSet row) throws SQLException {
      return new Row(row.getString(1), row.getLong(2));
    }
  }

  private final FakeJdbc jdbc = new FakeJdbc();
  private final RowDao dao = new RowDao(jdbc.dataSource());

  @Test
  void aLookupBindsItsValueAsTheColumnsType() {
    jdbc.returning(new Object[] {"north", 5L});
    assertEquals(List.of(new Row("north", 5)), dao.query().where(RowDao.REGION.eq("north")).list());
    jdbc.returning(new Object[] {"south", 7L});
    assertEquals(List.of(new Row("south", 7)), dao.query().where(RowDao.TOTAL.eq(7L)).list());
    assertEquals(
        List.of(
            RowDao.FIND_ALL + " WHERE \"region\" = ?", RowDao.FIND_ALL + " WHERE \"total\" = ?"),
        jdbc.prepared());
    assertEquals(List.of("setString(1, north)", "setLong(1, 7)"), jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aNullValueIsIsNullAndBindsNothing() {
    jdbc.returning(new Object[] {null, 1L});
    assertEquals(List.of(new Row(null, 1)), dao.query().where(RowDao.REGION.eq(null)).list());
    assertEquals(List.of(RowDao.FIND_ALL + " WHERE \"region\" IS NULL"), jdbc.prepared());
    assertEquals(List.of(), jdbc.binds());
  }

  @Test
  void theInheritedReadsRunTheDaosOwnStatements() {
    jdbc.returning(new Object[] {"north", 5L});
    jdbc.returning(new Object[] {3L});
    assertEquals(List.of(new Row("north", 5)), dao.findAll());
    assertEquals(3L, dao.count());
    assertEquals(RowDao.STREAM_TABLE, dao.streamTable());
    assertEquals(Optional.of(Duration.ofSeconds(30)), dao.maxStaleness());
    assertEquals(List.of(RowDao.FIND_ALL, RowDao.COUNT), jdbc.prepared());
  }

  @Test
  void everyReadOnTheCallersConnectionLeavesItOpen() throws SQLException {
    jdbc.returning(new Object[] {"north", 5L});
    jdbc.returning(new Object[] {1L});
    jdbc.returning(new Object[] {"north", 5L});
    jdbc.returning(new Object[] {"north", 5L});
    try (Connection connection = jdbc.connection()) {
      StreamTableDao<Row> onConnection = dao.on(connection);
      assertEquals(List.of(new Row("north", 5)), onConnection.findAll());
      assertEquals(1L, onConnection.count());
      assertEquals(
          List.of(new Row("north", 5)),
          onConnection.query().where(RowDao.REGION.eq("north")).list());
      try (Stream<Row> rows = onConnection.streamAll()) {
        assertEquals(List.of(new Row("north", 5)), rows.toList());
      }
      assertEquals(1, jdbc.open());
      assertEquals(RowDao.STREAM_TABLE, onConnection.streamTable());
      assertEquals(dao.maxStaleness(), onConnection.maxStaleness());
    }
    assertEquals(0, jdbc.open());
  }

  @Test
  void readsOnThePoolCloseEveryConnection() {
    jdbc.returning(new Object[] {"north", 5L});
    try (Stream<Row> rows = dao.streamAll()) {
      assertEquals(1, rows.count());
    }
    dao.query().where(RowDao.TOTAL.gt(1)).list();
    assertEquals(0, jdbc.open());
  }

  @Test
  void aFailureNamesTheTableTheStatementAndTheSqlState() {
    jdbc.failing(new SQLException("relation \"public.rows\" does not exist", "42P01"));
    StreamTableNotFoundException e =
        assertThrows(
            StreamTableNotFoundException.class,
            () -> dao.query().where(RowDao.REGION.eq("north")).list());
    assertEquals(RowDao.STREAM_TABLE, e.streamTable());
    assertEquals(Optional.of(RowDao.FIND_ALL + " WHERE \"region\" = ?"), e.sql());
    assertEquals(Optional.of("42P01"), e.sqlState());
    assertEquals(0, jdbc.open());
  }

  @Test
  void everyConstantIsRequired() {
    DataSource source = jdbc.dataSource();
    NullPointerException e = assertThrows(NullPointerException.class, () -> new RowDao(null));
    assertEquals("dataSource", e.getMessage());
    RowMapper<Row> mapper = row -> null;
    assertThrows(
        NullPointerException.class,
        () ->
            new AbstractStreamTableDao<Row>(
                RuntimeVersion.CURRENT, source, null, "a", "b", "c", null, mapper) {});
  }

  @Test
  void aDaoGeneratedForAnotherRuntimeIsRefusedNamingBothVersions() {
    RuntimeVersionMismatchError e =
        assertThrows(
            RuntimeVersionMismatchError.class, () -> new RowDao("0.0.1", jdbc.dataSource()));
    assertEquals("0.0.1", e.generatedFor());
    assertEquals(RuntimeVersion.CURRENT, e.runtime());
    assertTrue(e.getMessage().contains(RowDao.class.getName()), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "pgtrickle-dao-runtime 0.0.1, but runs on pgtrickle-dao-runtime "
                    + RuntimeVersion.CURRENT),
        e.getMessage());
    assertEquals(0, jdbc.open());
  }

  @Test
  void theRuntimeKnowsItsOwnVersion() {
    assertTrue(RuntimeVersion.CURRENT.matches("\\d+\\.\\d+\\.\\d+.*"), RuntimeVersion.CURRENT);
  }
}
