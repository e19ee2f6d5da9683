package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API functions have pg_trickle's parameter names, defaults and STRICT-ness, so calls with
 * named arguments bind the same way, and the lifecycle functions are SECURITY DEFINER, as in the
 * 0.108.3 install script.
 */
class SignaturesIT {

  private static TestDatabase db;

  @BeforeAll
  static void createDatabase() throws SQLException {
    db = TestDatabase.create("signatures_it");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void createStreamTableHasNineteenParameters() throws SQLException {
    assertEquals(
        "name text, query text, schedule text DEFAULT 'calculated'::text, "
            + "refresh_mode text DEFAULT 'AUTO'::text, initialize boolean DEFAULT true, "
            + "diamond_consistency text DEFAULT NULL::text, diamond_schedule_policy text DEFAULT NULL::text, "
            + "cdc_mode text DEFAULT NULL::text, append_only boolean DEFAULT false, "
            + "pooler_compatibility_mode boolean DEFAULT false, partition_by text DEFAULT NULL::text, "
            + "max_differential_joins integer DEFAULT NULL::integer, "
            + "max_delta_fraction double precision DEFAULT NULL::double precision, "
            + "output_distribution_column text DEFAULT NULL::text, temporal boolean DEFAULT false, "
            + "storage_backend text DEFAULT NULL::text, fillfactor integer DEFAULT NULL::integer, "
            + "target_freshness text DEFAULT NULL::text, orchestration_mode text DEFAULT 'MANAGED'::text",
        arguments("create_stream_table"));
  }

  @Test
  void alterStreamTableHasTwentyParametersAllDefaultingToNullWithTargetFreshnessLast()
      throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(
              "name",
              "query",
              "schedule",
              "refresh_mode",
              "status",
              "diamond_consistency",
              "diamond_schedule_policy",
              "cdc_mode",
              "append_only",
              "pooler_compatibility_mode",
              "tier",
              "fuse",
              "fuse_ceiling",
              "fuse_sensitivity",
              "partition_by",
              "max_differential_joins",
              "max_delta_fraction",
              "post_refresh_action",
              "reindex_drift_threshold",
              "target_freshness"),
          Sql.column(
              c,
              """
                            SELECT unnest(proargnames) FROM pg_proc
                            WHERE oid = 'pgtrickle.alter_stream_table'::regproc
                            """));
      assertEquals(
          19,
          ((Number)
                  Sql.scalar(
                      c,
                      "SELECT pronargdefaults FROM pg_proc WHERE oid = 'pgtrickle.alter_stream_table'::regproc"))
              .intValue());
    }
  }

  @Test
  void createOrReplaceHasTheFirstSixteenParametersPlusOrchestrationMode() throws SQLException {
    assertEquals(
        "name text, query text, schedule text DEFAULT 'calculated'::text, "
            + "refresh_mode text DEFAULT 'AUTO'::text, initialize boolean DEFAULT true, "
            + "diamond_consistency text DEFAULT NULL::text, diamond_schedule_policy text DEFAULT NULL::text, "
            + "cdc_mode text DEFAULT NULL::text, append_only boolean DEFAULT false, "
            + "pooler_compatibility_mode boolean DEFAULT false, partition_by text DEFAULT NULL::text, "
            + "max_differential_joins integer DEFAULT NULL::integer, "
            + "max_delta_fraction double precision DEFAULT NULL::double precision, "
            + "output_distribution_column text DEFAULT NULL::text, temporal boolean DEFAULT false, "
            + "storage_backend text DEFAULT NULL::text, orchestration_mode text DEFAULT NULL::text",
        arguments("create_or_replace_stream_table"));
    assertEquals(arguments("create_stream_table"), arguments("create_stream_table_if_not_exists"));
  }

  @Test
  void otherLifecycleAndMonitoringSignatures() throws SQLException {
    assertEquals("name text, cascade boolean DEFAULT false", arguments("drop_stream_table"));
    assertEquals("name text", arguments("refresh_stream_table"));
    assertEquals("name text", arguments("resume_stream_table"));
    assertEquals("name text", arguments("pause_stream_table"));
    assertEquals("name text", arguments("get_staleness"));
    assertEquals("input text", arguments("parse_duration_seconds"));
    assertEquals("name text, max_rows integer DEFAULT 20", arguments("get_refresh_history"));
    assertEquals("", arguments("pgt_status"));
    assertEquals("", arguments("freshness"));
    assertEquals("stream_table regclass", arguments("stream_table_contract"));
    assertEquals("sql text, stream_table_name text", arguments("write_and_refresh"));
  }

  @Test
  void resultColumnsMatchTheRelease() throws SQLException {
    assertEquals(
        "TABLE(refresh_id bigint, data_timestamp timestamp with time zone, "
            + "start_time timestamp with time zone, end_time timestamp with time zone, action text, "
            + "status text, rows_inserted bigint, rows_updated bigint, rows_deleted bigint, "
            + "duration_ms double precision, error_message text, refresh_reason text, "
            + "refresh_reason_detail text)",
        result("get_refresh_history"));
    assertEquals(
        "TABLE(name text, status text, refresh_mode text, is_populated boolean, "
            + "consecutive_errors integer, schedule text, data_timestamp timestamp with time zone, "
            + "staleness interval, scc_id integer)",
        result("pgt_status"));
    assertEquals(
        "TABLE(stream_table text, target interval, p50 interval, p95 interval, p99 interval, "
            + "status text)",
        result("freshness"));
    assertEquals(
        "TABLE(contract_version smallint, contract_generation bigint, contract_digest bytea, "
            + "contract jsonb)",
        result("stream_table_contract"));
    assertEquals("double precision", result("get_staleness"));
    assertEquals("text", result("version"));
  }

  @Test
  void strictnessAndSecurityMatchTheRelease() throws SQLException {
    // name -> {STRICT, SECURITY DEFINER}, from the 0.108.3 install script
    Map<String, List<Boolean>> expected =
        Map.ofEntries(
            Map.entry("create_stream_table", List.of(false, true)),
            Map.entry("create_stream_table_if_not_exists", List.of(false, true)),
            Map.entry("create_or_replace_stream_table", List.of(false, true)),
            Map.entry("alter_stream_table", List.of(false, true)),
            Map.entry("drop_stream_table", List.of(true, true)),
            Map.entry("refresh_stream_table", List.of(true, true)),
            Map.entry("resume_stream_table", List.of(true, true)),
            Map.entry("pause_stream_table", List.of(true, true)),
            Map.entry("stream_table_contract", List.of(true, true)),
            Map.entry("get_staleness", List.of(true, false)),
            Map.entry("pgt_status", List.of(true, false)),
            Map.entry("freshness", List.of(true, false)),
            Map.entry("get_refresh_history", List.of(true, false)),
            Map.entry("parse_duration_seconds", List.of(true, false)));
    try (Connection c = db.connect()) {
      for (Map.Entry<String, List<Boolean>> function : expected.entrySet()) {
        Map<String, Object> row =
            Sql.row(
                c,
                """
                        SELECT proisstrict, prosecdef FROM pg_proc
                        WHERE proname = ? AND pronamespace = 'pgtrickle'::regnamespace
                        """,
                function.getKey());
        assertEquals(
            function.getValue().get(0), row.get("proisstrict"), function.getKey() + " STRICT");
        assertEquals(
            function.getValue().get(1),
            row.get("prosecdef"),
            function.getKey() + " SECURITY DEFINER");
      }
      assertEquals(
          "i",
          Sql.scalar(
              c,
              "SELECT provolatile::text FROM pg_proc WHERE oid = 'pgtrickle.parse_duration_seconds'::regproc"));
    }
  }

  @Test
  void versionIsTheRelease() throws SQLException {
    try (Connection c = db.connect()) {
      String version = (String) Sql.scalar(c, "SELECT pgtrickle.version()");
      assertTrue(version.matches("0\\.108\\.\\d+"), version);
      if (db.standIn()) {
        assertEquals("0.108.3", version);
      }
    }
  }

  @Test
  void everyCreateParameterBindsByName() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.exec(c, "CREATE TABLE named_src (id int PRIMARY KEY, grp text)");
        Sql.run(
            c,
            """
                        SELECT pgtrickle.create_stream_table(
                            name => 'public.named_all', query => 'SELECT grp, count(*) AS n FROM named_src GROUP BY grp',
                            schedule => '5m', refresh_mode => 'DIFFERENTIAL', initialize => true,
                            diamond_consistency => 'none', diamond_schedule_policy => 'fastest',
                            cdc_mode => 'trigger', append_only => false, pooler_compatibility_mode => true,
                            partition_by => NULL, max_differential_joins => 3, max_delta_fraction => 0.5,
                            output_distribution_column => NULL, temporal => false, storage_backend => NULL,
                            fillfactor => 70, target_freshness => NULL, orchestration_mode => 'managed')
                        """);
        Map<String, Object> row = Sql.catalog(c, "public", "named_all");
        assertEquals("5m", row.get("schedule"));
        assertEquals("DIFFERENTIAL", row.get("requested_refresh_mode"));
        assertEquals("none", row.get("diamond_consistency"));
        assertEquals("trigger", row.get("requested_cdc_mode"));
        assertEquals(true, row.get("pooler_compatibility_mode"));
        assertEquals(3, row.get("max_differential_joins"));
        assertEquals(0.5, row.get("max_delta_fraction"));
        assertEquals(70, row.get("storage_fillfactor"));
        assertEquals("MANAGED", row.get("orchestration_mode"));
        assertEquals(
            "{fillfactor=70}",
            String.valueOf(
                    Sql.scalar(
                        c,
                        "SELECT reloptions::text FROM pg_class WHERE oid = 'public.named_all'::regclass"))
                .replace('"', ' ')
                .trim());

        Sql.run(
            c,
            """
                        SELECT pgtrickle.create_stream_table_if_not_exists(
                            name => 'public.named_all', query => 'SELECT 1 AS one', schedule => '1m',
                            refresh_mode => 'FULL', initialize => false, diamond_consistency => NULL,
                            diamond_schedule_policy => NULL, cdc_mode => NULL, append_only => false,
                            pooler_compatibility_mode => false, partition_by => NULL,
                            max_differential_joins => NULL, max_delta_fraction => NULL,
                            output_distribution_column => NULL, temporal => false, storage_backend => NULL,
                            fillfactor => NULL, target_freshness => NULL, orchestration_mode => 'MANAGED')
                        """);
        assertEquals("5m", Sql.catalog(c, "public", "named_all").get("schedule"), "left unchanged");

        Sql.run(
            c,
            """
                        SELECT pgtrickle.alter_stream_table(
                            name => 'public.named_all', query => NULL, schedule => NULL, refresh_mode => NULL,
                            status => 'ACTIVE', diamond_consistency => 'atomic', diamond_schedule_policy => 'slowest',
                            cdc_mode => NULL, append_only => NULL, pooler_compatibility_mode => false, tier => 'warm',
                            fuse => NULL, fuse_ceiling => NULL, fuse_sensitivity => NULL, partition_by => NULL,
                            max_differential_joins => NULL, max_delta_fraction => NULL, post_refresh_action => NULL,
                            reindex_drift_threshold => NULL, target_freshness => 'manual')
                        """);
        row = Sql.catalog(c, "public", "named_all");
        assertEquals("slowest", row.get("diamond_schedule_policy"));
        assertEquals("warm", row.get("refresh_tier"));
        assertEquals("MANUAL", row.get("target_freshness_mode"));
        assertEquals("manual", row.get("schedule"));

        Sql.run(
            c,
            """
                        SELECT pgtrickle.create_or_replace_stream_table(
                            name => 'public.named_all', query => 'SELECT grp, count(*) AS n FROM named_src GROUP BY grp',
                            schedule => 'calculated', refresh_mode => 'AUTO', initialize => true,
                            diamond_consistency => NULL, diamond_schedule_policy => NULL, cdc_mode => NULL,
                            append_only => false, pooler_compatibility_mode => false, partition_by => NULL,
                            max_differential_joins => NULL, max_delta_fraction => NULL,
                            output_distribution_column => NULL, temporal => false, storage_backend => NULL,
                            orchestration_mode => NULL)
                        """);
        Sql.run(c, "SELECT pgtrickle.refresh_stream_table(name => 'public.named_all')");
        Sql.run(c, "SELECT pgtrickle.pause_stream_table(name => 'public.named_all')");
        Sql.run(c, "SELECT pgtrickle.resume_stream_table(name => 'public.named_all')");
        Sql.scalar(c, "SELECT pgtrickle.get_staleness(name => 'public.named_all')");
        Sql.column(
            c,
            "SELECT refresh_id FROM pgtrickle.get_refresh_history(name => 'public.named_all', max_rows => 5)");
        Sql.column(
            c,
            "SELECT contract_generation FROM pgtrickle.stream_table_contract("
                + "stream_table => 'public.named_all'::regclass)");
        Sql.run(
            c,
            "SELECT pgtrickle.drop_stream_table(name => 'public.named_all', \"cascade\" => true)");
        assertEquals(
            0L,
            Sql.scalar(
                c,
                "SELECT count(*) FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'named_all'"));
      } finally {
        c.rollback();
      }
    }
  }

  private static String result(String function) throws SQLException {
    try (Connection c = db.connect()) {
      return (String)
          Sql.scalar(
              c,
              """
                    SELECT pg_get_function_result(p.oid) FROM pg_proc p
                    WHERE p.proname = ? AND p.pronamespace = 'pgtrickle'::regnamespace
                    """,
              function);
    }
  }

  private static String arguments(String function) throws SQLException {
    try (Connection c = db.connect()) {
      return (String)
          Sql.scalar(
              c,
              """
                    SELECT pg_get_function_arguments(p.oid) FROM pg_proc p
                    WHERE p.proname = ? AND p.pronamespace = 'pgtrickle'::regnamespace
                    """,
              function);
    }
  }
}
