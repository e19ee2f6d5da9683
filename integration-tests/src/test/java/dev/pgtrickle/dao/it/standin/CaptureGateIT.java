package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Manual refresh refuses to run while change capture is quiesced for an upgrade or quarantined
 * after a restore or clone (0.92+), with 22023 and the release's texts.
 */
class CaptureGateIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTable() throws SQLException {
    db = TestDatabase.create("capture_gate_it");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1);
                SELECT pgtrickle.create_stream_table('public.gated', 'SELECT id FROM src', schedule => '1h');
                SELECT pgtrickle.refresh_stream_table('public.gated');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void aQuiescedCaptureRefusesRefreshUntilResumeAll() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        assertEquals(true, Sql.scalar(c, "SELECT pgtrickle.quiesce()"));
        Sql.exec(c, "SAVEPOINT refused");
        assertEquals(
            "invalid argument: pg_trickle capture is quiesced; run pgtrickle.resume_all() after "
                + "the upgrade",
            failure(c, "SELECT pgtrickle.refresh_stream_table('public.gated')"));
        Sql.exec(c, "ROLLBACK TO SAVEPOINT refused");
        assertEquals(true, Sql.scalar(c, "SELECT pgtrickle.resume_all()"));
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.gated')");
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void aQuarantinedCaptureRefusesRefreshAndResumeAll() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(c, "UPDATE pgtrickle.pgt_capture_instance SET state = 'QUARANTINED'");
        Sql.exec(c, "SAVEPOINT refused");
        assertEquals(
            "invalid argument: pg_trickle capture is quarantined because database identity changed; "
                + "run pgtrickle.recover_capture_instance() and then repair affected stream tables",
            failure(c, "SELECT pgtrickle.refresh_stream_table('public.gated')"));
        Sql.exec(c, "ROLLBACK TO SAVEPOINT refused");
        assertEquals(
            "invalid argument: capture instance is quarantined; recover_capture_instance() is required",
            failure(c, "SELECT pgtrickle.resume_all()"));
      } finally {
        c.rollback();
      }
    }
  }

  private static String failure(Connection c, String sql) {
    PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
    assertEquals("22023", e.getSQLState(), () -> sql + " -> " + e.getMessage());
    return e.getServerErrorMessage().getMessage();
  }
}
