package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * pg_trickle 0.108.3's privilege model: the three NOLOGIN roles, EXECUTE revoked from PUBLIC except
 * the read-only list, no role with SELECT on the catalog, and SECURITY DEFINER lifecycle functions
 * that check the captured caller's ownership of the storage table.
 */
class PrivilegesIT {

  private static final String OWNER_HINT =
      "Only the owner of the stream table's storage table (or a superuser) "
          + "can drop or alter the stream table.";

  private static TestDatabase db;
  private static PGSimpleDataSource reader;
  private static PGSimpleDataSource owner;
  private static PGSimpleDataSource otherOperator;
  private static PGSimpleDataSource nobody;

  @BeforeAll
  static void createStreamTablesAndRoles() throws SQLException {
    db = TestDatabase.create("privileges_it");
    db.execute(
        """
                CREATE SCHEMA shop;
                CREATE TABLE shop.orders (id int PRIMARY KEY, total int);
                INSERT INTO shop.orders VALUES (1, 10), (2, 20);
                SELECT pgtrickle.create_stream_table('shop.order_view', 'SELECT id, total FROM shop.orders',
                    schedule => '1h');
                SELECT pgtrickle.create_stream_table('shop.owned', 'SELECT id FROM shop.orders', schedule => '1h');
                SELECT pgtrickle.create_stream_table('shop.not_owned', 'SELECT id FROM shop.orders',
                    schedule => '1h');
                """);
    reader = db.readerRole("shop.order_view");
    owner = db.operatorOwner("shop.owned");
    otherOperator = db.operatorRole();
    nobody = db.publicRole();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void theThreeRolesExistAsNologinNoinheritAndNest() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(
              "pgtrickle_admin:false:false",
              "pgtrickle_operator:false:false",
              "pgtrickle_reader:false:false"),
          Sql.column(
              c,
              """
                            SELECT rolname || ':' || rolcanlogin || ':' || rolinherit FROM pg_roles
                            WHERE rolname LIKE 'pgtrickle\\_%' ORDER BY rolname
                            """));
      assertEquals(
          List.of("pgtrickle_operator>pgtrickle_admin", "pgtrickle_reader>pgtrickle_operator"),
          Sql.column(
              c,
              """
                            SELECT r.rolname || '>' || m.rolname FROM pg_auth_members a
                            JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
                            WHERE r.rolname LIKE 'pgtrickle\\_%' AND m.rolname LIKE 'pgtrickle\\_%' ORDER BY 1
                            """));
      assertEquals(
          List.of("pgtrickle_admin", "pgtrickle_operator", "pgtrickle_reader"),
          Sql.column(
              c,
              """
                    SELECT rolname::text FROM pg_roles
                    WHERE rolname LIKE 'pgtrickle\\_%' AND has_schema_privilege(oid, 'pgtrickle', 'USAGE')
                    ORDER BY 1
                    """));
    }
  }

  @Test
  void noRoleOfTheExtensionAndNotPublicCanReadTheCatalog() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(),
          Sql.column(
              c,
              """
                    SELECT g.grantee || ' on ' || t.relname
                    FROM pg_class t, unnest(ARRAY['pgtrickle_reader', 'pgtrickle_operator', 'pgtrickle_admin',
                                                  'public']) g(grantee)
                    WHERE t.relnamespace = 'pgtrickle'::regnamespace
                      AND t.relname IN ('pgt_stream_tables', 'pgt_refresh_history', 'pgt_dependencies',
                                        'stream_tables_info')
                      AND has_table_privilege(g.grantee, t.oid, 'SELECT')
                    """));
    }
    for (PGSimpleDataSource role : List.of(reader, owner, nobody)) {
      try (Connection c = role.getConnection()) {
        for (String sql :
            List.of(
                "SELECT count(*) FROM pgtrickle.pgt_stream_tables",
                "SELECT count(*) FROM pgtrickle.stream_tables_info",
                "SELECT count(*) FROM pgtrickle.pgt_refresh_history")) {
          assertEquals("42501", failure(c, sql).getSQLState(), role.getUser() + ": " + sql);
        }
      }
    }
  }

  @Test
  void publicCanExecuteExactlyTheReadOnlyFunctionsTheStandInHas() throws SQLException {
    try (Connection c = db.connect()) {
      List<Object> executable =
          Sql.column(
              c,
              """
                    SELECT p.proname::text FROM pg_proc p
                    WHERE p.pronamespace = 'pgtrickle'::regnamespace AND left(p.proname, 1) <> '_'
                      AND has_function_privilege('public', p.oid, 'EXECUTE')
                    ORDER BY 1
                    """);
      assertTrue(
          executable.containsAll(
              List.of(
                  "explain_refresh_mode",
                  "freshness",
                  "get_refresh_history",
                  "get_staleness",
                  "parse_duration_seconds",
                  "pgt_status",
                  "version")),
          executable::toString);
      for (String revoked :
          List.of(
              "create_stream_table",
              "create_stream_table_if_not_exists",
              "create_or_replace_stream_table",
              "alter_stream_table",
              "drop_stream_table",
              "refresh_stream_table",
              "pause_stream_table",
              "resume_stream_table",
              "write_and_refresh",
              "stream_table_contract")) {
        assertTrue(!executable.contains(revoked), revoked + " must not be executable by PUBLIC");
      }
    }
  }

  @Test
  void operatorAndAdminGetExecuteOnTheirFunctions() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, String> expected =
          Map.of(
              "refresh_stream_table(text)", "pgtrickle_operator",
              "pause_stream_table(text)", "pgtrickle_operator",
              "resume_stream_table(text)", "pgtrickle_operator",
              "drop_stream_table(text,boolean)", "pgtrickle_admin");
      for (Map.Entry<String, String> grant : expected.entrySet()) {
        assertEquals(
            true,
            Sql.scalar(
                c,
                "SELECT has_function_privilege(?, 'pgtrickle.' || ?, 'EXECUTE')",
                grant.getValue(),
                grant.getKey()),
            grant.toString());
      }
      assertEquals(
          false,
          Sql.scalar(
              c,
              "SELECT has_function_privilege('pgtrickle_reader', 'pgtrickle.refresh_stream_table(text)', 'EXECUTE')"));
      assertEquals(
          true,
          Sql.scalar(
              c,
              """
                    SELECT has_function_privilege('pgtrickle_admin', p.oid, 'EXECUTE')
                    FROM pg_proc p WHERE p.oid = 'pgtrickle.alter_stream_table'::regproc
                    """));
    }
  }

  @Test
  void aReaderReadsTheStreamTableAndTheVersionButNeitherTheCatalogNorTheLifecycle()
      throws SQLException {
    try (Connection c = reader.getConnection()) {
      assertEquals(List.of(1, 2), Sql.column(c, "SELECT id FROM shop.order_view ORDER BY id"));
      assertTrue(((String) Sql.scalar(c, "SELECT pgtrickle.version()")).startsWith("0.108."));
      assertEquals("42501", failure(c, "SELECT id FROM shop.owned").getSQLState());
      assertEquals(
          0L,
          Sql.scalar(c, "SELECT count(*) FROM pgtrickle.pg_stat_progress_pgtrickle"),
          "the progress view is granted to pgtrickle_reader");
      assertEquals(
          "42501", failure(c, "SELECT count(*) FROM pgtrickle.pg_stat_pgtrickle").getSQLState());
      assertEquals(
          "42501",
          failure(c, "SELECT pgtrickle.get_staleness('shop.order_view')").getSQLState(),
          "get_staleness reads the catalog with the caller's rights");
      ServerErrorMessage refresh =
          failure(c, "SELECT pgtrickle.refresh_stream_table('shop.order_view')")
              .getServerErrorMessage();
      assertEquals("permission denied for function refresh_stream_table", refresh.getMessage());
    }
  }

  @Test
  void anOwnerWithOnlyTheOperatorRoleRefreshesPausesAndResumes() throws SQLException {
    try (Connection c = owner.getConnection()) {
      assertTrue(
          Sql.run(c, "SELECT pgtrickle.refresh_stream_table('shop.owned')").stream()
              .anyMatch(m -> m.startsWith("Stream table shop.owned refreshed")));
      Sql.run(c, "SELECT pgtrickle.pause_stream_table('shop.owned')");
      Sql.run(c, "SELECT pgtrickle.resume_stream_table('shop.owned')");
      assertEquals(List.of(1, 2), Sql.column(c, "SELECT id FROM shop.owned ORDER BY id"));
      assertEquals(
          "permission denied for function alter_stream_table",
          failure(c, "SELECT pgtrickle.alter_stream_table('shop.owned', schedule => '5m')")
              .getServerErrorMessage()
              .getMessage());
      assertEquals(
          "permission denied for function drop_stream_table",
          failure(c, "SELECT pgtrickle.drop_stream_table('shop.owned')")
              .getServerErrorMessage()
              .getMessage());
    }
    try (Connection c = db.connect()) {
      assertEquals("ACTIVE", Sql.catalog(c, "shop", "owned").get("status"));
    }
  }

  @Test
  void anOperatorWhoIsNotTheOwnerGets42501FromTheOwnerCheck() throws SQLException {
    try (Connection c = otherOperator.getConnection()) {
      for (String function :
          List.of("refresh_stream_table", "pause_stream_table", "resume_stream_table")) {
        PSQLException e = failure(c, "SELECT pgtrickle." + function + "('shop.not_owned')");
        assertEquals("42501", e.getSQLState(), function);
        assertEquals(
            "permission denied: must be owner of stream table shop.not_owned",
            e.getServerErrorMessage().getMessage(),
            function);
        assertEquals(OWNER_HINT, e.getServerErrorMessage().getHint(), function);
      }
    }
  }

  @Test
  void theCallerIsTheSetRoleRoleNotTheSessionUserOrTheDefiner() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.exec(c, "SET LOCAL ROLE " + otherOperator.getUser());
        assertEquals(
            "permission denied: must be owner of stream table shop.owned",
            failure(c, "SELECT pgtrickle.refresh_stream_table('shop.owned')")
                .getServerErrorMessage()
                .getMessage());
      } finally {
        c.rollback();
      }
      c.setAutoCommit(false);
      try {
        Sql.exec(c, "SET LOCAL ROLE " + owner.getUser());
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('shop.owned')");
        assertEquals(owner.getUser(), Sql.scalar(c, "SELECT current_user::text"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void theStorageTableBelongsToItsCreator() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          db.user(),
          Sql.scalar(
              c,
              "SELECT pg_get_userbyid(relowner)::text FROM pg_class WHERE oid = 'shop.order_view'::regclass"));
      assertEquals(
          owner.getUser(),
          Sql.scalar(
              c,
              "SELECT pg_get_userbyid(relowner)::text FROM pg_class WHERE oid = 'shop.owned'::regclass"));
    }
  }

  @Test
  void aRoleWithoutGrantsCanCallOnlyThePublicFunctions() throws SQLException {
    try (Connection c = nobody.getConnection()) {
      assertEquals(
          "42501",
          failure(c, "SELECT pgtrickle.version()").getSQLState(),
          "without USAGE on schema pgtrickle nothing in it is reachable");
    }
    try (Connection c = reader.getConnection()) {
      assertEquals(
          "permission denied for function stream_table_contract",
          failure(
                  c,
                  "SELECT contract_generation FROM pgtrickle.stream_table_contract('shop.order_view'::regclass)")
              .getServerErrorMessage()
              .getMessage());
    }
  }

  private static PSQLException failure(Connection c, String sql) {
    return assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
  }
}
