package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.docs.quickstart.OrderReport;
import dev.pgtrickle.dao.it.docs.quickstart.OrderTotals;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart, run as written against PostgreSQL 18 under a role that may only read the
 * stream table: the record and {@link OrderReport} are the snippets the README shows.
 */
class QuickstartIT {
  private static TestDatabase db;
  private static HikariDataSource reader;
  private static OrderReport report;

  @BeforeAll
  static void createTheSeedGuidesStreamTable() throws SQLException {
    db = TestDatabase.create("quickstart_it");
    Sales.createAll(db.dataSource());
    Sales.sampleOrders(db.dataSource());
    Sql.refresh(db.dataSource(), "public.order_totals");
    reader = db.readOnlyPool(1, "order_totals");
    report = new OrderReport(reader);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void largestFirstOrdersByTotalWithTheNullTotalLast() {
    assertEquals(
        List.of(
            new OrderTotals("East", 2, new BigDecimal("105.49")),
            new OrderTotals(null, 1, new BigDecimal("42.00")),
            new OrderTotals("West", 1, new BigDecimal("10.00")),
            new OrderTotals("North", 1, null)),
        report.largestFirst());
  }

  @Test
  void regionBindsTheValue() {
    assertEquals(
        List.of(new OrderTotals("West", 1, new BigDecimal("10.00"))), report.region("West"));
    assertEquals(List.of(), report.region("East' OR true --"));
  }

  @Test
  void busyRegionsStreamsEveryRow() {
    assertEquals(1, report.busyRegions(1));
    assertEquals(4, report.busyRegions(0));
  }

  @Test
  void ageIsMeasuredByTheServerSinceTheRefresh() {
    Duration age = report.age();
    assertFalse(age.isNegative(), age.toString());
    assertTrue(age.compareTo(Duration.ofMinutes(10)) < 0, age.toString());
  }
}
