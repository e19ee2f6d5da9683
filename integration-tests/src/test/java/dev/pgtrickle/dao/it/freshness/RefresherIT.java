package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.freshness.FreshnessTimeoutException;
import dev.pgtrickle.dao.runtime.freshness.RefreshResult;
import dev.pgtrickle.dao.runtime.freshness.RefreshSkippedException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import dev.pgtrickle.dao.runtime.freshness.WhenBusy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamTableRefresher}: refreshes in its own transaction, never reports a refresh that
 * pg_trickle skipped because another session held the refresh lock, waits for that session by
 * policy, and types the extension's errors.
 */
class RefresherIT {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static TestDatabase db;
  private static DataSource owner;
  private static ExecutorService background;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("refresher_it");
    owner = db.dataSource();
    Events.create(owner);
    background = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void dropDatabase() throws SQLException, InterruptedException {
    background.shutdownNow();
    background.awaitTermination(30, TimeUnit.SECONDS);
    db.close();
  }

  @Test
  void aRefreshThatChangesRowsSaysSo() {
    Events.insert(owner, 2, "refreshed");
    RefreshResult result = new StreamTableRefresher(owner).refresh(Events.FULL);

    assertEquals(RefreshResult.Outcome.REFRESHED, result.outcome());
    assertTrue(result.refreshedByThisCall());
    assertFalse(result.waitedForOtherRefresh());
    assertTrue(result.dataChanged());
    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM events"),
        Sql.value(owner, "SELECT count(*) FROM public.events_full"));
    assertTrue(
        result.serverMessages().stream().anyMatch(m -> m.contains("refreshed")),
        result.serverMessages()::toString);

    RefreshResult again = new StreamTableRefresher(owner).refresh(Events.FULL);
    assertEquals(RefreshResult.Outcome.REFRESHED, again.outcome());
    assertFalse(again.dataChanged(), "nothing changed: data_timestamp stays");
    assertTrue(again.freshness().lastRefreshAt().orElseThrow()
        .isAfter(result.freshness().lastRefreshAt().orElseThrow()));
  }

  @Test
  void aSkippedRefreshIsNeverReportedAsDone() throws Exception {
    try (Connection holder = holdRefreshLock(Events.DIFF)) {
      Instant before = lastRefreshAt(Events.DIFF);
      StreamTableRefresher refresher = new StreamTableRefresher(owner, WhenBusy.FAIL, MINUTE);

      RefreshSkippedException e =
          assertThrows(RefreshSkippedException.class, () -> refresher.refresh(Events.DIFF));

      assertTrue(
          e.serverMessages().stream().anyMatch(m -> m.contains("refresh skipped")),
          e.serverMessages()::toString);
      assertEquals(before, lastRefreshAt(Events.DIFF), "the catalog did not move");
      holder.rollback();
    }
  }

  @Test
  void waitThenRefreshWaitsForTheOtherSessionAndRefreshesAfterIt() throws Exception {
    Events.insert(owner, 1, "late");
    try (Connection holder = holdRefreshLock(Events.DIFF)) {
      StreamTableRefresher refresher =
          new StreamTableRefresher(owner, WhenBusy.WAIT_THEN_REFRESH, MINUTE);
      CompletableFuture<RefreshResult> result =
          CompletableFuture.supplyAsync(() -> refresher.refresh(Events.DIFF), background);
      awaitLockWaiter();
      assertFalse(result.isDone(), "it waits for the lock; it does not report success");
      holder.commit();

      RefreshResult done = result.get(1, TimeUnit.MINUTES);
      assertEquals(RefreshResult.Outcome.REFRESHED_AFTER_WAIT, done.outcome());
      assertTrue(done.waitedForOtherRefresh());
      assertTrue(done.refreshedByThisCall());
    }
    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM events"),
        Sql.value(owner, "SELECT count(*) FROM public.events_diff"));
  }

  @Test
  void waitAcceptsTheOtherSessionsRefresh() throws Exception {
    try (Connection holder = holdRefreshLock(Events.FULL)) {
      StreamTableRefresher refresher = new StreamTableRefresher(owner, WhenBusy.WAIT, MINUTE);
      CompletableFuture<RefreshResult> result =
          CompletableFuture.supplyAsync(() -> refresher.refresh(Events.FULL), background);
      awaitLockWaiter();
      holder.commit();

      RefreshResult done = result.get(1, TimeUnit.MINUTES);
      assertEquals(RefreshResult.Outcome.COMPLETED_BY_OTHER, done.outcome());
      assertFalse(done.refreshedByThisCall());
      assertEquals(lastRefreshAt(Events.FULL), done.freshness().lastRefreshAt().orElseThrow());
    }
  }

  @Test
  void waitingIsBoundedByTheTimeout() throws Exception {
    try (Connection holder = holdRefreshLock(Events.FULL)) {
      Instant before = lastRefreshAt(Events.FULL);
      StreamTableRefresher refresher =
          new StreamTableRefresher(owner, WhenBusy.WAIT_THEN_REFRESH, Duration.ofSeconds(2));

      FreshnessTimeoutException e =
          assertThrows(FreshnessTimeoutException.class, () -> refresher.refresh(Events.FULL));

      assertEquals(Duration.ofSeconds(2), e.timeout());
      assertEquals(before, lastRefreshAt(Events.FULL));
      holder.rollback();
    }
  }

  @Test
  void anUnknownTableIsNotFound() {
    StreamTableNotFoundException e =
        assertThrows(
            StreamTableNotFoundException.class,
            () -> new StreamTableRefresher(owner).refresh(StreamTableName.of("public", "nope")));
    assertEquals(StreamTableName.of("public", "nope"), e.streamTable());
  }

  @Test
  void suspendedAndErrorTablesAreRefusedWithTheResumeHint() {
    for (String status : new String[] {"SUSPENDED", "ERROR"}) {
      Events.status(owner, Events.FULL, status);
      try {
        StreamTableSuspendedException e =
            assertThrows(
                StreamTableSuspendedException.class,
                () -> new StreamTableRefresher(owner).refresh(Events.FULL));
        assertEquals(StreamTableStatus.valueOf(status), e.status());
        assertEquals("22023", e.sqlState().orElseThrow());
        assertTrue(e.getMessage().contains("resume_stream_table"), e.getMessage());
      } finally {
        Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_full')");
      }
    }
  }

  @Test
  void aReadOnlyRoleCannotRefresh() throws SQLException {
    DataSource reader = db.readOnlyRole("public.events_full");
    StreamTablePrivilegeException e =
        assertThrows(
            StreamTablePrivilegeException.class,
            () -> new StreamTableRefresher(reader).refresh(Events.FULL));
    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  /**
   * Opens a connection that refreshes {@code table} in a transaction it keeps open, holding the
   * locks a refresh takes. The caller commits or rolls back, then closes it.
   */
  static Connection holdRefreshLock(StreamTableName table) throws SQLException {
    Connection holder = db.connect();
    holder.setAutoCommit(false);
    try (PreparedStatement statement =
        holder.prepareStatement("SELECT pgtrickle.refresh_stream_table(?)")) {
      statement.setString(1, table.qualifiedName());
      statement.execute();
    }
    return holder;
  }

  /** Polls pg_stat_activity until a session of this database waits for a lock. */
  static void awaitLockWaiter() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Object waiting =
          Sql.value(
              owner,
              "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND wait_event_type = 'Lock'");
      if (((Number) waiting).longValue() > 0) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("no session started waiting for the refresh lock");
  }

  static Instant lastRefreshAt(StreamTableName table) {
    return ((java.sql.Timestamp)
            Sql.value(
                owner,
                "SELECT last_refresh_at FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_schema = ? AND pgt_name = ?",
                table.schema(),
                table.name()))
        .toInstant();
  }
}
