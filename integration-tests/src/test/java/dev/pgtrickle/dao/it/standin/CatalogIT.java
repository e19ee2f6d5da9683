package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The catalog row create_stream_table writes, and the views and functions reading it. */
class CatalogIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("catalog_it");
    db.execute(
        """
                CREATE TABLE items (id int PRIMARY KEY, kind text);
                INSERT INTO items VALUES (1, 'a'), (2, 'b');
                SELECT pgtrickle.create_stream_table('public.auto_calc', 'SELECT id, kind FROM items');
                SELECT pgtrickle.create_stream_table('public.with_schedule', 'SELECT id FROM items',
                    schedule => '1h30m', refresh_mode => 'FULL');
                SELECT pgtrickle.create_stream_table('public.immediate', 'SELECT kind FROM items',
                    schedule => '5m', refresh_mode => 'IMMEDIATE');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void createdTableIsActivePopulatedAndTimestamped() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row = Sql.catalog(c, "public", "with_schedule");
      assertEquals("ACTIVE", row.get("status"));
      assertEquals(true, row.get("is_populated"));
      assertEquals(0, row.get("consecutive_errors"));
      assertNotNull(row.get("data_timestamp"));
      assertNotNull(row.get("last_refresh_at"));
      assertEquals(
          Sql.scalar(c, "SELECT 'public.with_schedule'::regclass::oid"), row.get("pgt_relid"));
      assertEquals(
          List.of("INITIAL"),
          Sql.column(
              c,
              """
                    SELECT h.initiated_by FROM pgtrickle.pgt_refresh_history h
                    JOIN pgtrickle.pgt_stream_tables st USING (pgt_id)
                    WHERE st.pgt_name = 'with_schedule' AND h.status = 'COMPLETED'
                    ORDER BY h.refresh_id LIMIT 1
                    """));
    }
  }

  @Test
  void autoIsResolvedAndCalculatedIsStoredAsNull() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row = Sql.catalog(c, "public", "auto_calc");
      assertTrue(
          List.of("DIFFERENTIAL", "FULL").contains(row.get("refresh_mode")),
          "AUTO resolves before it is stored: " + row.get("refresh_mode"));
      assertNull(row.get("schedule"));
      assertEquals(
          0L,
          Sql.scalar(
              c, "SELECT count(*) FROM pgtrickle.pgt_stream_tables WHERE refresh_mode = 'AUTO'"));
    }
  }

  @Test
  void durationSchedulesAreKeptAndImmediateTablesHaveNone() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> scheduled = Sql.catalog(c, "public", "with_schedule");
      assertEquals("FULL", scheduled.get("refresh_mode"));
      assertEquals("1h30m", scheduled.get("schedule"));
      Map<String, Object> immediate = Sql.catalog(c, "public", "immediate");
      assertEquals("IMMEDIATE", immediate.get("refresh_mode"));
      assertNull(immediate.get("schedule"), "IMMEDIATE forces schedule to NULL");
    }
  }

  @Test
  void initializeFalseLeavesTheTableInitializingWithoutTimestamps() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Sql.run(
            c,
            "SELECT pgtrickle.create_stream_table('public.lazy', 'SELECT id FROM items', "
                + "schedule => '1h', initialize => false)");
        Map<String, Object> row = Sql.catalog(c, "public", "lazy");
        assertEquals("INITIALIZING", row.get("status"));
        assertEquals(false, row.get("is_populated"));
        assertNull(row.get("data_timestamp"));
        assertNull(row.get("last_refresh_at"));
        assertEquals(0L, Sql.scalar(c, "SELECT count(*) FROM public.lazy"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void creatingAnExistingStreamTableFailsWith42P07() throws SQLException {
    try (Connection c = db.connect()) {
      PSQLException e =
          assertThrows(
              PSQLException.class,
              () ->
                  Sql.run(
                      c,
                      "SELECT pgtrickle.create_stream_table('public.with_schedule', 'SELECT 1 AS x')"));
      assertEquals("42P07", e.getSQLState());
      assertEquals(
          "stream table already exists: public.with_schedule",
          e.getServerErrorMessage().getMessage());
    }
  }

  @Test
  void createReportsAnInfoMessage() throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        List<String> messages =
            Sql.run(
                c,
                "SELECT pgtrickle.create_stream_table("
                    + "'public.noisy', 'SELECT id FROM items', schedule => '1h', refresh_mode => 'FULL')");
        assertTrue(
            messages.stream()
                .anyMatch(
                    m ->
                        m.startsWith("Stream table public.noisy created (pgt_id=")
                            && m.endsWith(", mode=FULL, initialized=true)")),
            messages::toString);
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void streamTablesInfoAddsStalenessStaleAndIsTopk() throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> scheduled =
          Sql.row(
              c,
              """
                    SELECT staleness IS NOT NULL AS has_staleness, stale, is_topk, pgt_name
                    FROM pgtrickle.stream_tables_info WHERE pgt_name = 'with_schedule'
                    """);
      assertEquals(true, scheduled.get("has_staleness"));
      assertEquals(false, scheduled.get("stale"), "refreshed well within 1h30m");
      assertEquals(false, scheduled.get("is_topk"));
      assertNull(
          Sql.scalar(
              c, "SELECT stale FROM pgtrickle.stream_tables_info WHERE pgt_name = 'immediate'"),
          "stale is NULL without a duration schedule");
    }
  }

  @Test
  void parseDurationSecondsFollowsTheScheduleGrammar() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(30L, Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('30')"));
      assertEquals(5400L, Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('1h30m')"));
      assertEquals(90061L, Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('1d1h1m1s')"));
      assertEquals(604800L, Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('1w')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('*/5 * * * *')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('@hourly')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds('soon')"));
      assertNull(Sql.scalar(c, "SELECT pgtrickle.parse_duration_seconds(NULL)"));
    }
  }

  /** The 0.108.3 install script's column order (a fresh install; upgraded ones append). */
  private static final String CATALOG_COLUMNS =
      "pgt_id pgt_relid pgt_name pgt_schema defining_query original_query schedule refresh_mode"
          + " requested_refresh_mode status is_populated data_timestamp frontier tentative_frontier"
          + " last_refresh_at consecutive_errors needs_reinit auto_threshold last_full_ms functions_used"
          + " topk_limit topk_order_by topk_offset diamond_consistency diamond_schedule_policy has_keyless_source"
          + " function_hashes requested_cdc_mode is_append_only scc_id last_fixpoint_iterations"
          + " max_differential_joins max_delta_fraction pooler_compatibility_mode refresh_tier effective_refresh_mode"
          + " fuse_mode fuse_state fuse_ceiling fuse_sensitivity blown_at blow_reason last_error_message"
          + " last_error_at self_heal_work_mem_percent self_heal_lock_backoff_exponent self_heal_success_streak"
          + " last_error_code last_error_retryable downstream_publication_name freshness_deadline_ms"
          + " target_freshness_mode refresh_reason refresh_reason_detail st_partition_key in_shadow_build"
          + " shadow_table_name st_placement temporal_mode storage_backend post_refresh_action reindex_drift_threshold"
          + " rows_changed_since_last_reindex last_reindex_at column_lineage defining_query_hash"
          + " storage_fillfactor query_complexity_class row_identity_version row_probe_version window_strategy"
          + " created_at updated_at defining_search_path orchestration_mode contract_generation";

  private static final String HISTORY_COLUMNS =
      "refresh_id pgt_id data_timestamp start_time end_time action rows_inserted rows_updated"
          + " rows_deleted delta_row_count merge_strategy_used was_full_fallback refresh_reason"
          + " refresh_reason_detail error_message status initiated_by freshness_deadline tick_watermark_lsn"
          + " fixpoint_iteration error_code error_sqlstate retryable duration_ms source_commit_at"
          + " visibility_xid visible_at commit_to_visible_ms plan_identity";

  @Test
  void theCatalogHasTheReleasesSeventySixColumnsInOrder() throws SQLException {
    try (Connection c = db.connect()) {
      List<Object> columns =
          Sql.column(
              c,
              """
                    SELECT attname::text FROM pg_attribute
                    WHERE attrelid = 'pgtrickle.pgt_stream_tables'::regclass AND attnum > 0 AND NOT attisdropped
                    ORDER BY attnum
                    """);
      assertEquals(List.of(CATALOG_COLUMNS.split(" ")), columns);
      assertEquals(76, columns.size());
      assertEquals(
          true,
          Sql.scalar(
              c,
              """
                    SELECT attnotnull FROM pg_attribute
                    WHERE attrelid = 'pgtrickle.pgt_stream_tables'::regclass AND attname = 'defining_search_path'
                    """));
      List<Object> view =
          Sql.column(
              c,
              """
                    SELECT attname::text FROM pg_attribute
                    WHERE attrelid = 'pgtrickle.stream_tables_info'::regclass AND attnum > 0 ORDER BY attnum
                    """);
      assertEquals(79, view.size());
      assertEquals(List.of("staleness", "stale", "is_topk"), view.subList(76, 79));
    }
  }

  @Test
  void theRefreshHistoryHasTheReleasesColumns() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          List.of(HISTORY_COLUMNS.split(" ")),
          Sql.column(
              c,
              """
                    SELECT attname::text FROM pg_attribute
                    WHERE attrelid = 'pgtrickle.pgt_refresh_history'::regclass AND attnum > 0 AND NOT attisdropped
                    ORDER BY attnum
                    """));
      Map<String, Object> initial =
          Sql.row(
              c,
              """
                    SELECT h.initiated_by, h.rows_updated, h.duration_ms IS NOT NULL AS timed
                    FROM pgtrickle.pgt_refresh_history h JOIN pgtrickle.pgt_stream_tables st USING (pgt_id)
                    WHERE st.pgt_name = 'with_schedule' ORDER BY h.refresh_id LIMIT 1
                    """);
      assertEquals(Map.of("initiated_by", "INITIAL", "rows_updated", 0L, "timed", true), initial);
    }
  }

  @Test
  void aNewRowRecordsTheRequestedModeTheCallersSearchPathAndManagedOrchestration()
      throws SQLException {
    try (Connection c = db.connect()) {
      Map<String, Object> row = Sql.catalog(c, "public", "auto_calc");
      assertEquals("AUTO", row.get("requested_refresh_mode"));
      assertEquals("MANAGED", row.get("orchestration_mode"));
      assertTrue(
          ((String) row.get("defining_search_path")).endsWith("public"),
          String.valueOf(row.get("defining_search_path")));
      assertTrue(
          !((String) row.get("defining_search_path")).contains("$user"),
          "a bare $user is expanded");
      assertNull(row.get("last_error_retryable"), "no error yet");
      assertNull(row.get("last_error_code"));
    }
  }
}
