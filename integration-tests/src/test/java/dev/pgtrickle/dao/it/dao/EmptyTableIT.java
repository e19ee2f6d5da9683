package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Freshness;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A populated stream table over an empty source has no rows, and says it is current. */
class EmptyTableIT {
  private static TestDatabase db;
  private static OrderTotalsDao dao;

  @BeforeAll
  static void createEmptyTable() throws SQLException {
    db = TestDatabase.create("empty_table_it");
    Sql.run(
        db.dataSource(),
        Sales.ORDERS,
        Sales.createStreamTable("order_totals", Sales.ORDER_TOTALS_QUERY, "DIFFERENTIAL"));
    dao = new OrderTotalsDao(db.readOnlyRole("order_totals"));
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyFinderReturnsNothingAndFreshnessIsStillKnown() {
    assertEquals(List.of(), dao.findAll());
    assertEquals(List.of(), dao.findAll(OrderTotalsDao.REGION.desc()));
    assertEquals(List.of(), dao.query().where(OrderTotalsDao.REGION.eq(null)).list());
    assertEquals(0, dao.count());
    try (Stream<?> rows = dao.streamAll()) {
      assertEquals(0, rows.count());
    }
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
    assertTrue(dao.freshness().isPopulated());
    assertTrue(dao.freshness().dataTimestamp().isPresent());
  }
}
