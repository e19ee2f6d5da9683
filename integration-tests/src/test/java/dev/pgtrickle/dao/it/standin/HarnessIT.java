package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.support.PgServer;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The harness: one PostgreSQL 18 server, throw-away databases with pg_trickle or its stand-in. */
class HarnessIT {

  @Test
  void serverIsPostgres18OrLater() {
    assertTrue(PgServer.get().versionNum() >= 180000, PgServer.get()::toString);
    assertSame(PgServer.get(), PgServer.get(), "one server per JVM");
  }

  @Test
  void databaseHasPgTrickleOrTheStandInAndTheTestHelpers() throws SQLException {
    try (TestDatabase db = TestDatabase.create("HarnessIT: install");
        Connection c = db.connect()) {
      assertTrue(db.name().startsWith("harnessit_install_"), db.name());
      assertEquals(db.name(), Sql.scalar(c, "SELECT current_database()::text"));
      String version = (String) Sql.scalar(c, "SELECT pgtrickle.version()");
      assertTrue(version.matches("0\\.108\\.\\d+"), version);
      assertEquals(
          db.standIn(),
          String.valueOf(
                  Sql.scalar(
                      c, "SELECT obj_description('pgtrickle'::regnamespace, 'pg_namespace')"))
              .contains("TEST STAND-IN"));
      assertEquals(
          db.standIn() ? 0L : 1L,
          Sql.scalar(c, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trickle'"));
      assertEquals(
          3L,
          Sql.scalar(
              c,
              """
                    SELECT count(*) FROM pg_proc WHERE pronamespace = 'pgtrickle_test'::regnamespace
                      AND proname IN ('emit_alert', 'emit_refresh_completed', 'compact_json')
                    """));
    }
  }

  @Test
  void dataSourcesAndPoolsReachTheDatabase() throws SQLException {
    try (TestDatabase db = TestDatabase.create("harness_pool")) {
      try (Connection c = db.dataSource().getConnection()) {
        assertEquals(db.name(), Sql.scalar(c, "SELECT current_database()::text"));
      }
      HikariDataSource pool = db.pool(2);
      try (Connection first = pool.getConnection();
          Connection second = pool.getConnection()) {
        assertEquals(db.name(), Sql.scalar(first, "SELECT current_database()::text"));
        assertEquals(db.name(), Sql.scalar(second, "SELECT current_database()::text"));
      }
      assertEquals(2, pool.getMaximumPoolSize());
      assertTrue(db.jdbcUrl().contains("/" + db.name()), db.jdbcUrl());
    }
  }

  @Test
  void closeDropsTheDatabaseAndItsRoles() throws SQLException {
    TestDatabase db = TestDatabase.create("harness_close");
    PGSimpleDataSource reader = db.readOnlyRole();
    HikariDataSource pool = db.pool(1);
    try (Connection c = pool.getConnection()) {
      assertEquals(1, Sql.scalar(c, "SELECT 1"));
    }
    db.close();
    db.close();
    assertTrue(pool.isClosed());
    PgServer server = PgServer.get();
    try (Connection admin = server.connect(server.adminDatabase())) {
      assertEquals(
          0L, Sql.scalar(admin, "SELECT count(*) FROM pg_database WHERE datname = ?", db.name()));
      assertEquals(
          0L,
          Sql.scalar(admin, "SELECT count(*) FROM pg_roles WHERE rolname = ?", reader.getUser()));
    }
    assertFalse(reader.getUser().isEmpty());
  }
}
