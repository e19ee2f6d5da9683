package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.BigSeries;
import dev.pgtrickle.dao.it.model.BigSeriesDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code streamAll()} over 100,000 rows: a server-side cursor that holds one pooled connection
 * while the stream is open and gives it back when the stream is closed.
 */
class StreamAllIT {
  private static final long ROWS = 100_000;

  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createSeries() throws SQLException {
    db = TestDatabase.create("stream_all_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE series (id bigint PRIMARY KEY, label text, amount numeric(12,2), at timestamptz)",
        "INSERT INTO series SELECT g, 'row ' || g, g * 0.01,"
            + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
            + " FROM generate_series(1, "
            + ROWS
            + ") g",
        "SELECT pgtrickle.create_stream_table('public.big_series',"
            + " 'SELECT id, label, amount, at FROM series', schedule => '1h', refresh_mode => 'FULL')");
    pool = db.readOnlyPool(2, "big_series");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void allRowsStreamThroughOneConnectionThatReturnsToThePoolOnClose() {
    BigSeriesDao dao = new BigSeriesDao(pool);
    AtomicLong count = new AtomicLong();
    AtomicLong idSum = new AtomicLong();
    BigDecimal[] amountSum = {BigDecimal.ZERO};

    try (Stream<BigSeries> rows = dao.streamAll()) {
      assertEquals(1, Pools.active(pool), "the open stream holds one connection");
      rows.forEach(
          row -> {
            count.incrementAndGet();
            idSum.addAndGet(row.id());
            amountSum[0] = amountSum[0].add(row.amount());
            if (row.id() == ROWS) {
              assertEquals(Instant.parse("2026-01-02T03:46:40Z"), row.at());
              assertEquals("row " + ROWS, row.label());
            }
          });
    }

    assertEquals(ROWS, count.get());
    assertEquals(ROWS * (ROWS + 1) / 2, idSum.get());
    assertEquals(Sql.value(owner, "SELECT sum(amount) FROM series"), amountSum[0]);
    Pools.assertAllReturned(pool);
  }

  @Test
  void theServerRunsACursorOverTheListedColumnsNotSelectStar() throws SQLException {
    BigSeriesDao dao = new BigSeriesDao(pool);
    String role = pool.getUsername();
    try (Stream<BigSeries> rows = dao.streamAll()) {
      Iterator<BigSeries> iterator = rows.iterator();
      assertTrue(iterator.next().id() > 0);
      List<List<Object>> activity =
          Sql.rows(
              owner,
              "SELECT state, query FROM pg_stat_activity WHERE usename = ? AND state <> 'idle'",
              role);

      assertEquals(1, activity.size(), activity.toString());
      assertEquals(
          "idle in transaction", activity.get(0).get(0), "the cursor's transaction is open");
      String query = (String) activity.get(0).get(1);
      assertEquals(
          "SELECT \"id\", \"label\", \"amount\", \"at\" FROM \"public\".\"big_series\"", query);
    }
    Pools.assertAllReturned(pool);
  }

  @Test
  void closingAStreamEarlyReleasesTheCursorAndRestoresAutoCommitOnTheCallersConnection()
      throws SQLException {
    BigSeriesDao dao = new BigSeriesDao(pool);
    try (Connection connection = pool.getConnection()) {
      assertTrue(connection.getAutoCommit());
      try (Stream<BigSeries> rows = dao.on(connection).streamAll()) {
        assertEquals(10, rows.limit(10).count());
        assertFalse(connection.getAutoCommit(), "cursors need a transaction");
      }
      assertTrue(connection.getAutoCommit(), "auto-commit restored on close");
      assertFalse(connection.isClosed(), "the caller's connection stays open");
      assertEquals(ROWS, dao.on(connection).count());
    }
    Pools.assertAllReturned(pool);
  }

  @Test
  void aStreamReadToTheEndWithoutCloseStillReturnsItsConnection() {
    BigSeriesDao dao = new BigSeriesDao(pool);

    Iterator<BigSeries> rows = dao.streamAll().iterator();
    long n = 0;
    while (rows.hasNext()) {
      rows.next();
      n++;
    }

    assertEquals(ROWS, n);
    Pools.assertAllReturned(pool);
  }
}
