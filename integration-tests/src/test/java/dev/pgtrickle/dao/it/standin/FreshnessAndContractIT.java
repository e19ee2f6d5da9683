package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * 0.108's declared freshness (target_freshness, freshness()), the contract generation that moves
 * with every result-affecting change, and EXTERNAL orchestration.
 */
class FreshnessAndContractIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("freshness_contract_it");
    db.execute(
        """
                CREATE TABLE src (id int PRIMARY KEY, grp text);
                INSERT INTO src VALUES (1, 'a'), (2, 'b');
                SELECT pgtrickle.create_stream_table('public.targeted', 'SELECT id, grp FROM src',
                    target_freshness => '30 seconds');
                SELECT pgtrickle.create_stream_table('public.scheduled', 'SELECT id FROM src', schedule => '1h');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void anIntervalTargetIsStoredAndListedByFreshness() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row = Sql.catalog(c, "public", "targeted");
      assertEquals("INTERVAL", row.get("target_freshness_mode"));
      assertEquals(30000L, row.get("freshness_deadline_ms"));
      assertNull(row.get("schedule"));
      Map<String, Object> freshness =
          Sql.row(
              c,
              """
                    SELECT target::text AS target, p50, p95, p99, status FROM pgtrickle.freshness()
                    WHERE stream_table = 'public.targeted'
                    """);
      assertEquals("00:00:30", freshness.get("target"));
      assertNull(freshness.get("p95"), "no sample yet");
      assertTrue(
          List.of("INSUFFICIENT_DATA", "EVIDENCE_UNAVAILABLE", "MEETING", "AT_RISK")
              .contains(freshness.get("status")),
          String.valueOf(freshness.get("status")));
      assertEquals(
          0L,
          Sql.scalar(
              c,
              "SELECT count(*) FROM pgtrickle.freshness() WHERE stream_table = 'public.scheduled'"));
    }
  }

  @Test
  void pgStatPgtrickleShowsTheTargetAndTheSlaStatus() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> targeted =
          Sql.row(
              c,
              """
                    SELECT target_freshness_mode, target_freshness_ms, sla_status, requested_refresh_mode,
                           total_refreshes
                    FROM pgtrickle.pg_stat_pgtrickle WHERE schema_name = 'public' AND table_name = 'targeted'
                    """);
      assertEquals("INTERVAL", targeted.get("target_freshness_mode"));
      assertEquals(30000L, targeted.get("target_freshness_ms"));
      assertTrue(
          List.of("INSUFFICIENT_DATA", "EVIDENCE_UNAVAILABLE", "MEETING", "AT_RISK")
              .contains(targeted.get("sla_status")),
          String.valueOf(targeted.get("sla_status")));
      assertEquals("AUTO", targeted.get("requested_refresh_mode"));
      assertTrue(
          ((Number) targeted.get("total_refreshes")).longValue() >= 1, "the initial populate");
      assertEquals(
          "NOT_APPLICABLE",
          Sql.scalar(
              c,
              "SELECT sla_status FROM pgtrickle.pg_stat_pgtrickle "
                  + "WHERE schema_name = 'public' AND table_name = 'scheduled'"));
    }
  }

  @Test
  void onCommitMakesTheTableImmediateAndManualTakesItOffTheScheduler() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table('public.committed', 'SELECT id FROM src', "
                + "target_freshness => 'on_commit')");
        Map<String, Object> row = Sql.catalog(c, "public", "committed");
        assertEquals("IMMEDIATE", row.get("refresh_mode"));
        assertEquals("ON_COMMIT", row.get("target_freshness_mode"));
        assertNull(row.get("schedule"));
        Sql.run(
            c,
            "SELECT pgtrickle.alter_stream_table('public.scheduled', target_freshness => 'manual')");
        row = Sql.catalog(c, "public", "scheduled");
        assertEquals("MANUAL", row.get("target_freshness_mode"));
        assertEquals("manual", row.get("schedule"));
        Sql.run(
            c,
            "SELECT pgtrickle.alter_stream_table('public.scheduled', target_freshness => 'on_commit')");
        assertEquals("IMMEDIATE", Sql.catalog(c, "public", "scheduled").get("refresh_mode"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void clearingAnIntervalTargetKeepsItsIntervalAsTheSchedule() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c, "SELECT pgtrickle.alter_stream_table('public.targeted', target_freshness => '')");
        Map<String, Object> row = Sql.catalog(c, "public", "targeted");
        assertNull(row.get("target_freshness_mode"));
        assertEquals("30000 milliseconds", row.get("schedule"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void scheduleAndTargetInOneCallAndCalendarMonthsAre22023() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "invalid argument: schedule and target_freshness are ambiguous; choose one control "
              + "(HINT: use target_freshness or schedule, not both)",
          failure(
              c,
              "SELECT pgtrickle.create_stream_table('public.both', 'SELECT id FROM src', "
                  + "schedule => '5m', target_freshness => '1 minute')",
              "22023"));
      assertEquals(
          "invalid argument: schedule and target_freshness are ambiguous; choose one control "
              + "(HINT: use target_freshness or schedule, not both)",
          failure(
              c,
              "SELECT pgtrickle.alter_stream_table('public.scheduled', schedule => '5m', "
                  + "target_freshness => '1 minute')",
              "22023"));
      assertEquals(
          "invalid argument: target_freshness cannot contain calendar months; use days or smaller units",
          failure(
              c,
              "SELECT pgtrickle.alter_stream_table('public.scheduled', "
                  + "target_freshness => '1 month')",
              "22023"));
    }
  }

  @Test
  void requestedRefreshModeKeepsAutoWhileRefreshModeIsResolved() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row = Sql.catalog(c, "public", "scheduled");
      assertEquals("AUTO", row.get("requested_refresh_mode"));
      assertTrue(List.of("DIFFERENTIAL", "FULL").contains(row.get("refresh_mode")));
    }
  }

  @Test
  void contractGenerationMovesWithResultAffectingChangesOnly() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table('public.contracted', "
                + "'SELECT grp, count(*) AS n FROM src GROUP BY grp', schedule => '1h')");
        long created = generation(c);
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.contracted')");
        Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.contracted', schedule => '2h')");
        Sql.run(
            c, "SELECT pgtrickle.alter_stream_table('public.contracted', status => 'SUSPENDED')");
        Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.contracted')");
        assertEquals(
            created, generation(c), "refresh, schedule and status leave the contract alone");
        assertEquals(
            created,
            ((Number)
                    Sql.scalar(
                        c,
                        "SELECT contract_generation FROM "
                            + "pgtrickle.stream_table_contract('public.contracted'::regclass)"))
                .longValue());

        Sql.run(
            c, "SELECT pgtrickle.alter_stream_table('public.contracted', refresh_mode => 'FULL')");
        long afterMode = generation(c);
        assertTrue(afterMode > created, "a refresh mode change is result-affecting");
        Sql.run(
            c,
            "SELECT pgtrickle.alter_stream_table('public.contracted', "
                + "query => 'SELECT grp, count(*) AS n, max(id) AS top FROM src GROUP BY grp')");
        assertTrue(generation(c) > afterMode, "a query change is result-affecting");
        Map<String, Object> contract =
            Sql.row(
                c,
                """
                        SELECT contract_version, octet_length(contract_digest) AS digest_bytes,
                               contract_generation
                        FROM pgtrickle.stream_table_contract('public.contracted'::regclass)
                        """);
        assertEquals(generation(c), ((Number) contract.get("contract_generation")).longValue());
        assertTrue(((Number) contract.get("contract_version")).intValue() >= 1);
        assertTrue(((Number) contract.get("digest_bytes")).intValue() > 0);
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void anExternallyOrchestratedTableStaysUnpopulatedAndRefusesManualRefresh() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        List<String> messages =
            Sql.run(
                c,
                "SELECT pgtrickle.create_stream_table('public.external', "
                    + "'SELECT id FROM src', schedule => '1h', orchestration_mode => 'external')");
        assertTrue(
            messages.contains(
                "pg_trickle: EXTERNAL stream table public.external will remain "
                    + "unpopulated until its coordinator submits a refresh"),
            messages::toString);
        Map<String, Object> row = Sql.catalog(c, "public", "external");
        assertEquals("EXTERNAL", row.get("orchestration_mode"));
        assertEquals("INITIALIZING", row.get("status"));
        assertEquals(false, row.get("is_populated"));
        Sql.exec(c, "SAVEPOINT refresh");
        PSQLException e =
            assertThrows(
                PSQLException.class,
                () -> Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.external')"));
        assertTrue(
            e.getServerErrorMessage().getMessage().contains("PGT_EXT_ORCHESTRATION_MODE"),
            e::getMessage);
        assertTrue(
            e.getServerErrorMessage()
                .getMessage()
                .endsWith(
                    "stream table public.external is EXTERNAL; refreshes must be submitted by its coordinator"),
            e::getMessage);
        if (db.standIn()) {
          assertEquals("XX000", e.getSQLState());
        }
        Sql.exec(c, "ROLLBACK TO SAVEPOINT refresh");
        Sql.exec(c, "SAVEPOINT immediate");
        e =
            assertThrows(
                PSQLException.class,
                () ->
                    Sql.run(
                        c,
                        "SELECT pgtrickle.create_stream_table("
                            + "'public.external_now', 'SELECT id FROM src', refresh_mode => 'IMMEDIATE', "
                            + "orchestration_mode => 'EXTERNAL')"));
        assertTrue(
            e.getServerErrorMessage().getMessage().contains("PGT_EXT_ORCHESTRATION_MODE"),
            e::getMessage);
        Sql.exec(c, "ROLLBACK TO SAVEPOINT immediate");
      } finally {
        c.rollback();
      }
    }
  }

  private static long generation(Connection c) throws SQLException {
    return ((Number) Sql.catalog(c, "public", "contracted").get("contract_generation")).longValue();
  }

  private static String failure(Connection c, String sql, String sqlState) {
    PSQLException e = assertThrows(PSQLException.class, () -> Sql.run(c, sql), sql);
    assertEquals(sqlState, e.getSQLState(), () -> sql + " -> " + e.getMessage());
    return e.getServerErrorMessage().getMessage();
  }
}
