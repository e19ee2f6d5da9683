package dev.pgtrickle.dao.it.query;

import static dev.pgtrickle.dao.it.query.OrderLineDao.AMOUNT;
import static dev.pgtrickle.dao.it.query.OrderLineDao.CUSTOMER;
import static dev.pgtrickle.dao.it.query.OrderLineDao.ID;
import static dev.pgtrickle.dao.it.query.OrderLineDao.ORDERED_AT;
import static dev.pgtrickle.dao.it.query.OrderLineDao.REGION;
import static dev.pgtrickle.dao.it.query.QueryFixture.ids;
import static dev.pgtrickle.dao.it.query.QueryFixture.idsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.InvalidPageCursorException;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyset and offset pages of typed queries and finder interfaces against PostgreSQL 18, read
 * through the read-only role, compared with the same ordering computed by SQL on the source table:
 * every direction and NULL placement, timestamps, numerics with NULLs and ties in the leading keys,
 * a filter, a refresh between pages, and the errors.
 */
class PageIT {
  private static TestDatabase db;
  private static DataSource source;
  private static OrderLineDao dao;
  private static OrderLineRepository queries;

  @BeforeAll
  static void createData() throws SQLException {
    db = TestDatabase.create("page_it");
    source = db.dataSource();
    Sql.run(
        source,
        Sales.ORDERS,
        Sales.createStreamTable("order_lines", QueryFixture.ORDER_LINES_QUERY, "FULL"),
        "INSERT INTO orders (customer, region, amount, ordered_at)"
            + " SELECT 'c' || (i % 7),"
            + " CASE WHEN i % 5 = 0 THEN NULL ELSE 'r' || (i % 4) END,"
            + " CASE WHEN i % 6 = 0 THEN NULL ELSE ((i * 37) % 50)::numeric / 2 END,"
            + " timestamptz '2026-01-01 00:00:00+00' + (i % 40) * interval '1 hour'"
            + " FROM generate_series(1, 300) AS i");
    Sql.refresh(source, "public.order_lines");
    DataSource reader = db.readOnlyPool(4, "public.order_lines");
    dao = new OrderLineDao(reader);
    queries = new OrderLineRepositoryImpl(reader);
  }

  @AfterAll
  static void dropData() throws SQLException {
    db.close();
  }

  /** Reads every page of {@code select} and returns the ids, checking each page's shape. */
  private static List<Long> pageThrough(Select<OrderLine> select, int size) {
    List<Long> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(size);
    while (true) {
      Page<OrderLine> page = select.page(request);
      assertTrue(page.rows().size() <= size);
      ids.addAll(idsOf(page.rows()));
      if (!page.hasNext()) {
        return ids;
      }
      assertEquals(size, page.rows().size(), "only the last page may be short");
      request = PageRequest.after(page.nextCursor().orElseThrow(), size);
    }
  }

  @Test
  void keysetPagesFollowTheSourcesOrderForEveryDirectionAndNullPlacement() {
    Map<Sort<OrderLine>, String> orderings =
        Map.of(
            ID.asc(), "id",
            REGION.asc().then(ID.asc()), "region ASC NULLS LAST, id",
            REGION.desc().then(ID.desc()), "region DESC NULLS FIRST, id DESC",
            REGION.asc().nullsFirst().then(AMOUNT.desc().nullsLast()).then(ID.asc()),
                "region ASC NULLS FIRST, amount DESC NULLS LAST, id",
            AMOUNT.desc().then(REGION.desc().nullsLast()).then(ID.desc()),
                "amount DESC NULLS FIRST, region DESC NULLS LAST, id DESC",
            ORDERED_AT.desc().then(CUSTOMER.asc()).then(ID.asc()), "ordered_at DESC, customer, id");
    orderings.forEach(
        (order, sql) -> {
          List<Long> expected = ids(source, "SELECT id FROM orders ORDER BY " + sql);
          for (int size : new int[] {7, 50, 300, 1000}) {
            assertEquals(
                expected, pageThrough(dao.query().orderBy(order), size), sql + ", size " + size);
          }
        });
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY amount DESC NULLS FIRST, id"),
        pageThrough(dao.query().orderBy(AMOUNT.desc().then(ID.asc())), 1));
  }

  @Test
  void aConditionAndPagesCombine() {
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE customer = 'c3' ORDER BY amount NULLS LAST, id"),
        pageThrough(
            dao.query().where(CUSTOMER.eq("c3")).orderBy(AMOUNT.asc().nullsLast().then(ID.asc())),
            4));
  }

  @Test
  void offsetPagesMatchLimitAndOffsetAndTheirCursorContinuesByOffset() {
    Select<OrderLine> byId = dao.query().orderBy(ID.desc());
    Page<OrderLine> third = byId.page(PageRequest.offset(20, 10));
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY id DESC LIMIT 10 OFFSET 20"),
        idsOf(third.rows()));
    Page<OrderLine> fourth = byId.page(third.nextRequest().orElseThrow());
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY id DESC LIMIT 10 OFFSET 30"),
        idsOf(fourth.rows()));
    Page<OrderLine> last = byId.page(PageRequest.offset(295, 10));
    assertEquals(5, last.rows().size());
    assertFalse(last.hasNext());
    assertTrue(byId.page(PageRequest.offset(300, 10)).rows().isEmpty());
  }

  @Test
  void aRefreshBetweenPagesNeitherRepeatsNorSkipsARow() {
    Select<OrderLine> byTime = dao.query().orderBy(ORDERED_AT.asc().then(ID.asc()));
    Page<OrderLine> first = byTime.page(PageRequest.first(40));
    List<Long> seen = new ArrayList<>(idsOf(first.rows()));
    OrderLine last = first.rows().get(first.rows().size() - 1);
    // Rows before and after the cursor come and go; one row moves from after it to before it.
    Sql.run(
        source,
        "INSERT INTO orders (customer, region, amount, ordered_at) VALUES"
            + " ('new', 'r1', 1, timestamptz '2025-12-31 00:00:00+00'),"
            + " ('new', 'r1', 1, timestamptz '2026-06-01 00:00:00+00')",
        "DELETE FROM orders WHERE id = " + seen.get(3),
        "DELETE FROM orders WHERE id = (SELECT max(id) FROM orders WHERE customer <> 'new')");
    Sql.refresh(source, "public.order_lines");
    PageRequest request = first.nextRequest().orElseThrow();
    while (true) {
      Page<OrderLine> page = byTime.page(request);
      seen.addAll(idsOf(page.rows()));
      if (!page.hasNext()) {
        break;
      }
      request = page.nextRequest().orElseThrow();
    }
    Set<Long> unique = new HashSet<>(seen);
    assertEquals(seen.size(), unique.size(), "no row is read twice");
    List<Long> afterCursor =
        ids(
            source,
            "SELECT id FROM orders WHERE (ordered_at, id) > (?::timestamptz, ?)"
                + " ORDER BY ordered_at, id",
            last.orderedAt().toString(),
            last.id());
    assertEquals(afterCursor, seen.subList(40, seen.size()), "every row after the cursor, once");
  }

  @Test
  void aTieAcrossAPageBoundaryIsRefused() {
    StreamTableException e =
        assertThrows(
            StreamTableException.class,
            () -> dao.query().orderBy(REGION.asc()).page(PageRequest.first(3)));
    assertEquals(StreamTableException.Reason.NON_UNIQUE_ORDER, e.reason());
    assertTrue(e.getMessage().contains("is not unique"), e.getMessage());
    assertTrue(e.sql().orElseThrow().contains("ORDER BY \"region\" ASC LIMIT ?"));
  }

  @Test
  void malformedAndForeignCursorsAreTypedErrors() {
    String cursor =
        dao.query().orderBy(ID.asc()).page(PageRequest.first(5)).nextCursor().orElseThrow();
    assertThrows(
        InvalidPageCursorException.class,
        () -> dao.query().orderBy(ID.desc()).page(PageRequest.after(cursor, 5)));
    assertThrows(
        InvalidPageCursorException.class,
        () -> dao.query().orderBy(ID.asc()).page(PageRequest.after(cursor + "A", 5)));
    assertThrows(
        InvalidPageCursorException.class,
        () -> dao.query().orderBy(ID.asc()).page(PageRequest.after("not a cursor", 5)));
    assertThrows(IllegalStateException.class, () -> dao.query().page(PageRequest.first(5)));
    assertThrows(
        IllegalStateException.class,
        () -> dao.query().orderBy(ID.asc()).limit(3).page(PageRequest.first(5)));
  }

  @Test
  void finderInterfacesReturnPages() throws SQLException {
    List<Long> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(6);
    while (request != null) {
      Page<OrderLine> page = queries.findByRegionOrderByAmountDescIdAsc("r2", request);
      ids.addAll(idsOf(page.rows()));
      request = page.nextRequest().orElse(null);
    }
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE region = 'r2' ORDER BY amount DESC, id"), ids);
    try (Connection connection = db.readOnlyPool(4, "public.order_lines").getConnection()) {
      connection.setAutoCommit(false);
      Page<OrderLine> page =
          queries.on(connection).findAllOrderByOrderedAtDescId(PageRequest.offset(10, 5));
      assertEquals(
          ids(source, "SELECT id FROM orders ORDER BY ordered_at DESC, id LIMIT 5 OFFSET 10"),
          idsOf(page.rows()));
      connection.commit();
    }
  }
}
