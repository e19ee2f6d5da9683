package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The storage table a stream table really is: columns, types, nullability, keys, DML guards. */
class StorageLayoutIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("storage_layout_it");
    db.execute(
        """
                CREATE TABLE orders (
                    id int PRIMARY KEY,
                    region varchar(20) NOT NULL,
                    amount numeric(10,2) NOT NULL);
                INSERT INTO orders VALUES (1, 'eu', 10.50), (2, 'eu', 5.25), (3, 'us', 7.00);
                SELECT pgtrickle.create_stream_table('public.order_totals',
                    'SELECT region, sum(amount) AS total, count(*) AS order_count FROM orders GROUP BY region',
                    schedule => '1h', refresh_mode => 'DIFFERENTIAL');
                SELECT pgtrickle.create_stream_table('public.order_copy',
                    'SELECT id, region, amount FROM orders', schedule => '1h', refresh_mode => 'FULL');
                SELECT pgtrickle.create_stream_table('public.region_totals_full',
                    'SELECT region, sum(amount) AS total FROM orders GROUP BY region',
                    schedule => '1h', refresh_mode => 'FULL');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void rowIdComesFirstThenUserColumnsThenCountForDifferentialAggregates() throws SQLException {
    try (Connection c = db.connect()) {
      List<Object> columns = columns(c, "public.order_totals");
      assertEquals(
          List.of(
              "__pgt_row_id:bytea",
              "region:character varying",
              "total:numeric",
              "order_count:bigint",
              "__pgt_count:bigint"),
          columns.subList(0, 5));
      assertTrue(
          columns.subList(5, columns.size()).stream()
              .allMatch(col -> ((String) col).startsWith("__pgt_")),
          "only auxiliary columns may follow: " + columns);
    }
  }

  @Test
  void fullModeTablesHaveNoCountColumn() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of("__pgt_row_id:bytea", "region:character varying", "total:numeric"),
          columns(c, "public.region_totals_full"));
    }
  }

  @Test
  void rowIdIsNotNullByteaAndFilledForEveryRow() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          true,
          Sql.scalar(
              c,
              """
                    SELECT attnotnull FROM pg_attribute
                    WHERE attrelid = 'public.order_copy'::regclass AND attname = '__pgt_row_id'
                    """));
      assertEquals(3L, Sql.scalar(c, "SELECT count(DISTINCT __pgt_row_id) FROM order_copy"));
      assertTrue(Sql.scalar(c, "SELECT __pgt_row_id FROM order_copy LIMIT 1") instanceof byte[]);
    }
  }

  @Test
  void aGroupKeepsItsRowIdWhenItsAggregatesChange() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Object before =
            Sql.scalar(
                c, "SELECT encode(__pgt_row_id, 'hex') FROM order_totals WHERE region = 'eu'");
        Sql.run(c, "UPDATE orders SET amount = amount + 1 WHERE region = 'eu'");
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.order_totals')");
        assertEquals(
            "eu=17.75/2",
            Sql.scalar(
                c,
                "SELECT region || '=' || total || '/' || order_count FROM order_totals WHERE region = 'eu'"));
        assertEquals(
            before,
            Sql.scalar(
                c, "SELECT encode(__pgt_row_id, 'hex') FROM order_totals WHERE region = 'eu'"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void aScannedRowKeepsItsRowIdWhenItsOtherColumnsChange() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Object before =
            Sql.scalar(c, "SELECT encode(__pgt_row_id, 'hex') FROM order_copy WHERE id = 3");
        Sql.run(c, "UPDATE orders SET amount = 8, region = 'ap' WHERE id = 3");
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.order_copy')");
        assertEquals("ap", Sql.scalar(c, "SELECT region FROM order_copy WHERE id = 3"));
        assertEquals(
            before,
            Sql.scalar(c, "SELECT encode(__pgt_row_id, 'hex') FROM order_copy WHERE id = 3"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void userColumnsDropTheTypmodAndAreNullable() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of("__pgt_row_id:bytea", "id:integer", "region:character varying", "amount:numeric"),
          columns(c, "public.order_copy"));
      assertEquals(
          List.of(),
          Sql.column(
              c,
              """
                    SELECT attname FROM pg_attribute
                    WHERE attrelid = 'public.order_copy'::regclass AND attnum > 0 AND attnotnull
                      AND attname <> '__pgt_row_id'
                    """));
      assertEquals(
          List.of(),
          Sql.column(
              c,
              """
                    SELECT attname FROM pg_attribute
                    WHERE attrelid = 'public.order_totals'::regclass AND attnum > 0 AND attnotnull
                      AND left(attname, 6) <> '__pgt_'
                    """));
      assertEquals(
          true,
          Sql.scalar(
              c,
              """
                    SELECT attnotnull FROM pg_attribute
                    WHERE attrelid = 'public.order_totals'::regclass AND attname = '__pgt_count'
                    """));
    }
  }

  @Test
  void thereIsNoPrimaryKeyButAUniqueIndexOnTheRowId() throws SQLException {
    try (Connection c = db.connect()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet keys = meta.getPrimaryKeys(null, "public", "order_totals")) {
        assertFalse(keys.next(), "a stream table has no primary key");
      }
      assertEquals(
          List.of("__pgt_row_id"),
          Sql.column(
              c,
              """
                    SELECT a.attname FROM pg_index i
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                    WHERE i.indrelid = 'public.order_totals'::regclass AND i.indisunique
                    """));
      assertEquals(
          "r",
          Sql.scalar(
              c, "SELECT relkind::text FROM pg_class WHERE oid = 'public.order_totals'::regclass"));
    }
  }

  @Test
  void contentsAreTheQueryResult() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of("eu=15.75/2", "us=7.00/1"),
          Sql.column(
              c,
              """
                    SELECT region || '=' || total || '/' || order_count FROM order_totals ORDER BY region
                    """));
      assertEquals(0L, Sql.scalar(c, "SELECT count(*) FROM order_copy WHERE __pgt_row_id IS NULL"));
    }
  }

  @Test
  void directDmlIsRejectedByTheGuardTriggers() throws SQLException {
    String message =
        "Direct DML on stream table order_copy is not allowed. "
            + "Stream tables are maintained automatically by pg_trickle.";
    try (Connection c = db.connect()) {
      for (String dml :
          List.of(
              "INSERT INTO order_copy (__pgt_row_id, id, region, amount) VALUES ('\\x01', 99, 'x', 1)",
              "UPDATE order_copy SET amount = 0",
              "DELETE FROM order_copy",
              "TRUNCATE order_copy")) {
        PSQLException e = assertThrows(PSQLException.class, () -> Sql.exec(c, dml), dml);
        assertEquals("P0001", e.getSQLState(), dml);
        assertEquals(message, e.getServerErrorMessage().getMessage(), dml);
      }
      assertEquals(
          List.of("pgt_dml_guard", "pgt_truncate_guard"),
          Sql.column(
              c,
              """
                    SELECT tgname::text FROM pg_trigger
                    WHERE tgrelid = 'public.order_copy'::regclass AND tgname LIKE 'pgt\\_%' ORDER BY 1
                    """));
      assertEquals(3L, Sql.scalar(c, "SELECT count(*) FROM order_copy"));
    }
  }

  @Test
  void namesKeepTheirExactCase() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.Order_Copy_Mixed', "
              + "'SELECT id AS \"OrderId\" FROM orders', schedule => '1h')");
      assertEquals(
          List.of("__pgt_row_id:bytea", "OrderId:integer"),
          columns(c, "public.\"Order_Copy_Mixed\""));
      PSQLException e =
          assertThrows(PSQLException.class, () -> Sql.exec(c, "DELETE FROM \"Order_Copy_Mixed\""));
      assertEquals(
          "Direct DML on stream table Order_Copy_Mixed is not allowed. "
              + "Stream tables are maintained automatically by pg_trickle.",
          e.getServerErrorMessage().getMessage());
      Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.Order_Copy_Mixed')");
    }
  }

  private static List<Object> columns(Connection c, String table) throws SQLException {
    return Sql.column(
        c,
        """
                SELECT attname || ':' || format_type(atttypid, atttypmod) FROM pg_attribute
                WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
                """,
        table);
  }
}
