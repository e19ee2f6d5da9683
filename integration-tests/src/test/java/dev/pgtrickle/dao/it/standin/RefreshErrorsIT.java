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
import org.postgresql.util.ServerErrorMessage;

/** The SQLSTATEs and exact messages of refresh and resume failures. */
class RefreshErrorsIT {

  private static final String NOT_FOUND_HINT =
      "Use pgtrickle.pgt_status() to list existing stream tables. "
          + "Ensure the name is schema-qualified (e.g., 'public.my_table').";

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("refresh_errors_it");
    db.execute(
        """
                CREATE SCHEMA sales;
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1);
                SELECT pgtrickle.create_stream_table('public.paused', 'SELECT id FROM src', schedule => '1h');
                SELECT pgtrickle.create_stream_table('sales.broken', 'SELECT id FROM public.src', schedule => '1h');
                SELECT pgtrickle.create_stream_table('public.healthy', 'SELECT id FROM src', schedule => '1h');
                SELECT pgtrickle.alter_stream_table('public.paused', status => 'SUSPENDED');
                SELECT pgtrickle.alter_stream_table('sales.broken', status => 'error');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void unknownStreamTableIs42P01WithTheResolvedSchemaAndAHint() throws SQLException {
    try (Connection c = db.connect()) {
      ServerErrorMessage qualified =
          failure(c, "SELECT pgtrickle.refresh_stream_table('sales.nope')", "42P01");
      assertEquals("stream table not found: sales.nope", qualified.getMessage());
      assertEquals(NOT_FOUND_HINT, qualified.getHint());

      ServerErrorMessage unqualified =
          failure(c, "SELECT pgtrickle.refresh_stream_table('nope')", "42P01");
      assertEquals("stream table not found: public.nope", unqualified.getMessage());

      Sql.exec(c, "SET search_path = sales, public");
      ServerErrorMessage inSales =
          failure(c, "SELECT pgtrickle.refresh_stream_table('nope')", "42P01");
      assertEquals("stream table not found: sales.nope", inSales.getMessage());
    }
  }

  @Test
  void namesAreCaseSensitiveButQuotesAreStripped() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "stream table not found: public.HEALTHY",
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.HEALTHY')", "42P01")
              .getMessage());
      assertEquals(
          "stream table not found: public.HEALTHY",
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.\"HEALTHY\"')", "42P01")
              .getMessage());
      Sql.run(c, "SELECT pgtrickle.refresh_stream_table(' \"public\" . \"healthy\" ')");
    }
  }

  @Test
  void refreshingASuspendedTableIs22023() throws SQLException {
    try (Connection c = db.connect()) {
      ServerErrorMessage error =
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.paused')", "22023");
      assertEquals(
          "invalid argument: stream table public.paused is suspended ; "
              + "use pgtrickle.resume_stream_table('paused') first",
          error.getMessage());
      assertEquals(
          "See docs/SQL_REFERENCE.md for valid parameter values and syntax.", error.getHint());
    }
  }

  @Test
  void refreshingATableInErrorStateIs22023WithTheQualifiedNameOutsidePublic() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "invalid argument: stream table sales.broken is in error state ; "
              + "use pgtrickle.resume_stream_table('sales.broken') first",
          failure(c, "SELECT pgtrickle.refresh_stream_table('sales.broken')", "22023")
              .getMessage());
    }
  }

  @Test
  void resumingAnActiveTableIs22023() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "invalid argument: stream table public.healthy is not suspended or in error state "
              + "(current status: ACTIVE)",
          failure(c, "SELECT pgtrickle.resume_stream_table('public.healthy')", "22023")
              .getMessage());
      assertEquals(
          "stream table not found: public.nope",
          failure(c, "SELECT pgtrickle.resume_stream_table('nope')", "42P01").getMessage());
    }
  }

  @Test
  void unknownStatusAndRefreshModeAre22023() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "invalid argument: unknown status: PAUSED",
          failure(
                  c,
                  "SELECT pgtrickle.alter_stream_table('public.healthy', status => 'PAUSED')",
                  "22023")
              .getMessage());
      assertEquals(
          "invalid argument: unknown refresh mode: SOMETIMES. "
              + "Must be 'AUTO', 'FULL', 'DIFFERENTIAL', or 'IMMEDIATE'",
          failure(
                  c,
                  "SELECT pgtrickle.create_stream_table('public.x', 'SELECT 1 AS one', "
                      + "refresh_mode => 'SOMETIMES')",
                  "22023")
              .getMessage());
      assertEquals(
          "invalid argument: use 'calculated' instead of NULL to set CALCULATED schedule",
          failure(
                  c,
                  "SELECT pgtrickle.create_stream_table('public.x', 'SELECT 1 AS one', "
                      + "schedule => NULL)",
                  "22023")
              .getMessage());
    }
  }

  @Test
  void explainRefreshModeOfAnUnknownTableIsXX000() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "diagnostic error: stream table 'nope' not found",
          failure(c, "SELECT * FROM pgtrickle.explain_refresh_mode('nope')", "XX000").getMessage());
    }
  }

  private static ServerErrorMessage failure(Connection c, String sql, String sqlState) {
    PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
    assertEquals(sqlState, e.getSQLState(), () -> sql + " -> " + e.getMessage());
    return e.getServerErrorMessage();
  }
}
