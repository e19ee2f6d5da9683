package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.LiveTotals;
import dev.pgtrickle.dao.it.model.LiveTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An IMMEDIATE stream table is maintained inside the writer's transaction, so the DAO's {@code
 * Connection} overloads see a write before it commits, while other sessions see it only at commit.
 */
class ImmediateReadsIT {
  private static TestDatabase db;
  private static HikariDataSource pool;
  private static HikariDataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("immediate_reads_it");
    Sql.run(
        db.dataSource(),
        Sales.ORDERS,
        "SELECT pgtrickle.create_stream_table('public.live_totals', $q$"
            + Sales.ORDER_TOTALS_QUERY
            + "$q$, refresh_mode => 'IMMEDIATE')");
    pool = db.pool(2);
    reader = db.readOnlyPool(1, "live_totals");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void theWritersTransactionSeesItsWriteBeforeCommitAndOthersAfter() throws SQLException {
    LiveTotalsDao mine = new LiveTotalsDao(pool);
    LiveTotalsDao others = new LiveTotalsDao(reader);
    try (Connection tx = pool.getConnection()) {
      tx.setAutoCommit(false);
      insertOrder(tx, "South", "5.00");
      insertOrder(tx, "South", "2.50");

      assertEquals(
          List.of(new LiveTotals("South", 2, new BigDecimal("7.50"))),
          mine.on(tx).query().where(LiveTotalsDao.REGION.eq("South")).list());
      assertEquals(1, mine.on(tx).count());
      assertEquals(mine.on(tx).findAll(), mine.on(tx).findAll(LiveTotalsDao.REGION.asc()));
      try (Stream<LiveTotals> rows = mine.on(tx).streamAll()) {
        assertEquals(1, rows.count());
      }
      assertTrue(tx.getAutoCommit() == false && !tx.isClosed(), "the caller's transaction goes on");
      assertEquals(
          List.of(),
          others.query().where(LiveTotalsDao.REGION.eq("South")).list(),
          "not visible before commit");

      tx.commit();
    }
    assertEquals(
        List.of(new LiveTotals("South", 2, new BigDecimal("7.50"))),
        others.query().where(LiveTotalsDao.REGION.eq("South")).list());
    Pools.assertAllReturned(pool);
  }

  @Test
  void aRolledBackWriteLeavesNoTrace() throws SQLException {
    LiveTotalsDao dao = new LiveTotalsDao(pool);
    try (Connection tx = pool.getConnection()) {
      tx.setAutoCommit(false);
      insertOrder(tx, "Nowhere", "1.00");
      assertFalse(dao.on(tx).query().where(LiveTotalsDao.REGION.eq("Nowhere")).list().isEmpty());
      tx.rollback();
      assertEquals(List.of(), dao.on(tx).query().where(LiveTotalsDao.REGION.eq("Nowhere")).list());
      tx.commit();
    }
    assertEquals(List.of(), dao.query().where(LiveTotalsDao.REGION.eq("Nowhere")).list());
  }

  private static void insertOrder(Connection tx, String region, String amount) throws SQLException {
    try (PreparedStatement insert =
        tx.prepareStatement(
            "INSERT INTO orders (customer, region, amount) VALUES ('tx', ?, ?::numeric)")) {
      insert.setString(1, region);
      insert.setString(2, amount);
      insert.executeUpdate();
    }
  }
}
