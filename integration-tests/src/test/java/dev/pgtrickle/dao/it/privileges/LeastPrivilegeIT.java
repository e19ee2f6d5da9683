package dev.pgtrickle.dao.it.privileges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.DailyRevenueDao;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.model.OrderTotalsRepositoryImpl;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.RefreshResult;
import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.operations.Subscription;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every read path as a role with exactly what pg_trickle 0.108 gives a reader, and the refresher as
 * the stream table's owner holding only {@code pgtrickle_operator}.
 *
 * <ul>
 *   <li>The reader: {@code pgtrickle_reader} (USAGE on schema {@code pgtrickle}), USAGE on {@code
 *       public} and SELECT on {@code public.order_totals}, plus the one catalog grant freshness
 *       needs, {@code SELECT ON pgtrickle.pgt_stream_tables} (no pg_trickle role has it, and every
 *       function that reports freshness reads that table as its caller).
 *   <li>The refresher: a member of {@code pgtrickle_operator} that owns the stream table, with
 *       USAGE on {@code public}, and no privilege on any catalog table.
 * </ul>
 */
class LeastPrivilegeIT {
  private static TestDatabase db;
  private static DataSource admin;
  private static PGSimpleDataSource reader;
  private static DataSource readerWithoutCatalog;
  private static PGSimpleDataSource operatorOwner;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("least_privilege_it");
    admin = db.dataSource();
    Sales.createAll(admin);
    Sales.sampleOrders(admin);
    Sql.run(
        admin,
        "SELECT pgtrickle.refresh_stream_table('public.order_totals')",
        "SELECT pgtrickle.refresh_stream_table('public.daily_revenue')");
    readerWithoutCatalog = db.readerRole("public.order_totals");
    reader = db.readerRole("public.order_totals", "public.daily_revenue");
    Sql.run(admin, "GRANT SELECT ON pgtrickle.pgt_stream_tables TO " + reader.getUser());
    operatorOwner = db.operatorOwner("public.order_totals", "public.daily_revenue");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void theDaoReadsEverythingAsAReader() {
    OrderTotalsDao dao = new OrderTotalsDao(reader);

    List<OrderTotals> all = dao.findAll(OrderTotalsDao.REGION.asc().nullsLast());
    assertEquals(4, all.size());
    assertEquals(
        List.of(new OrderTotals("East", 2, new BigDecimal("105.49"))),
        dao.query().where(OrderTotalsDao.REGION.eq("East")).list());
    assertEquals(1, dao.query().where(OrderTotalsDao.REGION.eq(null)).list().size());
    assertEquals(4, dao.count());
    try (Stream<OrderTotals> rows = dao.streamAll()) {
      assertEquals(
          all,
          rows.sorted(
                  Comparator.comparing(
                      OrderTotals::region, Comparator.nullsLast(Comparator.naturalOrder())))
              .toList());
    }
    assertEquals(
        2,
        dao.query()
            .where(
                OrderTotalsDao.ORDER_COUNT
                    .ge(1L)
                    .and(OrderTotalsDao.TOTAL.gt(new BigDecimal("10"))))
            .count());
    assertEquals(Optional.of(new BigDecimal("157.49")), dao.query().sum(OrderTotalsDao.TOTAL));
  }

  @Test
  void finderInterfacesAndQueryMethodsReadAsAReader() {
    OrderTotalsRepository finder = new OrderTotalsRepositoryImpl(reader);
    assertEquals(1, finder.findByRegion("West").size());
    assertEquals(1, finder.countByOrderCountGreaterThan(1));
    assertEquals(
        List.of(new BigDecimal("105.49"), new BigDecimal("42.00")),
        finder.totalsAbove(new BigDecimal("20")).stream().map(OrderTotals::total).toList());
  }

  @Test
  void freshnessAndFreshReadsNeedTheOneCatalogGrant() {
    OrderTotalsDao dao = new OrderTotalsDao(reader);
    Freshness freshness = dao.freshness();
    assertEquals(Freshness.Status.ACTIVE, freshness.status());
    assertTrue(freshness.lastRefreshAt().isPresent());
    assertEquals(
        Optional.empty(),
        freshness.slaStatus(),
        "the controller's state is not readable by a reader, so no SLA: empty, not a default");

    Fresh<List<OrderTotals>> fresh = dao.query().listFresh();
    assertEquals(4, fresh.value().size());
    assertEquals(Fresh.Verdict.FRESH, fresh.verdict());
    assertEquals(1, dao.query().where(OrderTotalsDao.REGION.eq("West")).listFresh().value().size());
    assertEquals(4, dao.query().listFresh().value().size());

    InsufficientPrivilegeException e =
        assertThrows(
            InsufficientPrivilegeException.class,
            () -> new OrderTotalsDao(readerWithoutCatalog).freshness());
    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(
        e.getMessage().contains("GRANT SELECT ON pgtrickle.pgt_stream_tables"), e.getMessage());
    assertEquals(
        4,
        new OrderTotalsDao(readerWithoutCatalog).findAll().size(),
        "plain reads need no catalog grant");
  }

  @Test
  void theOperatorOwnerRefreshesPausesAndResumesWithoutCatalogPrivileges() throws SQLException {
    StreamTableRefresher refresher = new StreamTableRefresher(operatorOwner);
    DailyRevenueDao dao = new DailyRevenueDao(reader);
    int days = dao.findAll().size();
    Sales.order(admin, "erin", "South", "7.00", "2026-11-09T10:00:00Z");
    FreshnessToken token;
    try (Connection connection = reader.getConnection()) {
      token = StreamTables.markWrite(connection);
    }

    RefreshResult result = refresher.refresh(DailyRevenueDao.STREAM_TABLE);
    assertEquals(RefreshResult.Outcome.REFRESHED, result.outcome());
    assertEquals(Optional.empty(), result.freshness(), "an operator cannot read the catalog");
    assertEquals(Optional.empty(), result.dataChanged());
    assertEquals(days + 1, dao.findAll().size());
    assertTrue(token.isCoveredBy(dao.freshness()));
    assertEquals(
        Freshness.Status.ACTIVE,
        StreamTables.awaitFresherThan(dao, token, Duration.ofSeconds(5)).status());

    refresher.pause(DailyRevenueDao.STREAM_TABLE);
    assertEquals(Freshness.Status.SUSPENDED, dao.freshness().status());
    refresher.resume(DailyRevenueDao.STREAM_TABLE);
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
  }

  @Test
  void anOperatorDetectsASkippedRefreshFromTheNoticeAloneEvenWhenItsSessionsHideNotices()
      throws SQLException {
    Sql.run(
        admin, "ALTER ROLE \"" + operatorOwner.getUser() + "\" SET client_min_messages = warning");
    try (Connection holder = admin.getConnection()) {
      holder.setAutoCommit(false);
      try (var statement = holder.createStatement()) {
        // What a running scheduler refresh holds: the advisory lock keyed by the table's pgt_id.
        statement
            .executeQuery(
                "SELECT pg_advisory_xact_lock(pgt_id) FROM"
                    + " pgtrickle.pgt_stream_tables WHERE pgt_name = 'daily_revenue'")
            .close();
      }
      StreamTableRefresher refresher =
          new StreamTableRefresher(
              operatorOwner, StreamTableRefresher.WhenBusy.FAIL, Duration.ofSeconds(30));
      StreamTableException e =
          assertThrows(
              StreamTableException.class, () -> refresher.refresh(DailyRevenueDao.STREAM_TABLE));
      assertEquals(StreamTableException.Reason.REFRESH_SKIPPED, e.reason());
      assertTrue(e.getMessage().contains("refresh skipped"), e::getMessage);
      holder.rollback();
    } finally {
      Sql.run(admin, "ALTER ROLE \"" + operatorOwner.getUser() + "\" RESET client_min_messages");
    }
  }

  @Test
  void aReaderCannotRefreshAndIsToldWhatIsNeeded() {
    InsufficientPrivilegeException e =
        assertThrows(
            InsufficientPrivilegeException.class,
            () -> new StreamTableRefresher(reader).refresh(OrderTotalsDao.STREAM_TABLE));
    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.getMessage().contains("pgtrickle_operator"), e.getMessage());
  }

  @Test
  void anOperatorWhoIsNotTheOwnerIsRefusedByTheOwnerCheck() throws SQLException {
    DataSource operator = db.operatorRole();
    InsufficientPrivilegeException e =
        assertThrows(
            InsufficientPrivilegeException.class,
            () -> new StreamTableRefresher(operator).refresh(OrderTotalsDao.STREAM_TABLE));
    assertTrue(e.getMessage().contains("must be owner"), e.getMessage());
    assertTrue(e.getMessage().contains("owner of \"public\".\"order_totals\""), e.getMessage());
  }

  @Test
  void theReaderSubscribesAndHearsTheOperatorsResume() {
    List<StreamTableEvent> events = new CopyOnWriteArrayList<>();
    try (StreamTableWatcher watcher = new StreamTableWatcher(reader);
        Subscription subscription = watcher.subscribe(new DailyRevenueDao(reader), events::add)) {
      StreamTableRefresher refresher = new StreamTableRefresher(operatorOwner);
      refresher.pause(DailyRevenueDao.STREAM_TABLE);
      refresher.resume(DailyRevenueDao.STREAM_TABLE);
      Poll.until(
          "the resumed event arrives",
          () -> events.stream().anyMatch(e -> e.kind() == StreamTableEvent.Kind.RESUMED));
      StreamTableEvent resumed =
          events.stream()
              .filter(e -> e.kind() == StreamTableEvent.Kind.RESUMED)
              .findFirst()
              .orElseThrow();
      assertEquals(DailyRevenueDao.STREAM_TABLE, resumed.streamTable());
      assertFalse(resumed.isTruncated());
      assertTrue(subscription.isOpen());
    }
  }
}
