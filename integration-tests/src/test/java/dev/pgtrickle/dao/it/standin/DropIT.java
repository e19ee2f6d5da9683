package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** drop_stream_table removes the storage table, the catalog row and the history. */
class DropIT {

  private static TestDatabase db;

  @BeforeAll
  static void createSource() throws SQLException {
    db = TestDatabase.create("drop_it");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY, grp text);
                INSERT INTO src VALUES (1, 'a'), (2, 'b');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void dropRemovesTableCatalogRowAndHistory() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.doomed', 'SELECT id FROM src', schedule => '1h')");
      Object pgtId =
          Sql.scalar(c, "SELECT pgt_id FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'doomed'");

      Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.doomed')");

      assertNull(Sql.scalar(c, "SELECT to_regclass('public.doomed')"));
      assertTrue(Sql.catalog(c, "public", "doomed").isEmpty());
      assertEquals(
          0L,
          Sql.scalar(
              c, "SELECT count(*) FROM pgtrickle.pgt_refresh_history WHERE pgt_id = ?", pgtId));
      PSQLException again =
          assertThrows(
              PSQLException.class,
              () -> Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.doomed')"));
      assertEquals("42P01", again.getSQLState());
      assertEquals(
          "stream table not found: public.doomed", again.getServerErrorMessage().getMessage());
    }
  }

  @Test
  void dependentStreamTablesNeedCascade() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    SELECT pgtrickle.create_stream_table('public.base', 'SELECT id, grp FROM src', schedule => '1h');
                    SELECT pgtrickle.create_stream_table('public.derived',
                        'SELECT grp, count(*) AS n FROM public.base GROUP BY grp', schedule => '1h');
                    """);
      PSQLException refused =
          assertThrows(
              PSQLException.class,
              () -> Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.base')"));
      assertEquals("22023", refused.getSQLState());
      assertTrue(
          refused
              .getServerErrorMessage()
              .getMessage()
              .startsWith(
                  "invalid argument: stream table public.base has dependent stream tables: public.derived"),
          refused::getMessage);

      Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.base', cascade => true)");

      assertNull(Sql.scalar(c, "SELECT to_regclass('public.base')"));
      assertNull(Sql.scalar(c, "SELECT to_regclass('public.derived')"));
      assertEquals(
          0L,
          Sql.scalar(
              c,
              "SELECT count(*) FROM pgtrickle.pgt_stream_tables WHERE pgt_name IN ('base', 'derived')"));
    }
  }
}
