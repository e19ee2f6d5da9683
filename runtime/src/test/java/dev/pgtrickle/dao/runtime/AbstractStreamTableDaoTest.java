package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The superclass of generated DAOs, with a DAO written the way the processor writes one: its
 * constants handed to the constructor, finders one call each.
 */
class AbstractStreamTableDaoTest {
  record Row(String region, long total) {}

  static final class RowDao extends AbstractStreamTableDao<Row> {
    static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "rows");
    static final TextColumn<Row> REGION = Column.ofString("region");
    static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Column.ofLong("total");
    static final String FIND_ALL = "SELECT \"region\", \"total\" FROM \"public\".\"rows\"";
    static final String COUNT = "SELECT count(*) FROM \"public\".\"rows\"";
    static final String FIND_BY_REGION = FIND_ALL + " WHERE \"region\" = ?";
    static final String FIND_BY_REGION_NULL = FIND_ALL + " WHERE \"region\" IS NULL";
    static final String FIND_BY_TOTAL = FIND_ALL + " WHERE \"total\" = ?";

    RowDao(DataSource dataSource) {
      super(
          dataSource, STREAM_TABLE, FIND_ALL, COUNT, FIND_ALL + " /* fresh */", null, RowDao::map);
    }

    List<Row> findByRegion(String region) {
      return find(region == null ? FIND_BY_REGION_NULL : FIND_BY_REGION, REGION, region);
    }

    List<Row> findByRegion(Connection connection, String region) {
      return find(
          connection, region == null ? FIND_BY_REGION_NULL : FIND_BY_REGION, REGION, region);
    }

    List<Row> findByTotal(long total) {
      return find(FIND_BY_TOTAL, TOTAL, total);
    }

    private static Row map(ResultSet row) throws SQLException {
      return new Row(row.getString(1), row.getLong(2));
    }
  }

  private final FakeJdbc jdbc = new FakeJdbc();
  private final RowDao dao = new RowDao(jdbc.dataSource());

  @Test
  void aFinderBindsItsValueAsTheColumnsType() {
    jdbc.returning(new Object[] {"north", 5L});
    assertEquals(List.of(new Row("north", 5)), dao.findByRegion("north"));
    jdbc.returning(new Object[] {"south", 7L});
    assertEquals(List.of(new Row("south", 7)), dao.findByTotal(7L));
    assertEquals(List.of(RowDao.FIND_BY_REGION, RowDao.FIND_BY_TOTAL), jdbc.prepared());
    assertEquals(List.of("setString(1, north)", "setLong(1, 7)"), jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aNullValueRunsTheIsNullStatementAndBindsNothing() {
    jdbc.returning(new Object[] {null, 1L});
    assertEquals(List.of(new Row(null, 1)), dao.findByRegion(null));
    assertEquals(List.of(RowDao.FIND_BY_REGION_NULL), jdbc.prepared());
    assertEquals(List.of(), jdbc.binds());
  }

  @Test
  void theInheritedReadsRunTheDaosOwnStatements() {
    jdbc.returning(new Object[] {"north", 5L});
    jdbc.returning(new Object[] {3L});
    assertEquals(List.of(new Row("north", 5)), dao.findAll());
    assertEquals(3L, dao.count());
    assertEquals(RowDao.STREAM_TABLE, dao.streamTable());
    assertEquals(List.of(RowDao.FIND_ALL, RowDao.COUNT), jdbc.prepared());
  }

  @Test
  void aFinderOnTheCallersConnectionLeavesItOpen() throws SQLException {
    jdbc.returning(new Object[] {"north", 5L});
    try (Connection connection = jdbc.connection()) {
      assertEquals(List.of(new Row("north", 5)), dao.findByRegion(connection, "north"));
      assertEquals(1, jdbc.open());
    }
    assertEquals(0, jdbc.open());
  }

  @Test
  void aFailureNamesTheTableTheStatementAndTheSqlState() {
    jdbc.failing(new SQLException("relation \"public.rows\" does not exist", "42P01"));
    StreamTableNotFoundException e =
        assertThrows(StreamTableNotFoundException.class, () -> dao.findByRegion("north"));
    assertEquals(RowDao.STREAM_TABLE, e.streamTable());
    assertEquals(Optional.of(RowDao.FIND_BY_REGION), e.sql());
    assertEquals(Optional.of("42P01"), e.sqlState());
    assertEquals(0, jdbc.open());
  }

  @Test
  void everyConstantIsRequired() {
    DataSource source = jdbc.dataSource();
    NullPointerException e = assertThrows(NullPointerException.class, () -> new RowDao(null));
    assertEquals("dataSource", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> new AbstractStreamTableDao<Row>(source, null, "a", "b", "c", null, row -> null) {});
  }
}
