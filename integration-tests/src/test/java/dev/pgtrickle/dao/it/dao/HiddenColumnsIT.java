package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsWithRowId;
import dev.pgtrickle.dao.it.model.OrderTotalsWithRowIdDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An aggregate stream table stores hidden {@code __pgt_*} columns next to the user's. A role that
 * may read only the user columns proves that the DAO never asks for a hidden one: PostgreSQL checks
 * column privileges, so {@code SELECT *} or any {@code __pgt_*} column would fail.
 */
class HiddenColumnsIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource userColumnsOnly;

  @BeforeAll
  static void createTableAndColumnRestrictedRole() throws SQLException {
    db = TestDatabase.create("hidden_columns_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        Sales.ORDERS,
        Sales.createStreamTable("order_totals", Sales.ORDER_TOTALS_QUERY, "DIFFERENTIAL"));
    Sales.sampleOrders(owner);
    Sql.refresh(owner, "public.order_totals");
    userColumnsOnly = db.readOnlyPool(1, "order_totals");
    String role = userColumnsOnly.getUsername();
    db.execute(
        "REVOKE SELECT ON public.order_totals FROM \""
            + role
            + "\";"
            + "GRANT SELECT (region, order_count, total) ON public.order_totals TO \""
            + role
            + "\"");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void theStorageTableReallyHasHiddenColumnsBeforeAndAfterTheUserColumns() {
    List<Object> columns =
        Sql.rows(
                owner,
                "SELECT attname::text FROM pg_attribute WHERE attrelid ="
                    + " 'public.order_totals'::regclass AND attnum > 0 AND NOT attisdropped"
                    + " ORDER BY attnum")
            .stream()
            .map(row -> row.get(0))
            .toList();

    assertEquals("__pgt_row_id", columns.get(0));
    assertEquals(List.of("region", "order_count", "total"), columns.subList(1, 4));
    assertTrue(columns.contains("__pgt_count"), "aggregates keep a hidden count: " + columns);
  }

  @Test
  void everyDaoReadWorksWithoutAccessToTheHiddenColumns() {
    OrderTotalsDao dao = new OrderTotalsDao(userColumnsOnly);

    List<OrderTotals> all = dao.findAll();
    assertEquals(
        Sql.value(owner, "SELECT count(DISTINCT region) + 1 FROM orders"), (long) all.size());
    assertEquals(1, dao.query().where(OrderTotalsDao.REGION.eq("West")).list().size());
    assertEquals(all.size(), dao.count());
    try (Stream<OrderTotals> rows = dao.streamAll()) {
      assertEquals(all.size(), rows.count());
    }
    assertEquals(all.size(), dao.findAll(OrderTotalsDao.ORDER_COUNT.desc()).size());
  }

  @Test
  void selectStarIsRefusedForTheSameRoleSoTheTestCanTellTheDifference() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (var connection = userColumnsOnly.getConnection();
                  var statement = connection.createStatement()) {
                statement.executeQuery("SELECT * FROM public.order_totals").close();
              }
            });
    assertEquals("42501", e.getSQLState());
  }

  @Test
  void aRowIdComponentReadsTheOneHiddenColumnItNamesAndNeedsItsGrant() {
    OrderTotalsWithRowIdDao dao = new OrderTotalsWithRowIdDao(userColumnsOnly);

    StreamTableException e = assertThrows(StreamTableException.class, dao::findAll);
    assertEquals("42501", e.sqlState().orElseThrow());
    assertTrue(e.sql().orElseThrow().contains("\"__pgt_row_id\""), e.getMessage());
    assertTrue(e.getMessage().contains("public.order_totals"), e.getMessage());

    OrderTotalsWithRowIdDao ownerDao = new OrderTotalsWithRowIdDao(owner);
    List<OrderTotalsWithRowId> rows = ownerDao.findAll();
    Set<RowIdentity> rowIds =
        Sql.rows(owner, "SELECT __pgt_row_id FROM public.order_totals").stream()
            .map(row -> RowIdentity.of((byte[]) row.get(0)))
            .collect(Collectors.toSet());
    assertEquals(
        rowIds, rows.stream().map(OrderTotalsWithRowId::rowId).collect(Collectors.toSet()));
    assertEquals(rows.size(), rowIds.size());

    // Found again by its bytea row id, and equal as a record (RowIdentity compares by content).
    OrderTotalsWithRowId first = rows.get(0);
    assertEquals(
        List.of(first),
        ownerDao.query().where(OrderTotalsWithRowIdDao.ROW_ID.eq(first.rowId())).list());
    assertEquals(
        rows.size(), ownerDao.query().where(OrderTotalsWithRowIdDao.ROW_ID.in(rowIds)).count());
    assertEquals(
        List.of(),
        ownerDao
            .query()
            .where(OrderTotalsWithRowIdDao.ROW_ID.eq(RowIdentity.of(new byte[] {1, 2, 3})))
            .list());
    // The null rule: eq(null) is IS NULL, and pg_trickle declares the row id NOT NULL.
    assertEquals(List.of(), ownerDao.query().where(OrderTotalsWithRowIdDao.ROW_ID.eq(null)).list());
  }
}
