package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableEvent.Kind;
import dev.pgtrickle.dao.operations.StreamTableEvent.Source;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.Subscription;
import dev.pgtrickle.dao.runtime.Freshness;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Change events through one shared {@link StreamTableWatcher}: the scheduler's {@code
 * pg_trickle_alert} notifications (sent here by the test-only {@code pgtrickle_test} helpers, since
 * the stand-in has no scheduler) parsed and routed per table, truncated payloads, reconnection
 * after {@code pg_terminate_backend} with an explicit "may have missed" signal, the catalog-polling
 * fallback, and closing releasing the connection.
 */
class SubscriptionsIT {
  private static final long WAIT_SECONDS = 30;

  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("subscriptions_it");
    owner = db.dataSource();
    Events.create(owner);
    pool = db.pool(4);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void eventsAreParsedAndDeliveredToTheirTablesListenersOverOneConnection() throws Exception {
    try (StreamTableWatcher watcher = StreamTableWatcher.builder(pool).name("w_routes").build()) {
      BlockingQueue<StreamTableEvent> full = new LinkedBlockingQueue<>();
      BlockingQueue<StreamTableEvent> diff = new LinkedBlockingQueue<>();
      watcher.subscribe(new EventDao(pool), full::add);
      watcher.subscribe(new DiffEventDao(pool), diff::add);
      assertEquals(1, listeningSessions("w_routes"), "one LISTEN connection for both DAOs");

      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_refresh_completed("
              + "'public', 'events_full', 'DIFFERENTIAL', 3, 1, 12)");
      StreamTableEvent completed = next(full);
      assertEquals(Kind.REFRESH_COMPLETED, completed.kind());
      assertEquals(Source.NOTIFICATION, completed.source());
      assertEquals(Events.FULL, completed.streamTable());
      assertEquals("DIFFERENTIAL", completed.action().orElseThrow());
      assertEquals(3, completed.rowsInserted().getAsLong());
      assertEquals(1, completed.rowsDeleted().getAsLong());
      assertEquals(Duration.ofMillis(12), completed.duration().orElseThrow());
      assertFalse(completed.isTruncated());

      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_alert('refresh_failed', 'public', 'events_diff',"
              + " jsonb_build_object('action', 'FULL', 'error', 'division by zero'))");
      StreamTableEvent failed = next(diff);
      assertEquals(Kind.REFRESH_FAILED, failed.kind());
      assertEquals("division by zero", failed.error().orElseThrow());
      assertNull(full.poll(), "routed to the table it names only");

      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_alert('auto_suspended', 'public', 'events_full',"
              + " jsonb_build_object('consecutive_errors', 3))");
      StreamTableEvent suspended = next(full);
      assertEquals(Kind.AUTO_SUSPENDED, suspended.kind());
      assertEquals(3, suspended.consecutiveErrors().getAsLong());

      Events.status(owner, Events.FULL, "SUSPENDED");
      Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_full')");
      StreamTableEvent resumed = next(full);
      assertEquals(Kind.RESUMED, resumed.kind(), "sent by resume_stream_table itself");
      assertEquals(Freshness.Status.SUSPENDED, resumed.previousStatus().orElseThrow());
    }
  }

  @Test
  void truncatedPayloadsAreDeliveredWithWhatTheyOmitted() throws Exception {
    try (StreamTableWatcher watcher = StreamTableWatcher.builder(pool).name("w_cut").build()) {
      BlockingQueue<StreamTableEvent> full = new LinkedBlockingQueue<>();
      watcher.subscribe(new EventDao(pool), full::add);

      // pg_trickle 0.108 keeps an oversized payload valid JSON: strings shortened first.
      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_alert('stale_data', 'public', 'events_full',"
              + " jsonb_build_object('staleness_seconds', 150.0, 'zzz', repeat('x', 9000)))");
      StreamTableEvent stale = next(full);
      assertEquals(Kind.STALE_DATA, stale.kind());
      assertTrue(stale.isTruncated());
      assertTrue(stale.payload().orElseThrow().endsWith("}"));
      assertTrue(stale.field("zzz").orElseThrow().length() < 9000);
      assertEquals(List.of(), stale.omittedFields());
      assertEquals(Duration.ofSeconds(150), stale.staleness().orElseThrow());

      // Still too big after that: optional keys are dropped and named in omitted_fields, and the
      // event still reaches its table's listeners.
      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_alert('refresh_failed', 'public', 'events_full',"
              + " (SELECT jsonb_object_agg('k' || lpad(i::text, 2, '0'), repeat('y', 600))"
              + " FROM generate_series(1, 20) i))");
      StreamTableEvent failed = next(full);
      assertEquals(Kind.REFRESH_FAILED, failed.kind());
      assertTrue(failed.isTruncated());
      assertFalse(failed.omittedFields().isEmpty(), failed::toString);
      assertTrue(failed.omittedFields().stream().allMatch(k -> failed.field(k).isEmpty()));
    }
  }

  @Test
  void aKilledConnectionIsReplacedAndListenersAreToldTheyMayHaveMissedEvents() throws Exception {
    StreamTableWatcher watcher =
        StreamTableWatcher.builder(pool)
            .name("w_killed")
            .reconnectBackoff(Duration.ofMillis(50), Duration.ofSeconds(1))
            .build();
    try (watcher) {
      BlockingQueue<StreamTableEvent> full = new LinkedBlockingQueue<>();
      watcher.subscribe(new EventDao(pool), full::add);
      int killed = listeningPid("w_killed");

      Sql.value(owner, "SELECT pg_terminate_backend(?)", killed);

      StreamTableEvent missed = next(full);
      assertEquals(Kind.EVENTS_MAY_HAVE_BEEN_MISSED, missed.kind());
      assertEquals(Source.WATCHER, missed.source());
      assertTrue(missed.field("reason").orElseThrow().contains("reconnected"));
      int replacement = listeningPid("w_killed");
      assertNotEquals(killed, replacement);

      Sql.run(
          owner,
          "SELECT pgtrickle_test.emit_refresh_completed("
              + "'public', 'events_full', 'NO_DATA', 0, 0, 1)");
      assertEquals(Kind.REFRESH_COMPLETED, next(full).kind(), "listening again");
    }
  }

  @Test
  void closingReleasesTheConnection() throws Exception {
    StreamTableWatcher watcher = StreamTableWatcher.builder(pool).name("w_close").build();
    Subscription first = watcher.subscribe(new EventDao(pool), event -> {});
    Subscription second = watcher.subscribe(new DiffEventDao(pool), event -> {});
    assertEquals(1, listeningSessions("w_close"));
    assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections());

    first.close();
    assertFalse(first.isOpen());
    assertEquals(1, listeningSessions("w_close"), "still one subscription");

    second.close();
    awaitTrue(() -> listeningSessions("w_close") == 0, "the LISTEN session ended");
    awaitTrue(
        () -> pool.getHikariPoolMXBean().getActiveConnections() == 0,
        "the connection is back in the pool");
    assertEquals(
        0L,
        Sql.value(
            owner,
            "SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND query ILIKE 'LISTEN%'"
                + " AND application_name = 'w_close'"));

    Subscription again = watcher.subscribe(new EventDao(pool), event -> {});
    assertEquals(1, listeningSessions("w_close"), "a new subscription listens again");
    watcher.close();
    assertFalse(again.isOpen());
    awaitTrue(() -> listeningSessions("w_close") == 0, "closing the watcher ends it");
  }

  @Test
  void pollingTheCatalogReportsRefreshesAndStatusChangesWithoutNotifications() throws Exception {
    StreamTableWatcher watcher =
        StreamTableWatcher.builder(pool)
            .name("w_poll")
            .listen(false)
            .pollInterval(Duration.ofMillis(50))
            .build();
    try (watcher) {
      BlockingQueue<StreamTableEvent> full = new LinkedBlockingQueue<>();
      watcher.subscribe(new EventDao(pool), full::add);
      assertEquals(0, listeningSessions("w_poll"), "no LISTEN connection");

      Sql.refresh(owner, "public.events_full"); // a manual refresh sends no notification
      StreamTableEvent refreshed = next(full);
      assertEquals(Kind.REFRESH_COMPLETED, refreshed.kind());
      assertEquals(Source.CATALOG, refreshed.source());
      assertEquals(lastRefreshAt(), refreshed.lastRefreshAt().orElseThrow());

      Events.status(owner, Events.FULL, "SUSPENDED");
      try {
        StreamTableEvent changed = next(full);
        assertEquals(Kind.STATUS_CHANGED, changed.kind());
        assertEquals(Freshness.Status.SUSPENDED, changed.status().orElseThrow());
        assertEquals(Freshness.Status.ACTIVE, changed.previousStatus().orElseThrow());
      } finally {
        Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_full')");
      }
    }
  }

  @Test
  void tablesInPoolerModeAreWatchedThroughTheCatalogWhileListening() throws Exception {
    Sql.run(
        owner,
        "SELECT pgtrickle.alter_stream_table('public.events_diff',"
            + " pooler_compatibility_mode => true)");
    StreamTableWatcher watcher =
        StreamTableWatcher.builder(pool)
            .name("w_pooler")
            .pollInterval(Duration.ofMillis(50))
            .build();
    try (watcher) {
      BlockingQueue<StreamTableEvent> diff = new LinkedBlockingQueue<>();
      watcher.subscribe(new DiffEventDao(pool), diff::add);
      assertEquals(1, listeningSessions("w_pooler"));

      Sql.refresh(owner, "public.events_diff");

      StreamTableEvent refreshed = next(diff);
      assertEquals(Kind.REFRESH_COMPLETED, refreshed.kind());
      assertEquals(Source.CATALOG, refreshed.source());
    } finally {
      Sql.run(
          owner,
          "SELECT pgtrickle.alter_stream_table('public.events_diff',"
              + " pooler_compatibility_mode => false)");
    }
  }

  private static java.time.Instant lastRefreshAt() {
    return ((java.sql.Timestamp)
            Sql.value(
                owner,
                "SELECT last_refresh_at FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_schema = 'public' AND pgt_name = 'events_full'"))
        .toInstant();
  }

  private static StreamTableEvent next(BlockingQueue<StreamTableEvent> events)
      throws InterruptedException {
    StreamTableEvent event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertTrue(event != null, "no event within " + WAIT_SECONDS + " s");
    return event;
  }

  private static long listeningSessions(String applicationName) {
    return ((Number)
            Sql.value(
                owner,
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name = ?",
                applicationName))
        .longValue();
  }

  /** The backend of the watcher's LISTEN connection, once there is exactly one. */
  private static int listeningPid(String applicationName) {
    awaitTrue(() -> listeningSessions(applicationName) == 1, "one listening session");
    return ((Number)
            Sql.value(
                owner,
                "SELECT pid FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name = ?",
                applicationName))
        .intValue();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
      }
      Thread.onSpinWait();
    }
  }
}
