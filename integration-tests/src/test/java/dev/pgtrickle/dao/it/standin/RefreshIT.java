package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Manual refresh: data_timestamp moves only when the contents change, last_refresh_at always. The
 * tables use a long schedule so a real scheduler leaves them alone during the test.
 */
class RefreshIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("refresh_it");
    db.execute(
        """
                CREATE TABLE readings (id int PRIMARY KEY, sensor text, value int);
                INSERT INTO readings VALUES (1, 'a', 10), (2, 'b', 20);
                CREATE TABLE stable_readings (id int PRIMARY KEY, sensor text, value int);
                INSERT INTO stable_readings VALUES (1, 'a', 10), (2, 'b', 20);
                SELECT pgtrickle.create_stream_table('public.sensor_sums',
                    'SELECT sensor, sum(value) AS total FROM readings GROUP BY sensor',
                    schedule => '1h', refresh_mode => 'DIFFERENTIAL');
                SELECT pgtrickle.create_stream_table('public.readings_full',
                    'SELECT id, sensor, value FROM stable_readings', schedule => '1h', refresh_mode => 'FULL');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void refreshThatChangesRowsMovesBothTimestamps() throws SQLException {
    try (Connection c = db.connect()) {
      OffsetDateTime dataBefore = Sql.catalogTime(c, "public", "sensor_sums", "data_timestamp");
      OffsetDateTime refreshBefore = Sql.catalogTime(c, "public", "sensor_sums", "last_refresh_at");
      Sql.run(c, "INSERT INTO readings VALUES (3, 'c', 5)");

      Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.sensor_sums')");

      assertTrue(Sql.catalogTime(c, "public", "sensor_sums", "data_timestamp").isAfter(dataBefore));
      assertTrue(
          Sql.catalogTime(c, "public", "sensor_sums", "last_refresh_at").isAfter(refreshBefore));
      assertEquals(
          List.of("a=10", "b=20", "c=5"),
          Sql.column(c, "SELECT sensor || '=' || total FROM sensor_sums ORDER BY sensor"));
      Map<String, Object> history =
          Sql.row(
              c,
              """
                    SELECT h.initiated_by, h.status FROM pgtrickle.pgt_refresh_history h
                    JOIN pgtrickle.pgt_stream_tables st USING (pgt_id)
                    WHERE st.pgt_name = 'sensor_sums' ORDER BY h.refresh_id DESC LIMIT 1
                    """);
      assertEquals(Map.of("initiated_by", "MANUAL", "status", "COMPLETED"), history);
    }
  }

  @Test
  void noOpRefreshMovesOnlyLastRefreshAt() throws SQLException {
    try (Connection c = db.connect()) {
      OffsetDateTime dataBefore = Sql.catalogTime(c, "public", "readings_full", "data_timestamp");
      OffsetDateTime refreshBefore =
          Sql.catalogTime(c, "public", "readings_full", "last_refresh_at");

      List<String> messages =
          Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.readings_full')");

      assertEquals(dataBefore, Sql.catalogTime(c, "public", "readings_full", "data_timestamp"));
      assertTrue(
          Sql.catalogTime(c, "public", "readings_full", "last_refresh_at").isAfter(refreshBefore));
      assertEquals(
          List.of(
              "Stream table public.readings_full refreshed (FULL, no-op — data_timestamp preserved)"),
          messages);
      assertEquals("ACTIVE", Sql.catalog(c, "public", "readings_full").get("status"));
    }
  }

  @Test
  void refreshResolvesUnqualifiedNamesInTheCurrentSchema() throws SQLException {
    try (Connection c = db.connect()) {
      OffsetDateTime refreshBefore =
          Sql.catalogTime(c, "public", "readings_full", "last_refresh_at");
      Sql.run(c, "SELECT pgtrickle.refresh_stream_table('readings_full')");
      assertTrue(
          Sql.catalogTime(c, "public", "readings_full", "last_refresh_at").isAfter(refreshBefore));
    }
  }

  @Test
  void refreshInsideATransactionLeavesTheGuardBypassOnUntilCommit() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.readings_full')");
        assertEquals(
            "true", Sql.scalar(c, "SELECT current_setting('pg_trickle.internal_refresh', true)"));
        assertEquals("off", Sql.scalar(c, "SELECT current_setting('row_security')"));
      } finally {
        c.rollback();
      }
      assertTrue(
          !"true"
              .equals(Sql.scalar(c, "SELECT current_setting('pg_trickle.internal_refresh', true)")),
          "SET LOCAL ends with the transaction");
    }
  }
}
