package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.RefreshResult;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamTableRefresher}: refreshes in its own transaction, never reports a refresh that
 * pg_trickle skipped because another session held the refresh lock, waits for that session by
 * policy, and types the extension's errors. Run as a superuser here, which may also read the
 * catalog, so results carry the freshness read back; {@code LeastPrivilegeIT} runs it as an owner
 * with only {@code pgtrickle_operator}.
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
    assertFalse(result.waitedForOtherRefresh());
    assertEquals(Optional.of(true), result.dataChanged());
    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM events"),
        Sql.value(owner, "SELECT count(*) FROM public.events_full"));
    assertTrue(
        result.serverMessages().stream().anyMatch(m -> m.contains("refreshed")),
        result.serverMessages()::toString);

    RefreshResult again = new StreamTableRefresher(owner).refresh(Events.FULL);
    assertEquals(RefreshResult.Outcome.REFRESHED, again.outcome());
    assertEquals(Optional.of(false), again.dataChanged(), "nothing changed: data_timestamp stays");
    assertTrue(
        again
            .freshness()
            .orElseThrow()
            .lastRefreshAt()
            .orElseThrow()
            .isAfter(result.freshness().orElseThrow().lastRefreshAt().orElseThrow()));
  }

  @Test
  void aSkippedRefreshIsNeverReportedAsDone() throws Exception {
    try (Connection holder = holdAdvisoryLock(Events.DIFF)) {
      Instant before = lastRefreshAt(Events.DIFF);
      StreamTableRefresher refresher =
          new StreamTableRefresher(owner, StreamTableRefresher.WhenBusy.FAIL, MINUTE);

      StreamTableException e =
          assertThrows(StreamTableException.class, () -> refresher.refresh(Events.DIFF));
      assertEquals(StreamTableException.Reason.REFRESH_SKIPPED, e.reason());

      assertTrue(e.getMessage().contains("refresh skipped"), e::getMessage);
      assertEquals(before, lastRefreshAt(Events.DIFF), "the catalog did not move");
      holder.rollback();
    }
  }

  @Test
  void waitThenRefreshWaitsForTheOtherSessionAndRefreshesAfterIt() throws Exception {
    Events.insert(owner, 1, "late");
    try (Connection holder = holdAdvisoryLock(Events.DIFF)) {
      AtomicInteger skipped = new AtomicInteger();
      StreamTableRefresher refresher =
          new StreamTableRefresher(
              countingRollbacks(owner, skipped),
              StreamTableRefresher.WhenBusy.WAIT_THEN_REFRESH,
              MINUTE);
      CompletableFuture<RefreshResult> result =
          CompletableFuture.supplyAsync(() -> refresher.refresh(Events.DIFF), background);
      Poll.until("the refresher saw two skipped refreshes", () -> skipped.get() >= 2);
      assertFalse(result.isDone(), "it tries again; it does not report success");
      holder.commit();

      RefreshResult done = result.get(1, TimeUnit.MINUTES);
      assertEquals(RefreshResult.Outcome.REFRESHED_AFTER_WAIT, done.outcome());
      assertTrue(done.waitedForOtherRefresh());
      assertTrue(done.waited().compareTo(Duration.ZERO) > 0);
    }
    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM events"),
        Sql.value(owner, "SELECT count(*) FROM public.events_diff"));
  }

  @Test
  void waitingIsBoundedByTheTimeout() throws Exception {
    try (Connection holder = holdAdvisoryLock(Events.FULL)) {
      Instant before = lastRefreshAt(Events.FULL);
      StreamTableRefresher refresher =
          new StreamTableRefresher(
              owner, StreamTableRefresher.WhenBusy.WAIT_THEN_REFRESH, Duration.ofSeconds(2));

      StreamTableException e =
          assertThrows(StreamTableException.class, () -> refresher.refresh(Events.FULL));
      assertEquals(StreamTableException.Reason.FRESHNESS_TIMEOUT, e.reason());

      assertTrue(e.getMessage().contains("within PT2S"), e.getMessage());
      assertEquals(before, lastRefreshAt(Events.FULL));
      holder.rollback();
    }
  }

  @Test
  void aSecondManualRefreshWaitsForTheFirstAndThenRefreshes() throws Exception {
    Events.insert(owner, 1, "second");
    Instant before = lastRefreshAt(Events.FULL);
    try (Connection first = db.connect()) {
      first.setAutoCommit(false);
      try (PreparedStatement statement =
          first.prepareStatement("SELECT pgtrickle.refresh_stream_table(?)")) {
        statement.setString(1, Events.FULL.sql());
        statement.execute();
      }
      // Since 0.92 every manual refresh passes the capture gate, which updates one row in the
      // refreshing transaction: the second refresh waits for the first to end.
      CompletableFuture<RefreshResult> second =
          CompletableFuture.supplyAsync(
              () -> new StreamTableRefresher(owner).refresh(Events.FULL), background);
      Poll.until(
          "the second refresh waits on a lock",
          () ->
              ((Number)
                          Sql.value(
                              owner,
                              "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                  + " AND wait_event_type = 'Lock'"))
                      .longValue()
                  > 0);
      assertFalse(second.isDone());
      first.commit();
      RefreshResult done = second.get(1, TimeUnit.MINUTES);
      assertEquals(RefreshResult.Outcome.REFRESHED, done.outcome(), "it waited; nothing skipped");
      assertEquals(Optional.of(false), done.dataChanged(), "the first refresh took the row");
      assertTrue(done.freshness().orElseThrow().lastRefreshAt().orElseThrow().isAfter(before));
    }
    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM events"),
        Sql.value(owner, "SELECT count(*) FROM public.events_full"));
  }

  @Test
  void aQuiescedCaptureIsATypedRefusal() {
    Sql.run(owner, "SELECT pgtrickle.quiesce()");
    try {
      StreamTableException e =
          assertThrows(
              StreamTableException.class,
              () -> new StreamTableRefresher(owner).refresh(Events.FULL));
      assertEquals(StreamTableException.Reason.CAPTURE_QUIESCED, e.reason());
      assertEquals("22023", e.sqlState().orElseThrow());
      assertTrue(e.getMessage().contains("resume_all"), e.getMessage());
    } finally {
      Sql.run(owner, "SELECT pgtrickle.resume_all()");
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
        assertEquals(Freshness.Status.valueOf(status), e.status());
        assertEquals("22023", e.sqlState().orElseThrow());
        assertTrue(e.getMessage().contains("resume_stream_table"), e.getMessage());
      } finally {
        new StreamTableRefresher(owner).resume(Events.FULL);
      }
    }
  }

  @Test
  void aReadOnlyRoleCannotRefresh() throws SQLException {
    DataSource reader = db.readOnlyRole("public.events_full");
    InsufficientPrivilegeException e =
        assertThrows(
            InsufficientPrivilegeException.class,
            () -> new StreamTableRefresher(reader).refresh(Events.FULL));
    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("pgtrickle_operator"), e.getMessage());
    assertTrue(e.getMessage().contains("owner of \"public\".\"events_full\""), e.getMessage());
  }

  @Test
  void pauseSuspendsAndResumeReactivates() {
    StreamTableRefresher refresher = new StreamTableRefresher(owner);
    refresher.pause(Events.DIFF);
    try {
      assertEquals(
          "SUSPENDED",
          Sql.value(
              owner,
              "SELECT status FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'events_diff'"));
      assertThrows(StreamTableSuspendedException.class, () -> refresher.refresh(Events.DIFF));
    } finally {
      assertTrue(
          refresher.resume(Events.DIFF).stream().anyMatch(m -> m.contains("resumed")),
          "the server's INFO is returned");
    }
    assertEquals(
        "ACTIVE",
        Sql.value(
            owner,
            "SELECT status FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'events_diff'"));
    StreamTableException e =
        assertThrows(StreamTableException.class, () -> refresher.resume(Events.DIFF));
    assertEquals("22023", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("not suspended"), e.getMessage());
  }

  /** {@code dataSource}, counting the rollbacks of its connections (a skipped refresh's). */
  static DataSource countingRollbacks(DataSource dataSource, AtomicInteger rollbacks) {
    return (DataSource)
        Proxy.newProxyInstance(
            RefresherIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(dataSource, method, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection connection = (Connection) result;
              return Proxy.newProxyInstance(
                  RefresherIT.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("rollback") && a == null) {
                      rollbacks.incrementAndGet();
                    }
                    return invoke(connection, m, a);
                  });
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * Opens a connection whose open transaction holds the transaction-level advisory lock keyed by
   * {@code table}'s {@code pgt_id}, as a running scheduler refresh does: a manual refresh then
   * returns after the NOTICE {@code refresh skipped}. The caller commits or rolls back, then closes
   * it.
   */
  static Connection holdAdvisoryLock(StreamTableName table) throws SQLException {
    Connection holder = db.connect();
    holder.setAutoCommit(false);
    try (PreparedStatement statement =
        holder.prepareStatement(
            "SELECT pg_advisory_xact_lock(pgt_id) FROM pgtrickle.pgt_stream_tables"
                + " WHERE pgt_schema = ? AND pgt_name = ?")) {
      statement.setString(1, table.schema());
      statement.setString(2, table.name());
      statement.executeQuery().close();
    }
    return holder;
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
