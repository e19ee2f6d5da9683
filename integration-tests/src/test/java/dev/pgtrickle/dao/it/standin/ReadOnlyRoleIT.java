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
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;

/**
 * A role with explicit catalog grants (and none of pg_trickle's roles) can read stream tables and
 * the catalog, execute only the functions PUBLIC may, and write nothing.
 */
class ReadOnlyRoleIT {

  private static TestDatabase db;
  private static PGSimpleDataSource reader;

  @BeforeAll
  static void createStreamTablesAndRole() throws SQLException {
    db = TestDatabase.create("read_only_role_it");
    db.execute(
        """
                CREATE SCHEMA shop;
                CREATE TABLE shop.orders (id int PRIMARY KEY, total int);
                INSERT INTO shop.orders VALUES (1, 10), (2, 20);
                SELECT pgtrickle.create_stream_table('shop.order_view', 'SELECT id, total FROM shop.orders',
                    schedule => '1h');
                SELECT pgtrickle.create_stream_table('shop.secret_view', 'SELECT id FROM shop.orders',
                    schedule => '1h');
                """);
    reader = db.readOnlyRole("shop.order_view");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void readerCanSelectTheStreamTableAndTheCatalog() throws SQLException {
    try (Connection c = reader.getConnection()) {
      assertEquals(reader.getUser(), Sql.scalar(c, "SELECT current_user::text"));
      assertEquals(List.of(1, 2), Sql.column(c, "SELECT id FROM shop.order_view ORDER BY id"));
      assertEquals("ACTIVE", Sql.catalog(c, "shop", "order_view").get("status"));
      assertEquals(
          false,
          Sql.scalar(
              c, "SELECT stale FROM pgtrickle.stream_tables_info WHERE pgt_name = 'order_view'"));
      assertInstanceOf(
          Double.class, Sql.scalar(c, "SELECT pgtrickle.get_staleness('shop.order_view')"));
      assertEquals(2L, Sql.scalar(c, "SELECT count(*) FROM pgtrickle.pgt_status()"));
      Sql.column(c, "SELECT refresh_id FROM pgtrickle.pgt_refresh_history");
    }
  }

  @Test
  void readerCannotWriteTheStreamTableOrTheCatalog() throws SQLException {
    try (Connection c = reader.getConnection()) {
      for (String sql :
          List.of(
              "INSERT INTO shop.order_view (__pgt_row_id, id, total) VALUES ('\\x01', 3, 30)",
              "UPDATE shop.order_view SET total = 0",
              "DELETE FROM shop.order_view",
              "UPDATE pgtrickle.pgt_stream_tables SET status = 'SUSPENDED'",
              "SELECT id FROM shop.secret_view")) {
        PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
        assertEquals("42501", e.getSQLState(), sql);
      }
    }
  }

  @Test
  void readerCannotExecuteTheLifecycleFunctions() throws SQLException {
    try (Connection c = reader.getConnection()) {
      for (String function :
          List.of("drop_stream_table", "alter_stream_table", "refresh_stream_table")) {
        String sql = "SELECT pgtrickle." + function + "('shop.order_view')";
        PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
        assertEquals("42501", e.getSQLState(), sql);
        assertEquals(
            "permission denied for function " + function,
            e.getServerErrorMessage().getMessage(),
            sql);
      }
    }
  }

  @Test
  void nothingInThePgtrickleSchemasIsGrantedToPublic() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          0L,
          Sql.scalar(
              c,
              """
                    SELECT count(*) FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
                    WHERE n.nspname IN ('pgtrickle', 'pgtrickle_changes') AND a.grantee = 0
                    """));
      assertEquals(
          0L,
          Sql.scalar(
              c,
              """
                    SELECT count(*) FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
                    WHERE c.relnamespace = 'pgtrickle'::regnamespace AND a.grantee = 0
                    """));
    }
  }
}
