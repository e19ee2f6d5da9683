package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.LiveTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.PendingTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Freshness;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code freshness()} against pg_trickle's catalog, read by a role that may only SELECT: the last
 * refresh moves on every refresh, the last change only when rows changed, and ages come from the
 * server's clock.
 */
class FreshnessIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("freshness_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        Sales.ORDERS,
        Sales.createStreamTable("order_totals", Sales.ORDER_TOTALS_QUERY, "DIFFERENTIAL"),
        "SELECT pgtrickle.create_stream_table('public.live_totals', $q$"
            + Sales.ORDER_TOTALS_QUERY
            + "$q$, refresh_mode => 'IMMEDIATE')",
        "SELECT pgtrickle.create_stream_table('public.pending_totals', $q$"
            + Sales.ORDER_TOTALS_QUERY
            + "$q$, schedule => '1h', initialize => false)");
    reader = db.readOnlyPool(2, "order_totals", "live_totals", "pending_totals");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void aPopulatedDeferredTableReportsWhatTheCatalogStores() {
    Freshness f = new OrderTotalsDao(reader).freshness();

    assertEquals("public.order_totals", f.streamTable().qualifiedName());
    assertEquals(Freshness.Status.ACTIVE, f.status());
    assertEquals(Freshness.RefreshMode.DIFFERENTIAL, f.refreshMode());
    assertEquals(Optional.of("1h"), f.schedule());
    assertEquals(Optional.of(Duration.ofHours(1)), f.scheduleInterval());
    assertTrue(f.isPopulated());
    assertEquals(0, f.consecutiveErrors());
    assertEquals(Optional.of(catalogTime("last_refresh_at", "order_totals")), f.lastRefreshAt());
    assertEquals(Optional.of(catalogTime("data_timestamp", "order_totals")), f.dataTimestamp());
    assertEquals(Duration.between(f.lastRefreshAt().get(), f.serverTime()), f.age());
    assertFalse(f.isStale(), "refreshed well within its one-hour schedule");
  }

  @Test
  void aRefreshThatChangesRowsMovesBothTimestampsAndANoOpRefreshOnlyTheLastRefresh() {
    OrderTotalsDao dao = new OrderTotalsDao(reader);
    Freshness before = dao.freshness();

    Sales.order(owner, "zoe", "Zone" + System.nanoTime(), "3.00", "2026-11-05T10:00:00Z");
    Sql.refresh(owner, "public.order_totals");
    Freshness changed = dao.freshness();

    assertTrue(changed.lastRefreshAt().get().isAfter(before.lastRefreshAt().get()));
    assertTrue(changed.dataTimestamp().get().isAfter(before.dataTimestamp().get()));
    assertEquals(changed.lastRefreshAt(), changed.dataTimestamp());

    Sql.refresh(owner, "public.order_totals");
    Freshness noOp = dao.freshness();

    assertTrue(
        noOp.lastRefreshAt().get().isAfter(changed.lastRefreshAt().get()),
        "every refresh moves last_refresh_at");
    assertEquals(
        changed.dataTimestamp(),
        noOp.dataTimestamp(),
        "a refresh that changed nothing keeps data_timestamp");
    assertTrue(
        noOp.sinceLastChange().get().compareTo(noOp.age()) > 0,
        "the data is younger than its last change");
    assertEquals(
        Duration.between(noOp.dataTimestamp().get(), noOp.serverTime()),
        noOp.sinceLastChange().get());
  }

  @Test
  void stalenessIsTheAgeSinceTheLastRefreshMeasuredOnTheServer() {
    OrderTotalsDao dao = new OrderTotalsDao(reader);
    Freshness first = dao.freshness();

    Duration staleness = dao.staleness();

    assertTrue(staleness.compareTo(first.age()) >= 0, "age only grows between refreshes");
    assertTrue(staleness.compareTo(Duration.ofHours(1)) < 0);
  }

  @Test
  void aSuspendedTableSaysSoAndCanStillBeRead() {
    Sql.run(
        owner, "SELECT pgtrickle.alter_stream_table('public.order_totals', status => 'SUSPENDED')");
    try {
      OrderTotalsDao dao = new OrderTotalsDao(reader);

      assertEquals(Freshness.Status.SUSPENDED, dao.freshness().status());
      assertEquals(dao.count(), dao.findAll().size());
    } finally {
      Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.order_totals')");
    }
    assertEquals(Freshness.Status.ACTIVE, new OrderTotalsDao(reader).freshness().status());
  }

  @Test
  void anImmediateTableIsNeverStaleAndHasNoSchedule() {
    Sales.order(owner, "yan", "East", "1.00", "2026-11-05T11:00:00Z");
    Freshness f = new LiveTotalsDao(reader).freshness();

    assertEquals(Freshness.RefreshMode.IMMEDIATE, f.refreshMode());
    assertEquals(Optional.empty(), f.schedule());
    assertEquals(Duration.ZERO, f.age());
    assertFalse(f.isStale());
    assertTrue(
        f.sinceLastChange().get().compareTo(Duration.ZERO) >= 0,
        "its timestamps keep ageing all the same");
  }

  @Test
  void aTableCreatedWithoutInitializingIsUnpopulatedAndStale() {
    Freshness f = new PendingTotalsDao(reader).freshness();

    assertEquals(Freshness.Status.INITIALIZING, f.status());
    assertFalse(f.isPopulated());
    assertEquals(Optional.empty(), f.lastRefreshAt());
    assertEquals(Optional.empty(), f.dataTimestamp());
    assertEquals(Optional.empty(), f.sinceLastChange());
    assertEquals(Duration.between(f.createdAt(), f.serverTime()), f.age());
    assertTrue(f.isStale());
  }

  private static Instant catalogTime(String column, String table) {
    return ((Timestamp)
            Sql.value(
                owner,
                "SELECT "
                    + column
                    + " FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = 'public'"
                    + " AND pgt_name = ?",
                table))
        .toInstant();
  }
}
