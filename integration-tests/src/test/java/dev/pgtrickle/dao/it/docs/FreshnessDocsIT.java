package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.docs.freshness.LiveTotals;
import dev.pgtrickle.dao.it.docs.freshness.LiveTotalsDao;
import dev.pgtrickle.dao.it.docs.freshness.OrderTotals;
import dev.pgtrickle.dao.it.docs.freshness.OrderTotalsDao;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.AsyncReads;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.RefreshResult;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.operations.Subscription;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StaleDataException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/freshness.md (fresh reads, budgets and policies, reads in the writer's
 * transaction), docs/operations.md (the refresher, read-your-writes, change events, async reads)
 * and docs/errors.md (catching by type and reason), run against PostgreSQL 18.
 */
class FreshnessDocsIT {
  private static TestDatabase db;
  private static DataSource ownerDataSource;
  private static HikariDataSource pool;
  private static OrderTotalsDao dao;
  private static StreamTableRefresher refresher;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("freshness_docs_it");
    ownerDataSource = db.dataSource();
    Sales.createAll(ownerDataSource);
    Sql.run(
        ownerDataSource,
        "SELECT pgtrickle.create_stream_table('public.live_totals', $q$"
            + Sales.ORDER_TOTALS_QUERY
            + "$q$, refresh_mode => 'IMMEDIATE')");
    Sales.sampleOrders(ownerDataSource);
    pool = db.pool(3);
    dao = new OrderTotalsDao(pool);
    refresher = new StreamTableRefresher(ownerDataSource);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @BeforeEach
  void refresh() {
    Sql.refresh(ownerDataSource, "public.order_totals");
  }

  @Test
  void aFreshReadReturnsTheRowsWithTheirFreshness() {
    // tag::fresh-read[]
    Fresh<List<OrderTotals>> fresh = dao.query().listFresh(); // judged against the declared budget
    List<OrderTotals> rows = fresh.value();
    Freshness freshness = fresh.freshness(); // of exactly these rows, even when there are none
    boolean stale = fresh.isStale(); // STALE, NOT_POPULATED, SUSPENDED or ERROR
    // end::fresh-read[]

    assertEquals(4, rows.size());
    assertEquals(Freshness.Status.ACTIVE, freshness.status());
    assertFalse(stale);
    assertEquals(Fresh.Verdict.FRESH, fresh.verdict());
  }

  @Test
  void policiesJudgeTheBudgetTheirWay() {
    // tag::read-policies[]
    Fresh<List<OrderTotals>> flagged =
        dao.query().listFresh(); // judged against 30s, flagged if older
    Fresh<List<OrderTotals>> checked = dao.query().listFresh(ReadPolicy.fail()); // over 30s: throws
    Fresh<List<OrderTotals>> strict = dao.query().listFresh(ReadPolicy.fail(Duration.ofSeconds(5)));
    Fresh<List<OrderTotals>> refreshed =
        dao.query().listFresh(refresher.refreshing(Duration.ofSeconds(5)));
    // end::read-policies[]

    for (Fresh<List<OrderTotals>> read : List.of(flagged, checked, strict, refreshed)) {
      assertEquals(Fresh.Verdict.FRESH, read.verdict());
      assertEquals(4, read.value().size());
    }
    assertThrows(
        StaleDataException.class, () -> dao.query().listFresh(ReadPolicy.fail(Duration.ZERO)));
  }

  private final List<Freshness> servedFromCache = new ArrayList<>();
  private final List<StreamTableException> retried = new ArrayList<>();

  // tag::errors-catch[]
  List<OrderTotals> regionTotals(String region, ReadPolicy policy) {
    try {
      return dao.query().where(OrderTotalsDao.REGION.eq(region)).listFresh(policy).value();
    } catch (StaleDataException e) {
      return cached(e.freshness()); // serve what you had, saying how old it is
    } catch (StreamTableException e) {
      if (e.reason().isRetryable()) {
        return retryLater(e);
      }
      throw e;
    }
  }

  // end::errors-catch[]

  private List<OrderTotals> cached(Freshness freshness) {
    servedFromCache.add(freshness);
    return List.of();
  }

  private List<OrderTotals> retryLater(StreamTableException e) {
    retried.add(e);
    return List.of();
  }

  @Test
  void aProgramCatchesTheTypesItHandlesAndSwitchesOnTheReasonOfTheRest() {
    assertEquals(1, regionTotals("East", ReadPolicy.fail()).size());
    assertEquals(List.of(), servedFromCache);

    assertEquals(List.of(), regionTotals("East", ReadPolicy.fail(Duration.ZERO)));
    assertEquals(1, servedFromCache.size());
    assertEquals(Freshness.Status.ACTIVE, servedFromCache.get(0).status());

    refresher.pause(OrderTotalsDao.STREAM_TABLE);
    try {
      StreamTableSuspendedException suspended =
          assertThrows(
              StreamTableSuspendedException.class, () -> regionTotals("East", ReadPolicy.fail()));
      assertEquals(StreamTableException.Reason.SUSPENDED, suspended.reason());
      assertFalse(suspended.reason().isRetryable());
    } finally {
      refresher.resume(OrderTotalsDao.STREAM_TABLE);
    }
    assertEquals(List.of(), retried);
  }

  @Test
  void theRefresherRefreshesPausesAndResumes() {
    // tag::refresher[]
    StreamTableRefresher refresher = new StreamTableRefresher(ownerDataSource); // injectable
    RefreshResult result = refresher.refresh(OrderTotalsDao.STREAM_TABLE);
    RefreshResult.Outcome outcome = result.outcome(); // REFRESHED or REFRESHED_AFTER_WAIT
    refresher.pause(OrderTotalsDao.STREAM_TABLE); // pgtrickle.pause_stream_table: SUSPENDED
    refresher.resume(OrderTotalsDao.STREAM_TABLE); // pgtrickle.resume_stream_table: ACTIVE again
    // end::refresher[]

    assertEquals(RefreshResult.Outcome.REFRESHED, outcome);
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
  }

  @Test
  void aReadOnTheWritersConnectionSeesAnImmediateTablesChangeBeforeCommit() throws SQLException {
    LiveTotalsDao liveTotals = new LiveTotalsDao(pool);
    DataSource dataSource = pool;
    List<LiveTotals> mine;
    // tag::writer-transaction[]
    try (Connection tx = dataSource.getConnection()) {
      tx.setAutoCommit(false);
      insertOrder(tx, "South", "5.00"); // your write to the SOURCE table
      mine =
          liveTotals
              .on(tx)
              .query()
              .where(LiveTotalsDao.REGION.eq("South"))
              .list(); // already includes it (IMMEDIATE)
      tx.rollback();
    }
    // end::writer-transaction[]

    assertEquals(List.of(new LiveTotals("South", 1, new BigDecimal("5.00"))), mine);
    assertEquals(List.of(), liveTotals.query().where(LiveTotalsDao.REGION.eq("South")).list());
  }

  @Test
  void aTokenTakenAfterAWriteIsCoveredByTheNextRefresh() throws SQLException {
    DataSource dataSource = ownerDataSource;
    Freshness visible;
    // tag::read-your-writes[]
    try (Connection c = dataSource.getConnection()) {
      insertOrder(c, "East", "5.00"); // auto-commit, or commit() first
      FreshnessToken token = StreamTables.markWrite(c); // clock_timestamp() after the commit
      StreamTables.awaitFresherThan(
          dao, token, Duration.ofSeconds(10), refresher); // refresh, then check
      visible =
          StreamTables.awaitFresherThan(
              dao, token, Duration.ofSeconds(10)); // or wait for the scheduler
    }
    // end::read-your-writes[]

    assertEquals(Freshness.Status.ACTIVE, visible.status());
    assertEquals(
        new BigDecimal("110.49"),
        dao.query().where(OrderTotalsDao.REGION.eq("East")).one().total(),
        "the write is in the stream table");
    Sql.run(
        ownerDataSource,
        "DELETE FROM orders WHERE region = 'East' AND amount = 5.00" + " AND customer = 'docs'");
  }

  @Test
  void listenersHearTheSchedulersEvents() {
    Set<StreamTableName> invalidated = ConcurrentHashMap.newKeySet();
    // tag::change-events[]
    StreamTableWatcher watcher = StreamTableWatcher.builder(pool).name("orders-events").build();
    Subscription subscription =
        watcher.subscribe(
            dao,
            event -> {
              switch (event.kind()) {
                case REFRESH_COMPLETED -> invalidated.add(event.streamTable());
                case EVENTS_MAY_HAVE_BEEN_MISSED -> invalidated.clear(); // after a lost connection
                default -> {}
              }
            });
    // end::change-events[]

    Sql.run(
        ownerDataSource,
        "SELECT pgtrickle_test.emit_refresh_completed("
            + "'public', 'order_totals', 'DIFFERENTIAL', 1, 0, 5)");
    Poll.until("the listener saw the event", () -> !invalidated.isEmpty());
    assertEquals(Set.of(OrderTotalsDao.STREAM_TABLE), invalidated);

    // tag::change-events-close[]
    subscription.close(); // the last subscription releases the LISTEN connection
    watcher.close(); // on shutdown
    // end::change-events-close[]
  }

  @Test
  void asyncReadsRunOnTheGivenExecutor() throws Exception {
    FreshnessToken token;
    try (Connection c = ownerDataSource.getConnection()) {
      token = StreamTables.markWrite(c);
    }
    refresher.refresh(OrderTotalsDao.STREAM_TABLE);
    // tag::async[]
    ExecutorService executor = Executors.newFixedThreadPool(2); // or Java 21's virtual threads
    CompletableFuture<Fresh<List<OrderTotals>>> rows =
        AsyncReads.on(executor).supply(() -> dao.query().listFresh());
    CompletableFuture<Fresh<List<OrderTotals>>> strict =
        AsyncReads.on(executor).supply(() -> dao.query().listFresh(ReadPolicy.fail()));
    CompletableFuture<Freshness> visible =
        AsyncReads.on(executor)
            .supply(() -> StreamTables.awaitFresherThan(dao, token, Duration.ofSeconds(10)));
    // end::async[]
    try {
      assertEquals(4, rows.get(1, TimeUnit.MINUTES).value().size());
      assertEquals(Fresh.Verdict.FRESH, strict.get(1, TimeUnit.MINUTES).verdict());
      assertTrue(visible.get(1, TimeUnit.MINUTES).isPopulated());
    } finally {
      executor.shutdown();
    }
  }

  private static void insertOrder(Connection connection, String region, String amount)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO orders (customer, region, amount) VALUES ('docs', ?, ?::numeric)")) {
      insert.setString(1, region);
      insert.setString(2, amount);
      insert.executeUpdate();
    }
  }
}
