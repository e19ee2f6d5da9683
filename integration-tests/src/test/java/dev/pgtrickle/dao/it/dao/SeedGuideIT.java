package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.CustomerStats;
import dev.pgtrickle.dao.it.model.CustomerStatsDao;
import dev.pgtrickle.dao.it.model.DailyRevenue;
import dev.pgtrickle.dao.it.model.DailyRevenueDao;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed guide's three stream tables read through generated DAOs, under a role that may only
 * SELECT, and compared with the same aggregates computed directly on the {@code orders} source.
 */
class SeedGuideIT {
  private static final Comparator<OrderTotals> BY_REGION =
      Comparator.comparing(OrderTotals::region, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource reader;
  private static OrderTotalsDao orderTotals;
  private static DailyRevenueDao dailyRevenue;
  private static CustomerStatsDao customerStats;

  @BeforeAll
  static void createTablesAndOrders() throws SQLException {
    db = TestDatabase.create("seed_guide_it");
    owner = db.dataSource();
    Sales.createAll(owner);
    Sales.sampleOrders(owner);
    refreshAll();
    reader = db.readOnlyPool(2, "order_totals", "daily_revenue", "customer_stats");
    orderTotals = new OrderTotalsDao(reader);
    dailyRevenue = new DailyRevenueDao(reader);
    customerStats = new CustomerStatsDao(reader);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static void refreshAll() {
    Sql.refresh(owner, "public.order_totals");
    Sql.refresh(owner, "public.daily_revenue");
    Sql.refresh(owner, "public.customer_stats");
  }

  @Test
  void orderTotalsEqualTheAggregateComputedOnTheSourceIncludingTheNullRegion() {
    List<OrderTotals> read = sorted(orderTotals.findAll());

    assertEquals(expectedOrderTotals(), read);
    assertTrue(read.stream().anyMatch(row -> row.region() == null), "the NULL group key is a row");
  }

  @Test
  void dailyRevenueEqualsTheAggregateComputedOnTheSource() {
    List<DailyRevenue> expected =
        Sql.rows(
                owner,
                "SELECT (ordered_at AT TIME ZONE 'UTC')::date, SUM(amount) FROM orders"
                    + " GROUP BY 1 ORDER BY 1")
            .stream()
            .map(
                row ->
                    new DailyRevenue(
                        ((java.sql.Date) row.get(0)).toLocalDate(), (BigDecimal) row.get(1)))
            .toList();

    List<DailyRevenue> read =
        dailyRevenue.findAll().stream().sorted(Comparator.comparing(DailyRevenue::day)).toList();

    assertEquals(expected, read);
    assertEquals(LocalDate.parse("2026-11-01"), read.get(0).day());
  }

  @Test
  void customerStatsEqualTheAggregateComputedOnTheSourceWithArraysAndTimestamps() {
    List<List<Object>> source =
        Sql.rows(
            owner,
            "SELECT customer, COUNT(*), SUM(amount), MAX(ordered_at),"
                + " ARRAY_AGG(DISTINCT region ORDER BY region) FILTER (WHERE region IS NOT NULL)"
                + " FROM orders GROUP BY customer ORDER BY customer");
    List<CustomerStats> read =
        customerStats.findAll().stream()
            .sorted(Comparator.comparing(CustomerStats::customer))
            .toList();

    assertEquals(source.size(), read.size());
    for (int i = 0; i < source.size(); i++) {
      List<Object> expected = source.get(i);
      CustomerStats row = read.get(i);
      assertEquals(expected.get(0), row.customer());
      assertEquals(expected.get(1), row.orderCount());
      assertEquals(expected.get(2), row.spent());
      assertEquals(((Timestamp) expected.get(3)).toInstant(), row.lastOrderAt().toInstant());
      assertEquals(ZoneOffset.UTC, row.lastOrderAt().getOffset());
      assertEquals(textArray(expected.get(4)), row.regions());
    }
    CustomerStats dave = read.stream().filter(r -> r.customer().equals("dave")).findFirst().get();
    assertEquals(null, dave.regions(), "ARRAY_AGG ... FILTER over no rows is NULL, read as null");
    CustomerStats alice = read.stream().filter(r -> r.customer().equals("alice")).findFirst().get();
    assertEquals(List.of("East", "West"), alice.regions());
  }

  @Test
  void findByComponentBindsTheValueAndANullArgumentFindsTheNullGroup() {
    assertEquals(
        expectedOrderTotals().stream().filter(r -> "East".equals(r.region())).toList(),
        orderTotals.query().where(OrderTotalsDao.REGION.eq("East")).list());
    assertEquals(
        expectedOrderTotals().stream().filter(r -> r.region() == null).toList(),
        orderTotals.query().where(OrderTotalsDao.REGION.eq(null)).list());
    assertEquals(
        List.of(),
        orderTotals.query().where(OrderTotalsDao.REGION.eq("East' OR '1'='1")).list(),
        "values are bound");
    assertEquals(
        sorted(expectedOrderTotals().stream().filter(r -> r.orderCount() == 1).toList()),
        sorted(orderTotals.query().where(OrderTotalsDao.ORDER_COUNT.eq(1L)).list()));
  }

  @Test
  void findAllInOrderSortsOnTheServerLikeTheSameOrderByOnTheSource() {
    List<String> expected =
        Sql.rows(
                owner,
                "SELECT region FROM orders GROUP BY region"
                    + " ORDER BY SUM(amount) DESC NULLS LAST, region ASC")
            .stream()
            .map(row -> (String) row.get(0))
            .collect(Collectors.toList());

    List<String> read =
        orderTotals
            .findAll(OrderTotalsDao.TOTAL.desc().nullsLast().then(OrderTotalsDao.REGION.asc()))
            .stream()
            .map(OrderTotals::region)
            .collect(Collectors.toList());

    assertEquals(expected, read);
    assertEquals("North", read.get(read.size() - 1), "North's total is NULL, sorted last");
  }

  @Test
  void countAndStreamAllAgreeWithFindAll() {
    long groups = (Long) Sql.value(owner, "SELECT count(DISTINCT region) + 1 FROM orders");

    assertEquals(groups, orderTotals.count());
    try (Stream<OrderTotals> rows = orderTotals.streamAll()) {
      assertEquals(sorted(orderTotals.findAll()), sorted(rows.toList()));
    }
  }

  @Test
  void aNewOrderAppearsOnlyAfterARefreshAndThenMatchesTheSourceAgain() {
    List<OrderTotals> before = sorted(orderTotals.findAll());
    Sales.order(owner, "erin", "East", "1.25", "2026-11-04T10:00:00Z");
    try {
      assertEquals(before, sorted(orderTotals.findAll()), "unchanged until pg_trickle refreshes");
      assertNotEquals(before, expectedOrderTotals());
    } finally {
      refreshAll();
    }
    assertEquals(expectedOrderTotals(), sorted(orderTotals.findAll()));
    assertFalse(orderTotals.query().where(OrderTotalsDao.REGION.eq("East")).list().isEmpty());
  }

  private static List<OrderTotals> expectedOrderTotals() {
    return sorted(
        Sql.rows(owner, "SELECT region, COUNT(*), SUM(amount) FROM orders GROUP BY region").stream()
            .map(
                row ->
                    new OrderTotals(
                        (String) row.get(0), (Long) row.get(1), (BigDecimal) row.get(2)))
            .toList());
  }

  private static List<OrderTotals> sorted(List<OrderTotals> rows) {
    return rows.stream().sorted(BY_REGION).toList();
  }

  private static List<String> textArray(Object array) {
    if (array == null) {
      return null;
    }
    try {
      return Arrays.stream((Object[]) ((Array) array).getArray()).map(Objects::toString).toList();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
