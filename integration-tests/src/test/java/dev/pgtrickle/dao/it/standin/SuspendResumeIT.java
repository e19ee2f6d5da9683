package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** alter_stream_table(status => 'SUSPENDED') and resume_stream_table, with its alert. */
class SuspendResumeIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("suspend_resume_it");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1);
                SELECT pgtrickle.create_stream_table('public.pausable', 'SELECT id FROM src', schedule => '1h');
                SELECT pgtrickle.create_stream_table('public.pooled', 'SELECT id FROM src', schedule => '1h',
                    pooler_compatibility_mode => true);
                SELECT pgtrickle.create_stream_table('public.marker', 'SELECT id FROM src', schedule => '1h');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void suspendThenResumeRestoresActiveAndSendsTheResumedAlert() throws SQLException {
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.pausable', status => 'suspended')");
      assertEquals("SUSPENDED", Sql.catalog(c, "public", "pausable").get("status"));

      List<String> messages = Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.pausable')");

      Map<String, Object> row = Sql.catalog(c, "public", "pausable");
      assertEquals("ACTIVE", row.get("status"));
      assertEquals(0, row.get("consecutive_errors"));
      assertNull(row.get("last_error_message"));
      assertTrue(
          messages.stream()
              .anyMatch(m -> m.matches("Stream table public\\.pausable resumed \\(pgt_id=\\d+\\)")),
          messages::toString);
      String expected =
          "{\"database_oid\":"
              + Sql.scalar(
                  c, "SELECT oid::bigint FROM pg_database WHERE datname = current_database()")
              + ",\"event\":\"resumed\",\"pgt_name\":\"pausable\",\"pgt_schema\":\"public\","
              + "\"previous_status\":\"SUSPENDED\",\"st\":\"public.pausable\"}";
      List<String> payloads = alerts.awaitPayloadContaining("\"st\":\"public.pausable\"", TIMEOUT);
      assertTrue(payloads.contains(expected), payloads::toString);
    }
  }

  @Test
  void resumeAcceptsErrorStatusToo() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.marker', status => 'ERROR')");
      Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.marker')");
      assertEquals("ACTIVE", Sql.catalog(c, "public", "marker").get("status"));
      c.rollback();
    }
  }

  @Test
  void poolerCompatibilityModeSuppressesTheAlert() throws SQLException {
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.pooled', status => 'SUSPENDED')");
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.marker', status => 'SUSPENDED')");
      Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.pooled')");
      Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.marker')");

      List<String> payloads = alerts.awaitPayloadContaining("\"st\":\"public.marker\"", TIMEOUT);

      assertTrue(
          payloads.stream().noneMatch(p -> p.contains("\"st\":\"public.pooled\"")),
          payloads::toString);
      assertEquals("ACTIVE", Sql.catalog(c, "public", "pooled").get("status"));
    }
  }
}
