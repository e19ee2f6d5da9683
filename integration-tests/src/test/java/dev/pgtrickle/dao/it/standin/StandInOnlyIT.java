package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgtrickle.dao.it.support.SqlScripts;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Properties of the stand-in itself, skipped against a real pg_trickle server: it says what it is,
 * definer rights stay on the release's entry points, it refuses what it cannot model, and several
 * databases can install it at once although its roles are cluster-wide.
 */
class StandInOnlyIT {

  private static TestDatabase db;

  @BeforeAll
  static void createDatabase() throws SQLException {
    db = TestDatabase.create("stand_in_only_it");
    assumeTrue(db.standIn(), "checks of the stand-in itself");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY, grp text);
                INSERT INTO src VALUES (1, 'a'), (2, 'a'), (3, 'b');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void scriptStartsBySayingItIsNotTheExtension() {
    List<String> head = SqlScripts.load(SqlScripts.STAND_IN).lines().limit(3).toList();
    assertTrue(
        head.get(1).contains("TEST STAND-IN")
            && head.get(1).contains("NOT the pg_trickle extension"),
        head::toString);
  }

  @Test
  void securityDefinerIsLimitedToTheReleasesEntryPointsAndTheImmediateTrigger()
      throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(
              "_standin_ivm_trigger",
              "alter_stream_table",
              "create_or_replace_stream_table",
              "create_stream_table",
              "create_stream_table_if_not_exists",
              "drop_stream_table",
              "pause_stream_table",
              "refresh_stream_table",
              "resume_stream_table",
              "stream_table_contract"),
          Sql.column(
              c,
              """
                    SELECT proname::text FROM pg_proc
                    WHERE pronamespace IN ('pgtrickle'::regnamespace, 'pgtrickle_test'::regnamespace) AND prosecdef
                    ORDER BY proname COLLATE "C"
                    """));
    }
  }

  @Test
  void privateImplementationsPinTheSearchPathAndPublicCannotCallThem() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(),
          Sql.column(
              c,
              """
                    SELECT proname::text FROM pg_proc
                    WHERE pronamespace = 'pgtrickle'::regnamespace AND proname IN
                          ('_standin_create', '_standin_alter', '_standin_drop', '_standin_refresh',
                           '_standin_pause', '_standin_resume', '_standin_contract', '_standin_create_or_replace')
                      AND NOT ('search_path=pgtrickle, pg_catalog, pg_temp' = ANY (proconfig)
                               AND NOT has_function_privilege('public', oid, 'EXECUTE'))
                    """));
    }
  }

  @Test
  void unsupportedOptionsFailWith0A000() throws SQLException {
    try (Connection c = db.connect()) {
      for (String sql :
          List.of(
              "SELECT pgtrickle.create_stream_table('public.p', 'SELECT id FROM src', partition_by => 'id')",
              "SELECT pgtrickle.create_stream_table('public.p', 'SELECT id FROM src', append_only => true)",
              "SELECT pgtrickle.create_stream_table('public.p', 'SELECT id FROM src', temporal => true)")) {
        PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
        assertEquals("0A000", e.getSQLState(), sql);
        assertTrue(
            e.getServerErrorMessage()
                .getMessage()
                .endsWith("is not modelled by the pg_trickle stand-in"));
      }
    }
  }

  @Test
  void rowIdsAreStableAcrossRefreshesAndUniqueForDuplicateRows() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.grps', 'SELECT grp FROM src', "
              + "schedule => '1h', refresh_mode => 'FULL')");
      List<Object> before =
          Sql.column(c, "SELECT encode(__pgt_row_id, 'hex') FROM grps ORDER BY 1");
      Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.grps')");
      assertEquals(
          before, Sql.column(c, "SELECT encode(__pgt_row_id, 'hex') FROM grps ORDER BY 1"));
      assertEquals(3L, Sql.scalar(c, "SELECT count(DISTINCT __pgt_row_id) FROM grps"));
    }
  }

  @Test
  void changingTheRefreshModeAddsOrDropsTheCountColumn() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.counts', "
              + "'SELECT grp, count(*) AS n FROM src GROUP BY grp', schedule => '1h', refresh_mode => 'FULL')");
      assertEquals(0L, countColumns(c));
      Sql.run(
          c,
          "SELECT pgtrickle.alter_stream_table('public.counts', refresh_mode => 'DIFFERENTIAL')");
      assertEquals(1L, countColumns(c));
      assertEquals(
          List.of("a=2", "b=1"), Sql.column(c, "SELECT grp || '=' || n FROM counts ORDER BY grp"));
    }
  }

  @Test
  void immediateTriggersAreRemovedWithTheStreamTable() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(
          c,
          "SELECT pgtrickle.create_stream_table('public.live', 'SELECT id FROM src', "
              + "refresh_mode => 'IMMEDIATE')");
      assertEquals(1L, ivmTriggers(c));
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.live', refresh_mode => 'FULL')");
      assertEquals(0L, ivmTriggers(c));
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.live', refresh_mode => 'IMMEDIATE')");
      assertEquals(1L, ivmTriggers(c));
      Sql.run(c, "SELECT pgtrickle.drop_stream_table('public.live')");
      assertEquals(0L, ivmTriggers(c));
    }
  }

  @Test
  void severalDatabasesInstallTheStandInAtTheSameTime() throws Exception {
    int databases = 4;
    ExecutorService pool = Executors.newFixedThreadPool(databases);
    try {
      List<Future<TestDatabase>> created = new ArrayList<>();
      for (int i = 0; i < databases; i++) {
        created.add(pool.submit(() -> TestDatabase.create("stand_in_parallel")));
      }
      for (Future<TestDatabase> future : created) {
        try (TestDatabase parallel = future.get(2, TimeUnit.MINUTES);
            Connection c = parallel.connect()) {
          assertEquals(
              3L,
              Sql.scalar(
                  c,
                  "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'pgtrickle\\_%' AND NOT rolcanlogin"));
          assertEquals(
              true,
              Sql.scalar(
                  c, "SELECT has_schema_privilege('pgtrickle_reader', 'pgtrickle', 'USAGE')"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Object countColumns(Connection c) throws SQLException {
    return Sql.scalar(
        c,
        "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.counts'::regclass "
            + "AND attname = '__pgt_count' AND NOT attisdropped");
  }

  private static Object ivmTriggers(Connection c) throws SQLException {
    return Sql.scalar(
        c,
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'public.src'::regclass "
            + "AND tgname LIKE 'pgt\\_standin\\_ivm\\_%'");
  }
}
