package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** get_staleness is a scalar float8 with its own name rules; pgt_status has nine columns. */
class StalenessAndStatusIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("staleness_status_it");
    db.execute(
        """
                CREATE SCHEMA other;
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1);
                SELECT pgtrickle.create_stream_table('public.in_public', 'SELECT id FROM src', schedule => '1h');
                SELECT pgtrickle.create_stream_table('other.only_other', 'SELECT id FROM public.src', schedule => '1h');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void stalenessIsSecondsSinceDataTimestamp() throws SQLException {
    try (Connection c = db.connect()) {
      Object staleness = Sql.scalar(c, "SELECT pgtrickle.get_staleness('public.in_public')");
      assertInstanceOf(Double.class, staleness);
      assertTrue((Double) staleness >= 0.0, () -> "staleness " + staleness);
      Object expected =
          Sql.scalar(
              c,
              """
                    SELECT EXTRACT(EPOCH FROM now() - data_timestamp)::float8
                    FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = 'public' AND pgt_name = 'in_public'
                    """);
      c.setAutoCommit(false);
      assertEquals(
          Sql.scalar(
              c,
              """
                    SELECT EXTRACT(EPOCH FROM now() - data_timestamp)::float8
                    FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = 'public' AND pgt_name = 'in_public'
                    """),
          Sql.scalar(c, "SELECT pgtrickle.get_staleness('public.in_public')"),
          "same now() within one transaction: " + expected);
      c.rollback();
    }
  }

  @Test
  void stalenessIsNullForUnknownNamesAndNullInput() throws SQLException {
    try (Connection c = db.connect()) {
      assertNull(Sql.scalar(c, "SELECT pgtrickle.get_staleness('public.nope')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.get_staleness('nope')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.get_staleness(NULL)"));
    }
  }

  @Test
  void unqualifiedNamesMeanPublicWhateverTheSearchPath() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.exec(c, "SET search_path = other, public");
      assertTrue(Sql.scalar(c, "SELECT pgtrickle.get_staleness('in_public')") instanceof Double);
      assertNull(
          Sql.scalar(c, "SELECT pgtrickle.get_staleness('only_other')"),
          "get_staleness does not use current_schema()");
      assertTrue(
          Sql.scalar(c, "SELECT pgtrickle.get_staleness('other.only_other')") instanceof Double);
    }
  }

  @Test
  void stalenessIsNullBeforeTheFirstPopulate() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.not_yet', 'SELECT id FROM src', "
              + "schedule => '1h', initialize => false)");
      assertNull(Sql.scalar(c, "SELECT pgtrickle.get_staleness('public.not_yet')"));
      c.rollback();
    }
  }

  @Test
  void selectStarFromGetStalenessHasOneColumnNamedGetStaleness() throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement statement =
            c.prepareStatement("SELECT * FROM pgtrickle.get_staleness(?)")) {
      statement.setString(1, "public.in_public");
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        assertEquals(1, meta.getColumnCount());
        assertEquals("get_staleness", meta.getColumnLabel(1));
        assertEquals("float8", meta.getColumnTypeName(1));
      }
    }
  }

  @Test
  void pgtStatusHasNineTypedColumnsOrderedBySchemaAndName() throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement statement = c.prepareStatement("SELECT * FROM pgtrickle.pgt_status()");
        ResultSet rs = statement.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i) + ":" + meta.getColumnTypeName(i));
      }
      assertEquals(
          List.of(
              "name:text",
              "status:text",
              "refresh_mode:text",
              "is_populated:bool",
              "consecutive_errors:int4",
              "schedule:text",
              "data_timestamp:timestamptz",
              "staleness:interval",
              "scc_id:int4"),
          columns);
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("name"));
      }
      assertEquals(List.of("other.only_other", "public.in_public"), names);
    }
  }

  @Test
  void pgtStatusStalenessIsMeasuredFromDataTimestamp() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row =
          Sql.row(
              c,
              """
                    SELECT s.staleness = now() - st.data_timestamp AS same, s.status, s.schedule, s.is_populated
                    FROM pgtrickle.pgt_status() s
                    JOIN pgtrickle.pgt_stream_tables st ON st.pgt_schema || '.' || st.pgt_name = s.name
                    WHERE s.name = 'public.in_public'
                    """);
      assertEquals(true, row.get("same"));
      assertEquals("ACTIVE", row.get("status"));
      assertEquals("1h", row.get("schedule"));
      assertEquals(true, row.get("is_populated"));
    }
  }
}
