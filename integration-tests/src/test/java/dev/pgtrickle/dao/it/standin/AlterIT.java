package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** alter_stream_table: schedule, query and status. */
class AlterIT {

  private static TestDatabase db;

  @BeforeAll
  static void createSource() throws SQLException {
    db = TestDatabase.create("alter_it");
    db.execute(
        """
                CREATE TABLE products (id int PRIMARY KEY, name text, price numeric(8,2), stock int);
                INSERT INTO products VALUES (1, 'pen', 1.50, 10), (2, 'ink', 3.00, 0);
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void scheduleCanBeChangedAndSetBackToCalculated() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.sched', 'SELECT id FROM products', schedule => '1h')");
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.sched', schedule => '2h')");
      assertEquals("2h", Sql.catalog(c, "public", "sched").get("schedule"));
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.sched', schedule => 'calculated')");
      assertNull(Sql.catalog(c, "public", "sched").get("schedule"));
      PSQLException invalid =
          assertThrows(
              PSQLException.class,
              () ->
                  Sql.run(
                      c,
                      "SELECT pgtrickle.alter_stream_table('public.sched', schedule => 'every now and then')"));
      assertEquals("22023", invalid.getSQLState());
    }
  }

  @Test
  void compatibleQueryChangeKeepsTheTableAndRefreshesIt() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.catalogue', "
              + "'SELECT id, name FROM products', schedule => '1h')");
      Object oidBefore = Sql.scalar(c, "SELECT 'public.catalogue'::regclass::oid");

      Sql.run(
          c,
          "SELECT pgtrickle.alter_stream_table('public.catalogue', "
              + "query => 'SELECT id, name, stock FROM products WHERE stock > 0')");

      assertEquals(oidBefore, Sql.scalar(c, "SELECT 'public.catalogue'::regclass::oid"));
      assertEquals(List.of("pen:10"), Sql.column(c, "SELECT name || ':' || stock FROM catalogue"));
      Map<String, Object> row = Sql.catalog(c, "public", "catalogue");
      assertEquals("ACTIVE", row.get("status"));
      assertEquals(oidBefore, row.get("pgt_relid"));
      assertTrue(
          ((String) row.get("defining_query")).contains("stock"),
          () -> (String) row.get("defining_query"));
    }
  }

  @Test
  void incompatibleQueryChangeRecreatesTheTableWithAWarning() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.prices', "
              + "'SELECT id, price FROM products', schedule => '1h')");
      Object oidBefore = Sql.scalar(c, "SELECT 'public.prices'::regclass::oid");

      List<String> messages =
          Sql.run(
              c,
              "SELECT pgtrickle.alter_stream_table('public.prices', "
                  + "query => 'SELECT id, price::text AS price FROM products')");

      Object oidAfter = Sql.scalar(c, "SELECT 'public.prices'::regclass::oid");
      assertNotEquals(oidBefore, oidAfter);
      assertEquals(oidAfter, Sql.catalog(c, "public", "prices").get("pgt_relid"));
      assertEquals(
          "text",
          Sql.scalar(
              c,
              """
                    SELECT format_type(atttypid, atttypmod) FROM pg_attribute
                    WHERE attrelid = 'public.prices'::regclass AND attname = 'price'
                    """));
      assertTrue(!messages.isEmpty(), "a WARNING says the table was recreated");
    }
  }

  @Test
  void statusActiveResetsConsecutiveErrors() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.flaky', 'SELECT id FROM products', schedule => '1h')");
      c.setAutoCommit(false);
      Sql.run(
          c,
          "UPDATE pgtrickle.pgt_stream_tables SET consecutive_errors = 2 WHERE pgt_name = 'flaky'");
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.flaky', status => 'active')");
      Map<String, Object> row = Sql.catalog(c, "public", "flaky");
      assertEquals("ACTIVE", row.get("status"));
      assertEquals(0, row.get("consecutive_errors"));
      c.rollback();
    }
  }
}
