package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.docs.querying.OrderTotals;
import dev.pgtrickle.dao.it.docs.querying.OrderTotalsDao;
import dev.pgtrickle.dao.it.docs.querying.OrderTotalsRepository;
import dev.pgtrickle.dao.it.docs.querying.OrderTotalsRepositoryImpl;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries page's examples (docs/querying.md) against the seed guide's sample orders, read as a
 * role that may only read the stream table: East 105.49 (2 orders), West 10.00, North NULL, and the
 * NULL region 42.00.
 */
class QueryingDocsIT {
  private static final OrderTotals EAST = new OrderTotals("East", 2, new BigDecimal("105.49"));
  private static final OrderTotals WEST = new OrderTotals("West", 1, new BigDecimal("10.00"));
  private static final OrderTotals NORTH = new OrderTotals("North", 1, null);

  private static TestDatabase db;
  private static HikariDataSource reader;
  private static OrderTotalsDao dao;

  @BeforeAll
  static void createTheStreamTable() throws SQLException {
    db = TestDatabase.create("querying_docs_it");
    Sales.createAll(db.dataSource());
    Sales.sampleOrders(db.dataSource());
    Sql.refresh(db.dataSource(), "public.order_totals");
    reader = db.readOnlyPool(2, "order_totals");
    dao = new OrderTotalsDao(reader);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void typedQueriesFilterOrderAndAggregate() {
    // tag::typed-query[]
    List<OrderTotals> rows =
        dao.query()
            .where(
                OrderTotalsDao.REGION
                    .in("East", "North", "West")
                    .and(OrderTotalsDao.ORDER_COUNT.gt(1L).or(OrderTotalsDao.TOTAL.isNull())))
            .orderBy(OrderTotalsDao.TOTAL.desc().nullsLast().then(OrderTotalsDao.REGION.asc()))
            .limit(20)
            .offset(0)
            .list(); // also stream(), first(), one(), optional()
    long east = dao.query().where(OrderTotalsDao.REGION.like("E%")).count(); // also exists()
    Optional<BigDecimal> total = dao.query().sum(OrderTotalsDao.TOTAL); // avg, min, max, count
    // end::typed-query[]

    assertEquals(List.of(EAST, NORTH), rows);
    assertEquals(1, east);
    assertEquals(Optional.of(new BigDecimal("157.49")), total);
  }

  @Test
  void lookupsAreConditionsOnTheTypedQuery() {
    // tag::lookups[]
    List<OrderTotals> east = dao.query().where(OrderTotalsDao.REGION.eq("East")).list();
    List<OrderTotals> unknown = dao.query().where(OrderTotalsDao.REGION.eq(null)).list(); // IS NULL
    Optional<OrderTotals> one = dao.query().where(OrderTotalsDao.REGION.eq("East")).optional();
    long busy = dao.query().where(OrderTotalsDao.ORDER_COUNT.gt(1)).count(); // an int literal
    // end::lookups[]

    assertEquals(List.of(EAST), east);
    assertEquals(1, unknown.size());
    assertEquals(null, unknown.get(0).region());
    assertEquals(new BigDecimal("42.00"), unknown.get(0).total());
    assertEquals(Optional.of(EAST), one);
    assertEquals(1, busy);
  }

  @Test
  void aSortIsBuiltOnceAndOrdersFindAllAndQueries() {
    // tag::sort[]
    Sort<OrderTotals> biggestFirst =
        OrderTotalsDao.TOTAL.desc().nullsLast().then(OrderTotalsDao.REGION.asc());
    List<OrderTotals> sorted = dao.findAll(biggestFirst); // = query().orderBy(...).list()
    List<OrderTotals> top = dao.query().orderBy(biggestFirst).limit(2).list();
    // end::sort[]

    assertEquals(4, sorted.size());
    assertEquals(EAST, sorted.get(0));
    assertEquals(new BigDecimal("42.00"), sorted.get(1).total());
    assertEquals(List.of(WEST, NORTH), sorted.subList(2, 4));
    assertEquals(sorted.subList(0, 2), top);
  }

  @Test
  void onConnectionReadsInTheCallersTransactionAndLeavesItOpen() throws SQLException {
    try (Connection connection = reader.getConnection()) {
      // tag::on-connection[]
      connection.setAutoCommit(false); // your transaction
      StreamTableDao<OrderTotals> inTx = dao.on(connection); // every read runs on it
      List<OrderTotals> east = inTx.query().where(OrderTotalsDao.REGION.eq("East")).list();
      long rows = inTx.count();
      connection.commit(); // yours to commit or roll back; the DAO never closes it
      // end::on-connection[]

      assertEquals(List.of(EAST), east);
      assertEquals(4, rows);
      assertFalse(connection.isClosed());
    }
  }

  @Test
  void aDeclaredRepositoryReadsThroughItsGeneratedImplementation() throws SQLException {
    // tag::repository-new[]
    OrderTotalsRepository repository = new OrderTotalsRepositoryImpl(reader);
    // end::repository-new[]

    assertEquals(List.of(WEST), repository.findByRegionOrderByTotalDesc("West"));
    assertEquals(
        Optional.of(EAST), repository.findFirstByTotalGreaterThanOrderByTotalDesc(BigDecimal.TEN));
    assertEquals(
        Set.of(EAST, WEST),
        Set.copyOf(
            repository.findTop3ByRegionInAndTotalIsNotNull(List.of("East", "West", "North"))));
    try (Connection connection = reader.getConnection()) {
      assertEquals(List.of(EAST), repository.on(connection).findByRegionIgnoreCase("EAST"));
    }
    try (Stream<OrderTotals> rows = repository.streamByOrderCountBetween(2, 5)) {
      assertEquals(List.of(EAST), rows.toList());
    }
    assertEquals(2, repository.countByRegionNot("East"));
    assertTrue(repository.existsByRegion("North"));
    assertFalse(repository.existsByRegion("South"));
    assertEquals(List.of(EAST), repository.east());
    assertEquals(List.of(EAST), repository.bigIn("East", new BigDecimal("100")));
    assertEquals(Optional.of(new BigDecimal("105.49")), repository.totalOf("East"));
    assertEquals(Optional.empty(), repository.totalOf("South"));
  }

  @Test
  void keysetPagesFollowTheOrderingAndOffsetPagesSkip() throws SQLException {
    // tag::pagination[]
    Select<OrderTotals> byTotal =
        dao.query()
            .where(OrderTotalsDao.REGION.isNotNull())
            .orderBy(
                OrderTotalsDao.TOTAL
                    .desc()
                    .nullsLast()
                    .then(OrderTotalsDao.REGION.asc())); // must end in a unique key

    Page<OrderTotals> page = byTotal.page(PageRequest.first(2));
    List<OrderTotals> rows = page.rows(); // at most 2 rows
    boolean more = page.hasNext(); // whether more follow
    String cursor = page.nextCursor().orElseThrow(); // opaque, URL-safe
    Page<OrderTotals> next = byTotal.page(PageRequest.after(cursor, 2));
    Page<OrderTotals> skipped = byTotal.page(PageRequest.offset(2, 2)); // LIMIT 2 OFFSET 2
    // end::pagination[]

    assertEquals(List.of(EAST, WEST), rows);
    assertTrue(more);
    assertEquals(List.of(NORTH), next.rows());
    assertFalse(next.hasNext());
    assertEquals(List.of(NORTH), skipped.rows());

    OrderTotalsRepository repository = new OrderTotalsRepositoryImpl(reader);
    assertEquals(
        List.of(NORTH, EAST), // a derived OrderBy...Desc keeps PostgreSQL's NULLS FIRST
        repository.findByRegionIsNotNullOrderByTotalDescRegionAsc(PageRequest.first(2)).rows());
    try (Connection connection = reader.getConnection()) {
      assertEquals(
          List.of(EAST, NORTH),
          repository.on(connection).findAllOrderByRegion(PageRequest.first(2)).rows());
    }
  }
}
