package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent manual refreshes. Since 0.92 every manual refresh first passes the capture gate, which
 * updates the one pgt_capture_instance row in the caller's transaction, so a second refresh waits
 * until the first refresh's transaction ends and then refreshes. A refresh that finds the catalog
 * row locked (FOR UPDATE SKIP LOCKED) or the advisory lock taken returns normally after a NOTICE,
 * without touching the catalog. The second session has a statement timeout, so a wait that never
 * ended would fail rather than hang.
 */
class RefreshLockIT {

  private static final String SKIPPED =
      "refresh skipped: public.locked — another refresh is already in progress";

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTable() throws SQLException {
    db = TestDatabase.create("refresh_lock_it");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1), (2);
                SELECT pgtrickle.create_stream_table('public.locked', 'SELECT id FROM src',
                    schedule => '1h', refresh_mode => 'FULL');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void aSecondManualRefreshWaitsForTheFirstTransactionAndThenRefreshes() throws Exception {
    try (Connection holder = db.connect();
        Connection other = db.connect()) {
      Sql.exec(other, "SET statement_timeout = '20s'");
      int otherPid = ((Number) Sql.scalar(other, "SELECT pg_backend_pid()")).intValue();
      OffsetDateTime refreshBefore = Sql.catalogTime(other, "public", "locked", "last_refresh_at");
      holder.setAutoCommit(false);
      Sql.run(holder, "SELECT pgtrickle.refresh_stream_table('public.locked')");

      ExecutorService executor = Executors.newSingleThreadExecutor();
      try {
        Future<List<String>> second =
            executor.submit(
                () -> Sql.run(other, "SELECT pgtrickle.refresh_stream_table('public.locked')"));
        try (Connection observer = db.connect()) {
          Poll.until("the second refresh waits on a lock", () -> waitsOnALock(observer, otherPid));
        }
        holder.commit();
        List<String> messages = second.get(30, TimeUnit.SECONDS);
        assertTrue(
            messages.stream().anyMatch(m -> m.startsWith("Stream table public.locked refreshed")),
            messages::toString);
      } finally {
        executor.shutdownNow();
      }
      assertTrue(
          Sql.catalogTime(other, "public", "locked", "last_refresh_at").isAfter(refreshBefore));
    }
  }

  private static boolean waitsOnALock(Connection observer, int pid) {
    try {
      return "Lock"
          .equals(
              Sql.scalar(
                  observer, "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?", pid));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void refreshIsSkippedWhileTheAdvisoryLockIsTaken() throws SQLException {
    try (Connection holder = db.connect();
        Connection other = db.connect()) {
      Sql.exec(other, "SET statement_timeout = '20s'");
      OffsetDateTime refreshBefore = Sql.catalogTime(other, "public", "locked", "last_refresh_at");
      holder.setAutoCommit(false);
      Sql.column(
          holder,
          "SELECT pg_advisory_xact_lock(pgt_id) FROM pgtrickle.pgt_stream_tables "
              + "WHERE pgt_name = 'locked'");

      List<String> messages =
          Sql.run(other, "SELECT pgtrickle.refresh_stream_table('public.locked')");

      assertEquals(List.of(SKIPPED), messages);
      assertEquals(refreshBefore, Sql.catalogTime(other, "public", "locked", "last_refresh_at"));
      holder.rollback();
    }
  }

  @Test
  void refreshIsSkippedWhileTheCatalogRowIsLocked() throws SQLException {
    try (Connection holder = db.connect();
        Connection other = db.connect()) {
      Sql.exec(other, "SET statement_timeout = '20s'");
      OffsetDateTime refreshBefore = Sql.catalogTime(other, "public", "locked", "last_refresh_at");
      holder.setAutoCommit(false);
      Sql.column(
          holder,
          "SELECT pgt_id FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'locked' FOR UPDATE");

      List<String> messages =
          Sql.run(other, "SELECT pgtrickle.refresh_stream_table('public.locked')");

      assertEquals(List.of(SKIPPED), messages);
      assertEquals(refreshBefore, Sql.catalogTime(other, "public", "locked", "last_refresh_at"));
      holder.rollback();
    }
  }
}
