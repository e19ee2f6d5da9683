package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database per test class with the seed guide's tables, the sample orders and refreshed
 * stream tables, read through a HikariCP pool: what every container test reads its DAOs from.
 * Register it with {@code @RegisterExtension static final SalesFixture SALES = ...}.
 */
final class SalesFixture implements BeforeAllCallback, AfterAllCallback {
  /** {@code order_totals} after {@link Sales#sampleOrders}, sorted by region, NULL last. */
  static final List<OrderTotals> SAMPLE_TOTALS =
      List.of(
          new OrderTotals("East", 2, new BigDecimal("105.49")),
          new OrderTotals("North", 1, null),
          new OrderTotals("West", 1, new BigDecimal("10.00")),
          new OrderTotals(null, 1, new BigDecimal("42.00")));

  private final String prefix;
  private TestDatabase database;
  private DataSource pool;

  /** A fixture whose database is named after {@code prefix}, created before all tests. */
  SalesFixture(String prefix) {
    this.prefix = prefix;
  }

  /** Creates the database, the sample orders, and refreshes every stream table of the guide. */
  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    database = TestDatabase.create(prefix);
    pool = database.pool(4);
    Sales.createAll(pool);
    Sales.sampleOrders(pool);
    for (String table : List.of("order_totals", "daily_revenue", "customer_stats")) {
      Sql.refresh(pool, "public." + table);
    }
  }

  /** Drops the database, which closes the pool. */
  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (database != null) {
      database.close();
    }
  }

  /** The HikariCP pool. */
  DataSource pool() {
    return pool;
  }

  /** Asserts that {@code rows} are exactly {@link #SAMPLE_TOTALS}, in any order. */
  static void assertSampleTotals(List<OrderTotals> rows) {
    List<OrderTotals> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(OrderTotals::region, Comparator.nullsLast(Comparator.naturalOrder())));
    assertEquals(SAMPLE_TOTALS, sorted);
  }

  /** The finder interface's generated implementation, obtained by the interface's type. */
  static void assertFinderReads(OrderTotalsRepository finder) {
    assertEquals(List.of(SAMPLE_TOTALS.get(0)), finder.findByRegion("East"));
    assertEquals(1, finder.countByOrderCountGreaterThan(1));
    assertEquals(
        List.of(SAMPLE_TOTALS.get(0), SAMPLE_TOTALS.get(3)),
        finder.totalsAbove(new BigDecimal("20")));
  }
}
