package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StaleDataException;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh reads return rows and the freshness of exactly those rows, read in one statement; every
 * read policy and its exceptions; SUSPENDED and ERROR tables; IMMEDIATE tables never stale. Reads
 * run as a role with only the read grants.
 */
class FreshReadsIT {
  private static final Duration HOUR = Duration.ofHours(1);

  private static TestDatabase db;
  private static DataSource owner;
  private static DataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("fresh_reads_it");
    owner = db.dataSource();
    Events.create(owner);
    reader = db.readOnlyRole("public.events_full", "public.events_diff", "public.events_live");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @BeforeEach
  void emptySourcesAndRefresh() {
    Sql.run(owner, "DELETE FROM events");
    Sql.refresh(owner, "public.events_full");
    Sql.refresh(owner, "public.events_diff");
  }

  @Test
  void anEmptyTableStillCarriesItsFreshness() {
    Fresh<List<Event>> fresh = new EventDao(reader).query().listFresh();

    assertEquals(List.of(), fresh.value());
    assertEquals(Events.FULL, fresh.freshness().streamTable());
    assertEquals(Freshness.Status.ACTIVE, fresh.freshness().status());
    assertEquals(Freshness.RefreshMode.FULL, fresh.freshness().refreshMode());
    assertTrue(fresh.freshness().isPopulated());
  }

  @Test
  void rowsAndFreshnessMatchTheCatalogAtTheLastRefresh() {
    Events.insert(owner, 3, "a");
    Sql.refresh(owner, "public.events_full");
    Events.insert(owner, 2, "b"); // not refreshed yet

    Fresh<List<Event>> fresh = new EventDao(reader).query().listFresh();

    assertEquals(3, fresh.value().size());
    assertTrue(fresh.value().stream().allMatch(e -> e.grp().equals("a")));
    java.sql.Timestamp lastRefresh =
        (java.sql.Timestamp)
            Sql.value(
                owner,
                "SELECT last_refresh_at FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_name = 'events_full'");
    assertEquals(lastRefresh.toInstant(), fresh.freshness().lastRefreshAt().orElseThrow());
    assertEquals(
        fresh.freshness().lastRefreshAt(),
        fresh.freshness().dataTimestamp(),
        "the refresh changed rows, so both timestamps moved");
    Instant serverTime = fresh.freshness().serverTime();
    assertTrue(serverTime.isAfter(lastRefresh.toInstant()), "ages use the server's clock");
    assertEquals(Duration.between(lastRefresh.toInstant(), serverTime), fresh.freshness().age());
  }

  @Test
  void theDeclaredBudgetJudgesReadsWithoutAPolicy() {
    Fresh<List<Event>> withinHour = new EventDao(reader).query().listFresh();
    assertEquals(HOUR, withinHour.maxStaleness().orElseThrow());
    assertEquals(Fresh.Verdict.FRESH, withinHour.verdict());
    assertFalse(withinHour.isStale());

    Fresh<List<StrictEvent>> zero = new StrictEventDao(reader).query().listFresh();
    assertEquals(Duration.ZERO, zero.maxStaleness().orElseThrow());
    assertEquals(Fresh.Verdict.STALE, zero.verdict(), "ACCEPT returns the rows, flagged");
  }

  @Test
  void acceptReturnsStaleRowsFlagged() {
    Events.insert(owner, 1, "a");
    Sql.refresh(owner, "public.events_full");

    Fresh<List<Event>> fresh =
        new EventDao(reader).query().listFresh(ReadPolicy.accept(Duration.ZERO));

    assertEquals(1, fresh.value().size());
    assertTrue(fresh.isStale());
    assertEquals(Duration.ZERO, fresh.maxStaleness().orElseThrow());
  }

  @Test
  void failThrowsWithTheMeasuredFreshnessAndTheBudget() {
    StaleDataException e =
        assertThrows(
            StaleDataException.class,
            () -> new EventDao(reader).query().listFresh(ReadPolicy.fail(Duration.ZERO)));

    assertEquals(Events.FULL, e.streamTable());
    assertEquals(Duration.ZERO, e.maxStaleness().orElseThrow());
    assertTrue(e.freshness().age().compareTo(Duration.ZERO) > 0);
    assertTrue(e.getMessage().contains("is stale"), e.getMessage());
  }

  @Test
  void failWithoutABudgetOfItsOwnUsesTheDeclaredOne() {
    assertEquals(0, new EventDao(reader).query().listFresh(ReadPolicy.fail()).value().size());

    StaleDataException e =
        assertThrows(
            StaleDataException.class,
            () -> new StrictEventDao(reader).query().listFresh(ReadPolicy.fail()));
    assertEquals(Duration.ZERO, e.maxStaleness().orElseThrow());
  }

  @Test
  void refreshRefreshesThenReadsAgain() {
    Events.insert(owner, 4, "a");
    Instant before = new EventDao(reader).freshness().lastRefreshAt().orElseThrow();
    StreamTableRefresher refresher = new StreamTableRefresher(owner);

    Fresh<List<Event>> fresh =
        new EventDao(reader).query().listFresh(refresher.refreshing(Duration.ZERO));

    assertEquals(4, fresh.value().size(), "the rows are read again after the refresh");
    assertTrue(fresh.freshness().lastRefreshAt().orElseThrow().isAfter(before));
    assertTrue(fresh.isStale(), "a zero budget cannot be met, and the result says so");
  }

  @Test
  void refreshDoesNothingWhenTheRowsAreWithinTheBudget() {
    Events.insert(owner, 4, "a");
    Instant before = new EventDao(reader).freshness().lastRefreshAt().orElseThrow();
    StreamTableRefresher refresher = new StreamTableRefresher(owner);

    Fresh<List<Event>> fresh = new EventDao(reader).query().listFresh(refresher.refreshing(HOUR));

    assertEquals(0, fresh.value().size());
    assertEquals(before, fresh.freshness().lastRefreshAt().orElseThrow());
  }

  @Test
  void suspendedTablesAreReportedUnderEveryPolicy() {
    Events.insert(owner, 2, "a");
    Sql.refresh(owner, "public.events_full");
    Events.status(owner, Events.FULL, "SUSPENDED");
    try {
      EventDao dao = new EventDao(reader);
      Fresh<List<Event>> accepted = dao.query().listFresh();
      assertEquals(2, accepted.value().size());
      assertEquals(Fresh.Verdict.SUSPENDED, accepted.verdict());
      assertTrue(accepted.isStale());

      StreamTableSuspendedException failed =
          assertThrows(
              StreamTableSuspendedException.class, () -> dao.query().listFresh(ReadPolicy.fail()));
      assertEquals(Freshness.Status.SUSPENDED, failed.status());
      assertEquals(
          "SELECT pgtrickle.resume_stream_table('\"public\".\"events_full\"')", failed.resumeSql());

      StreamTableRefresher refresher = new StreamTableRefresher(owner);
      StreamTableSuspendedException refreshed =
          assertThrows(
              StreamTableSuspendedException.class,
              () -> dao.query().listFresh(refresher.refreshing(Duration.ZERO)));
      assertEquals(Freshness.Status.SUSPENDED, refreshed.status());
    } finally {
      Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_full')");
    }
  }

  @Test
  void errorTablesHaveTheirOwnStatus() {
    Events.status(owner, Events.DIFF, "ERROR");
    try {
      DiffEventDao dao = new DiffEventDao(reader);
      assertEquals(Fresh.Verdict.ERROR, dao.query().listFresh().verdict());
      StreamTableSuspendedException e =
          assertThrows(
              StreamTableSuspendedException.class,
              () -> dao.query().listFresh(ReadPolicy.fail(HOUR)));
      assertEquals(Freshness.Status.ERROR, e.status());
      assertTrue(e.getMessage().contains("ERROR state"), e.getMessage());
    } finally {
      Sql.run(owner, "SELECT pgtrickle.resume_stream_table('public.events_diff')");
    }
  }

  @Test
  void immediateTablesAreNeverStale() {
    Events.insert(owner, 3, "a");
    LiveEventDao dao = new LiveEventDao(reader);

    Fresh<List<LiveEvent>> fresh = dao.query().listFresh(ReadPolicy.fail(Duration.ZERO));

    assertEquals(3, fresh.value().size(), "maintained inside the writer's transaction");
    assertEquals(Fresh.Verdict.FRESH, fresh.verdict());
    assertEquals(Duration.ZERO, fresh.freshness().age());
    assertFalse(dao.query().listFresh().isStale(), "not even against its declared zero budget");
  }

  @Test
  void freshReadsWorkInsideTheCallersReadOnlyTransaction() throws Exception {
    Events.insert(owner, 2, "a");
    Sql.refresh(owner, "public.events_full");
    Events.insert(owner, 5, "b");
    try (Connection connection = reader.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      Fresh<List<Event>> first = new EventDao(reader).on(connection).query().listFresh();
      // A refresh now waits for this transaction: the FULL refresh's TRUNCATE needs its lock.
      CompletableFuture<Void> refresh =
          CompletableFuture.runAsync(() -> Sql.refresh(owner, "public.events_full"));
      Fresh<List<Event>> second =
          new EventDao(reader).on(connection).query().listFresh(ReadPolicy.fail(HOUR));
      assertFalse(refresh.isDone());
      connection.commit();
      refresh.get(1, TimeUnit.MINUTES);

      assertEquals(2, first.value().size());
      assertEquals(2, second.value().size());
      assertEquals(first.freshness().lastRefreshAt(), second.freshness().lastRefreshAt());
      assertFalse(connection.isClosed());
    }
    Fresh<List<Event>> after = new EventDao(reader).query().listFresh();
    assertEquals(7, after.value().size());
  }

  @Test
  void declaredFindersHaveFreshFormsWithTheirBindsAndNullLookups() {
    Events.insert(owner, 2, "a");
    Events.insert(owner, 3, "b");
    Sql.run(owner, "INSERT INTO events (grp) VALUES (NULL)");
    Sql.refresh(owner, "public.events_full");
    EventDao dao = new EventDao(reader);

    Fresh<List<Event>> a = dao.query().where(EventDao.GRP.eq("a")).listFresh();
    assertEquals(2, a.value().size());
    assertTrue(a.value().stream().allMatch(e -> e.grp().equals("a")));
    assertEquals(dao.freshness().lastRefreshAt(), a.freshness().lastRefreshAt());
    assertEquals(1, dao.query().where(EventDao.GRP.eq(null)).listFresh().value().size(), "IS NULL");
    Fresh<List<Event>> none = dao.query().where(EventDao.GRP.eq("zzz")).listFresh();
    assertEquals(List.of(), none.value());
    assertTrue(none.freshness().isPopulated(), "no rows, still a freshness");

    StaleDataException e =
        assertThrows(
            StaleDataException.class,
            () ->
                ReadPolicy.fail()
                    .enforce(
                        new StrictEventDao(reader)
                            .query()
                            .where(StrictEventDao.GRP.eq("a"))
                            .listFresh()));
    assertEquals(Duration.ZERO, e.maxStaleness().orElseThrow(), "the declared budget is kept");
  }

  @Test
  void aReaderWithoutTheCatalogGrantIsToldWhichGrantIsMissing() throws SQLException {
    PGSimpleDataSource noCatalog = db.readOnlyRole("public.events_full");
    Sql.run(
        owner, "REVOKE SELECT ON pgtrickle.pgt_stream_tables FROM \"" + noCatalog.getUser() + "\"");

    InsufficientPrivilegeException e =
        assertThrows(
            InsufficientPrivilegeException.class,
            () -> new EventDao(noCatalog).query().listFresh());

    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("SELECT ON pgtrickle.pgt_stream_tables"), e.getMessage());
  }

  @Test
  void anUnknownTableIsNotFound() {
    StreamTableNotFoundException e =
        assertThrows(
            StreamTableNotFoundException.class,
            () -> new MissingEventDao(owner).query().listFresh());
    assertTrue(e.getMessage().contains("no_such_events"), e.getMessage());
  }

  @Test
  void freshnessReadAloneAgreesWithTheFreshRead() {
    Freshness alone = new EventDao(reader).freshness();
    Freshness fresh = new EventDao(reader).query().listFresh().freshness();
    assertEquals(alone.lastRefreshAt(), fresh.lastRefreshAt());
    assertEquals(alone.dataTimestamp(), fresh.dataTimestamp());
    assertEquals(alone.status(), fresh.status());
  }
}
