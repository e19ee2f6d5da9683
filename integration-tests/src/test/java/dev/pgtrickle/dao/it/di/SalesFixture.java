package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fresh database with the seed guide's tables, the sample orders and refreshed stream tables,
 * read through a HikariCP pool: what every container test reads its DAOs from.
 */
final class SalesFixture implements AutoCloseable {
  /** {@code order_totals} after {@link Sales#sampleOrders}, sorted by region, NULL last. */
  static final List<OrderTotals> SAMPLE_TOTALS =
      List.of(
          new OrderTotals("East", 2, new BigDecimal("105.49")),
          new OrderTotals("North", 1, null),
          new OrderTotals("West", 1, new BigDecimal("10.00")),
          new OrderTotals(null, 1, new BigDecimal("42.00")));

  private final TestDatabase database;
  private final DataSource pool;

  private SalesFixture(TestDatabase database) {
    this.database = database;
    this.pool = database.pool(4);
  }

  /** Creates the database, the sample orders, and refreshes every stream table of the guide. */
  static SalesFixture create(String prefix) throws SQLException {
    SalesFixture fixture = new SalesFixture(TestDatabase.create(prefix));
    try {
      Sales.createAll(fixture.pool);
      Sales.sampleOrders(fixture.pool);
      for (String table : List.of("order_totals", "daily_revenue", "customer_stats")) {
        Sql.refresh(fixture.pool, "public." + table);
      }
    } catch (RuntimeException e) {
      fixture.close();
      throw e;
    }
    return fixture;
  }

  /** The HikariCP pool, closed with the fixture. */
  DataSource pool() {
    return pool;
  }

  TestDatabase database() {
    return database;
  }

  /** Asserts that {@code rows} are exactly {@link #SAMPLE_TOTALS}, in any order. */
  static void assertSampleTotals(List<OrderTotals> rows) {
    List<OrderTotals> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(OrderTotals::region, Comparator.nullsLast(Comparator.naturalOrder())));
    assertEquals(SAMPLE_TOTALS, sorted);
  }

  @Override
  public void close() throws SQLException {
    database.close();
  }
}
