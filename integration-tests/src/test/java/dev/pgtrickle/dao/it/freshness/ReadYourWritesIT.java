package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes: a writer commits, marks the write on its connection, and waits until the stream
 * table reflects it, while a refresher in the test refreshes on a schedule (standing in for
 * pg_trickle's scheduler).
 */
class ReadYourWritesIT {
  private static final Duration LONG = Duration.ofMinutes(1);

  private static TestDatabase db;
  private static DataSource owner;
  private static DataSource reader;
  private ScheduledExecutorService scheduler;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("read_your_writes_it");
    owner = db.dataSource();
    Events.create(owner);
    reader = db.readOnlyRole("public.events_full", "public.events_diff", "public.events_live");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @BeforeEach
  void startScheduler() {
    scheduler = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterEach
  void stopScheduler() throws InterruptedException {
    scheduler.shutdownNow();
    assertTrue(scheduler.awaitTermination(1, TimeUnit.MINUTES));
  }

  /** Refreshes events_diff every 100 ms, as a scheduler would. */
  private void refreshOnASchedule() {
    StreamTableRefresher refresher = new StreamTableRefresher(owner);
    scheduler.scheduleWithFixedDelay(
        () -> refresher.refresh(Events.DIFF), 100, 100, TimeUnit.MILLISECONDS);
  }

  @Test
  void awaitReturnsOnlyOnceTheWriteIsVisible() throws SQLException {
    refreshOnASchedule();
    DiffEventDao dao = new DiffEventDao(reader);
    for (int i = 0; i < 3; i++) {
      long id;
      FreshnessToken token;
      try (Connection writer = owner.getConnection()) {
        id = insert(writer, "ryw");
        token = StreamTables.markWrite(writer);
      }

      Freshness freshness = StreamTables.awaitFresherThan(dao, token, LONG);

      assertTrue(freshness.lastRefreshAt().orElseThrow().isAfter(token.serverTime()));
      assertTrue(dao.findAll().stream().anyMatch(e -> e.id() == id), "row " + id + " is visible");
    }
  }

  @Test
  void theWatcherWaitsTheSameWay() throws SQLException {
    refreshOnASchedule();
    try (StreamTableWatcher watcher = new StreamTableWatcher(reader);
        Connection writer = owner.getConnection()) {
      long id = insert(writer, "watched");
      FreshnessToken token = StreamTables.markWrite(writer);

      watcher.awaitFresherThan(Events.DIFF, token, LONG);

      assertTrue(new DiffEventDao(reader).findAll().stream().anyMatch(e -> e.id() == id));
    }
  }

  @Test
  void awaitTimesOutWhenNothingRefreshes() throws SQLException {
    FreshnessToken token;
    try (Connection writer = owner.getConnection()) {
      insert(writer, "never refreshed");
      token = StreamTables.markWrite(writer);
    }

    StreamTableException e =
        assertThrows(
            StreamTableException.class,
            () ->
                StreamTables.awaitFresherThan(new EventDao(reader), token, Duration.ofMillis(300)));
    assertEquals(StreamTableException.Reason.FRESHNESS_TIMEOUT, e.reason());

    assertTrue(e.getMessage().contains("after write " + token), e.getMessage());
    assertTrue(e.getMessage().contains("last seen: Freshness{"), e.getMessage());
  }

  @Test
  void awaitCanTriggerTheRefreshItself() throws SQLException {
    long id;
    FreshnessToken token;
    try (Connection writer = owner.getConnection()) {
      id = insert(writer, "triggered");
      token = StreamTables.markWrite(writer);
    }

    StreamTables.awaitFresherThan(
        new EventDao(reader), token, LONG, new StreamTableRefresher(owner));

    assertTrue(new EventDao(reader).findAll().stream().anyMatch(e -> e.id() == id));
  }

  @Test
  void immediateTablesReflectTheWriteAtCommit() throws SQLException {
    try (Connection writer = owner.getConnection()) {
      long id = insert(writer, "immediate");
      FreshnessToken token = StreamTables.markWrite(writer);

      StreamTables.awaitFresherThan(new LiveEventDao(reader), token, Duration.ofMillis(1));

      assertTrue(new LiveEventDao(reader).findAll().stream().anyMatch(e -> e.id() == id));
    }
  }

  @Test
  void aSuspendedTableIsReportedInsteadOfWaitedFor() throws SQLException {
    FreshnessToken token;
    try (Connection writer = owner.getConnection()) {
      insert(writer, "suspended");
      token = StreamTables.markWrite(writer);
    }
    Events.status(owner, Events.FULL, "SUSPENDED");
    try {
      assertThrows(
          StreamTableSuspendedException.class,
          () -> StreamTables.awaitFresherThan(new EventDao(reader), token, LONG));
    } finally {
      Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_full')");
    }
  }

  @Test
  void markWriteRefusesAnUncommittedWrite() throws SQLException {
    try (Connection writer = owner.getConnection()) {
      writer.setAutoCommit(false);
      insert(writer, "uncommitted");
      assertThrows(IllegalStateException.class, () -> StreamTables.markWrite(writer));
      writer.rollback();
    }
  }

  private static long insert(Connection writer, String grp) throws SQLException {
    try (PreparedStatement statement =
        writer.prepareStatement("INSERT INTO events (grp) VALUES (?) RETURNING id")) {
      statement.setString(1, grp);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
