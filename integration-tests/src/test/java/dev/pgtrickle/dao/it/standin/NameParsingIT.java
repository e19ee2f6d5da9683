package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * pg_trickle 0.87.12+ parses name arguments as qualified identifiers: trimmed, split at the one
 * top-level dot outside double quotes, quoted components unquoted ("" is a quote), no case folding.
 * Every name the client may pass survives the round trip create, refresh, staleness.
 */
class NameParsingIT {

  private static final String HINT =
      "See docs/SQL_REFERENCE.md for valid parameter values and syntax.";

  private static TestDatabase db;

  @BeforeAll
  static void createDatabase() throws SQLException {
    db = TestDatabase.create("name_parsing_it");
    db.execute(
        """
                CREATE SCHEMA "Sales";
                CREATE SCHEMA "odd.schema";
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1), (2);
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  /** Quotes an identifier component the way pg_trickle's parser reads it back. */
  private static String quote(String component) {
    return '"' + component.replace("\"", "\"\"") + '"';
  }

  @Test
  void quotedNamesRoundTripForEveryKindOfIdentifier() throws SQLException {
    List<List<String>> names =
        List.of(
            List.of("Sales", "OrderTotals"),
            List.of("public", "with.dot"),
            List.of("odd.schema", "plain"),
            List.of("public", "say \"hi\""),
            List.of("public", "with space"),
            List.of("Sales", "Ünïcødé ✓"),
            List.of("public", "MiXeD"));
    try (Connection c = db.connect()) {
      for (List<String> name : names) {
        String argument = quote(name.get(0)) + "." + quote(name.get(1));
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table(?, 'SELECT id FROM public.src', schedule => '1h')",
            argument);
        assertEquals(
            name.get(1),
            Sql.scalar(
                c,
                "SELECT pgt_name FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = ? AND pgt_name = ?",
                name.get(0),
                name.get(1)),
            argument);
        assertEquals(2L, Sql.scalar(c, "SELECT count(*) FROM " + argument), argument);
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table(?)", argument);
        assertInstanceOf(
            Double.class, Sql.scalar(c, "SELECT pgtrickle.get_staleness(?)", argument), argument);
        assertEquals(
            2,
            Sql.column(c, "SELECT refresh_id FROM pgtrickle.get_refresh_history(?)", argument)
                .size(),
            argument);
        Sql.run(c, "SELECT pgtrickle.alter_stream_table(?, schedule => '2h')", argument);
        Sql.run(c, "SELECT pgtrickle.drop_stream_table(?)", argument);
        assertEquals(
            0L,
            Sql.scalar(
                c,
                "SELECT count(*) FROM pgtrickle.pgt_stream_tables "
                    + "WHERE pgt_schema = ? AND pgt_name = ?",
                name.get(0),
                name.get(1)),
            argument);
      }
    }
  }

  @Test
  void unquotedNamesAreTrimmedAndKeepTheirCase() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table('  Sales.Trimmed  ', 'SELECT id FROM public.src', "
                + "schedule => '1h')");
        assertEquals(
            1L,
            Sql.scalar(
                c,
                "SELECT count(*) FROM pgtrickle.pgt_stream_tables "
                    + "WHERE pgt_schema = 'Sales' AND pgt_name = 'Trimmed'"));
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table(' \"Sales\" . \"Trimmed\" ')");
        assertEquals(
            "stream table not found: SALES.Trimmed",
            failure(c, "SELECT pgtrickle.refresh_stream_table('SALES.Trimmed')", "42P01")
                .getMessage());
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void aSecondTopLevelDotIs22023() throws SQLException {
    try (Connection c = db.connect()) {
      ServerErrorMessage error =
          failure(c, "SELECT pgtrickle.refresh_stream_table('a.b.c')", "22023");
      assertEquals(
          "invalid argument: qualified identifier must contain at most one top-level dot: a.b.c",
          error.getMessage());
      assertEquals(HINT, error.getHint());
      assertEquals(
          "invalid argument: qualified identifier must contain at most one top-level dot: "
              + "public.with.dot",
          failure(
                  c,
                  "SELECT pgtrickle.create_stream_table('public.with.dot', 'SELECT 1 AS one')",
                  "22023")
              .getMessage());
    }
  }

  @Test
  void aStrayQuoteInAnUnquotedComponentIs22023() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "invalid argument: invalid quoted identifier component: a\"b\"",
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.a\"b\"')", "22023")
              .getMessage());
      assertEquals(
          "invalid argument: unterminated quoted identifier: public.\"open",
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.\"open')", "22023")
              .getMessage());
      assertEquals(
          "invalid argument: invalid trailing text after quoted identifier component: \"x\"y",
          failure(c, "SELECT pgtrickle.refresh_stream_table('public.\"x\"y')", "22023")
              .getMessage());
    }
  }

  @Test
  void getStalenessParsesTheSameWayButDefaultsToPublicAndNeverFails() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table('public.\"Stale.Name\"', "
                + "'SELECT id FROM public.src', schedule => '1h')");
        Sql.exec(c, "SET LOCAL search_path = \"Sales\", public");
        assertInstanceOf(
            Double.class, Sql.scalar(c, "SELECT pgtrickle.get_staleness('\"Stale.Name\"')"));
        assertEquals(null, Sql.scalar(c, "SELECT pgtrickle.get_staleness('public.\"nope\"')"));
      } finally {
        c.rollback();
      }
    }
  }

  private static ServerErrorMessage failure(Connection c, String sql, String sqlState) {
    PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
    assertEquals(sqlState, e.getSQLState(), () -> sql + " -> " + e.getMessage());
    return e.getServerErrorMessage();
  }
}
