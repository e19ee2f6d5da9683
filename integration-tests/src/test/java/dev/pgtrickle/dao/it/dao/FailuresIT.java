package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.MissingTableDao;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.StrictTotals;
import dev.pgtrickle.dao.it.model.StrictTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What goes wrong at run time is a typed exception that names the stream table (and the column, SQL
 * and SQLState where there are some), and no failure keeps a connection from its pool.
 */
class FailuresIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;
  private static HikariDataSource ungranted;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("failures_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        Sales.ORDERS,
        Sales.createStreamTable(
            "amount_by_region",
            "SELECT region, MAX(amount)::bigint AS max_amount FROM orders GROUP BY region",
            "FULL"),
        Sales.createStreamTable("order_totals", Sales.ORDER_TOTALS_QUERY, "DIFFERENTIAL"));
    Sales.order(owner, "alice", "East", "10.00", "2026-11-01T10:00:00Z");
    Sales.order(owner, "bob", "West", null, "2026-11-01T11:00:00Z");
    Sql.refresh(owner, "public.amount_by_region");
    Sql.refresh(owner, "public.order_totals");
    pool = db.pool(2);
    ungranted = db.readOnlyPool(1, "amount_by_region");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @AfterEach
  void everyConnectionIsBackInItsPool() {
    Pools.assertAllReturned(pool);
    Pools.assertAllReturned(ungranted);
  }

  @Test
  void aNullReadIntoAPrimitiveNamesTableColumnAndComponent() {
    StrictTotalsDao dao = new StrictTotalsDao(pool);

    ColumnMappingException e = assertThrows(ColumnMappingException.class, dao::findAll);
    assertEquals(StreamTableException.Reason.UNEXPECTED_NULL, e.reason());

    assertEquals("public.amount_by_region", e.streamTable().qualifiedName());
    assertEquals("max_amount", e.column().orElseThrow());
    assertEquals("StrictTotals.maxAmount", e.component());
    assertTrue(e.getMessage().contains("boxed type"), e.getMessage());
    assertEquals(
        List.of(new StrictTotals("East", 10L)),
        dao.query().where(StrictTotalsDao.REGION.eq("East")).list());
  }

  @Test
  void aNullReadIntoAPrimitiveInTheMiddleOfAStreamReleasesTheCursor() {
    StrictTotalsDao dao = new StrictTotalsDao(pool);

    try (Stream<StrictTotals> rows = dao.streamAll()) {
      assertEquals(
          StreamTableException.Reason.UNEXPECTED_NULL,
          assertThrows(ColumnMappingException.class, () -> rows.forEach(row -> {})).reason());
    }
  }

  @Test
  void aMissingStreamTableIsNotFoundFromEveryMethod() {
    MissingTableDao dao = new MissingTableDao(pool);

    for (Executable call :
        List.<Executable>of(
            dao::findAll,
            dao::count,
            () -> dao.query().where(MissingTableDao.REGION.eq("x")).list(),
            () -> dao.streamAll().close())) {
      StreamTableNotFoundException e = assertThrows(StreamTableNotFoundException.class, call);
      assertEquals("42P01", e.sqlState().orElseThrow());
      assertTrue(
          e.sql().orElseThrow().contains("\"public\".\"no_such_stream_table\""), e.sql().get());
      assertTrue(e.getMessage().contains("public.no_such_stream_table"), e.getMessage());
      assertInstanceOf(SQLException.class, e.getCause());
    }
  }

  @Test
  void freshnessOfAStreamTableWithoutACatalogRowIsNotFound() {
    Sql.run(owner, "CREATE TABLE no_such_stream_table (region text)");
    try {
      MissingTableDao dao = new MissingTableDao(pool);

      assertEquals(List.of(), dao.findAll(), "a plain table of that name can be read");
      StreamTableNotFoundException e =
          assertThrows(StreamTableNotFoundException.class, dao::freshness);
      assertTrue(e.getMessage().contains("public.no_such_stream_table"), e.getMessage());
    } finally {
      Sql.run(owner, "DROP TABLE no_such_stream_table");
    }
  }

  @Test
  void aRoleWithoutSelectGetsAnAccessExceptionWithTheSqlStateAndAHint() {
    OrderTotalsDao dao = new OrderTotalsDao(ungranted);

    StreamTableException e = assertThrows(StreamTableException.class, dao::findAll);

    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("SELECT on \"public\".\"order_totals\""), e.getMessage());
    assertTrue(e.getMessage().contains("[SQL: SELECT \"region\""), e.getMessage());
  }

  @Test
  void everyFailureIsAStreamTableException() {
    assertThrows(StreamTableException.class, new OrderTotalsDao(ungranted)::count);
    assertThrows(StreamTableException.class, new StrictTotalsDao(pool)::findAll);
  }
}
