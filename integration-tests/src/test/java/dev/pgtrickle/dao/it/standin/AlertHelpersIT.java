package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test-only pgtrickle_test helpers send pg_trickle_alert payloads in pg_trickle 0.108.3's exact
 * format: compact, keys in byte order, database_oid, reserved identity keys, and valid JSON with
 * "truncated" and "omitted_fields" when a payload is too big.
 */
class AlertHelpersIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ALERT_BYTES = 7900;

  private static TestDatabase db;
  private static long databaseOid;

  @BeforeAll
  static void createDatabase() throws SQLException {
    db = TestDatabase.create("alert_helpers_it");
    try (Connection c = db.connect()) {
      databaseOid =
          ((Number)
                  Sql.scalar(
                      c, "SELECT oid::bigint FROM pg_database WHERE datname = current_database()"))
              .longValue();
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void refreshCompletedPayloadIsCompactAlphabeticalAndCarriesTheDatabaseOid() throws SQLException {
    String expected =
        "{\"action\":\"DIFFERENTIAL\",\"database_oid\":"
            + databaseOid
            + ",\"duration_ms\":12,\"event\":\"refresh_completed\","
            + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"rows_deleted\":0,\"rows_inserted\":3,\"st\":\"s.t\"}";
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      Object sent =
          Sql.scalar(
              c,
              "SELECT pgtrickle_test.emit_refresh_completed('s', 't', 'DIFFERENTIAL', 3, 0, 12)");
      assertEquals(expected, sent);
      List<String> payloads =
          alerts.awaitPayloadContaining("\"event\":\"refresh_completed\"", TIMEOUT);
      assertTrue(payloads.contains(expected), payloads::toString);
    }
  }

  @Test
  void extraKeysAreMergedSortedAndEscapedButCannotOverrideTheIdentityKeys() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"refresh_failed\",\"pgt_name\":\"t\","
              + "\"pgt_schema\":\"s\",\"previous\":[1,{\"a\":null,\"b\":true}],\"st\":\"s.t\","
              + "\"zeta\":\"say \\\"hi\\\"\\n\"}",
          Sql.scalar(
              c,
              "SELECT pgtrickle_test.emit_alert('refresh_failed', 's', 't', ?::jsonb)",
              "{\"zeta\": \"say \\\"hi\\\"\\n\", \"previous\": [1, {\"b\": true, \"a\": null}],"
                  + " \"st\": \"x.y\", \"event\": \"other\", \"pgt_name\": \"u\","
                  + " \"pgt_schema\": \"v\", \"database_oid\": 1}"));
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"st\":\"s.t\"}",
          Sql.scalar(c, "SELECT pgtrickle_test.emit_alert('resumed', 's', 't')"));
    }
  }

  @Test
  void eventsWithoutAStreamTableCarryOnlyEventAndDatabaseOidPlusTheirKeys() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"buffer_growth_warning\","
              + "\"pending_bytes\":4096,\"slot_name\":\"pgt_slot\"}",
          Sql.scalar(
              c,
              "SELECT pgtrickle_test.emit_alert_without_stream('buffer_growth_warning', "
                  + "'{\"slot_name\": \"pgt_slot\", \"pending_bytes\": 4096, \"event\": \"x\", "
                  + "\"database_oid\": 2}')"));
    }
  }

  @Test
  void aPayloadCanClaimAnotherDatabase() throws SQLException {
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      long other = databaseOid + 1;
      String sent =
          (String)
              Sql.scalar(
                  c,
                  "SELECT pgtrickle_test.emit_alert('refresh_completed', 's', 'elsewhere', '{}', ?)",
                  other);
      assertTrue(sent.startsWith("{\"database_oid\":" + other + ","), sent);
      List<String> payloads = alerts.awaitPayloadContaining("\"pgt_name\":\"elsewhere\"", TIMEOUT);
      assertTrue(payloads.contains(sent), payloads::toString);
    }
  }

  @Test
  void everyEventKindOfTheReleaseCanBeSent() throws SQLException {
    List<String> events =
        List.of(
            "stale_data",
            "auto_suspended",
            "resumed",
            "reinitialize_needed",
            "refresh_completed",
            "refresh_failed",
            "scheduler_falling_behind",
            "append_only_reverted",
            "fuse_blown_reminder",
            "fuse_blown",
            "frozen_tier_skip",
            "cdc_trigger_disabled",
            "cleanup_failure",
            "no_upstream_changes",
            "spill_threshold_exceeded",
            "predicted_sla_breach",
            "watermark_stuck",
            "watermark_resumed",
            "self_monitor_anomaly",
            "freshness_breach",
            "freshness_recovered",
            "freshness_infeasible");
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      for (String event : events) {
        Sql.scalar(c, "SELECT pgtrickle_test.emit_alert(?, 's', 'every')", event);
      }
      List<String> payloads =
          alerts.awaitPayloadContaining("\"event\":\"freshness_infeasible\"", TIMEOUT);
      for (String event : events) {
        assertTrue(
            payloads.stream().anyMatch(p -> p.contains("\"event\":\"" + event + "\"")), event);
      }
    }
  }

  @Test
  void freshnessTransitionsCarryTargetP95AndReason() throws SQLException {
    try (Connection c = db.connect()) {
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"freshness_breach\",\"p95_ms\":1500.5,"
              + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"reason\":\"p95 above target\","
              + "\"st\":\"s.t\",\"target_ms\":1000}",
          Sql.scalar(
              c,
              "SELECT pgtrickle_test.emit_freshness_transition('freshness_breach', 's', 't', "
                  + "1000, 1500.5, 'p95 above target')"));
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"freshness_recovered\",\"p95_ms\":null,"
              + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"reason\":\"recovered\","
              + "\"st\":\"s.t\",\"target_ms\":1000}",
          Sql.scalar(
              c,
              "SELECT pgtrickle_test.emit_freshness_transition('freshness_recovered', 's', 't', "
                  + "1000, NULL, 'recovered')"));
    }
  }

  @Test
  void anOversizedStringIsCutTo512CharactersAndThePayloadStaysValidJson() throws SQLException {
    try (Alerts alerts = Alerts.listen(db.connect());
        Connection c = db.connect()) {
      String payload =
          (String)
              Sql.scalar(
                  c,
                  "SELECT pgtrickle_test.emit_alert('refresh_failed', 's', 'big', "
                      + "jsonb_build_object('error', repeat('é', 9000), 'action', 'FULL'))");
      Map<String, Object> parsed =
          Sql.row(
              c,
              """
                    SELECT (p::jsonb ->> 'truncated')::boolean AS truncated, length(p::jsonb ->> 'error') AS error_chars,
                           p::jsonb ->> 'action' AS action, (p::jsonb -> 'omitted_fields') IS NOT NULL AS omitted
                    FROM (SELECT ?::text AS p) x
                    """,
              payload);
      assertEquals(
          Map.of("truncated", true, "error_chars", 512, "action", "FULL", "omitted", false),
          parsed);
      assertTrue(
          payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_ALERT_BYTES);
      assertTrue(alerts.awaitPayloadContaining("\"pgt_name\":\"big\"", TIMEOUT).contains(payload));
    }
  }

  @Test
  void tooManyKeysAreOmittedInNameOrderAndListed() throws SQLException {
    try (Connection c = db.connect()) {
      String payload =
          (String)
              Sql.scalar(
                  c,
                  """
                    SELECT pgtrickle_test.alert_payload('refresh_failed', 's', 't',
                        (SELECT jsonb_object_agg('k' || lpad(g::text, 2, '0'), repeat('v', 500))
                         FROM generate_series(1, 20) g))
                    """);
      Map<String, Object> parsed =
          Sql.row(
              c,
              """
                    SELECT (p::jsonb ->> 'truncated')::boolean AS truncated,
                           p::jsonb -> 'omitted_fields' AS omitted,
                           p::jsonb ->> 'st' AS st, (p::jsonb -> 'k20') IS NOT NULL AS has_last
                    FROM (SELECT ?::text AS p) x
                    """,
              payload);
      assertEquals(true, parsed.get("truncated"));
      assertEquals("s.t", parsed.get("st"));
      assertEquals(
          true, parsed.get("has_last"), "keys are removed in name order, the last ones stay");
      assertEquals(
          "[\"k01\", \"k02\", \"k03\", \"k04\", \"k05\"]", String.valueOf(parsed.get("omitted")));
      assertTrue(payload.length() <= MAX_ALERT_BYTES, payload::toString);
    }
  }

  @Test
  void overlongIdentityStringsAreCutTo512Characters() throws SQLException {
    try (Connection c = db.connect()) {
      String payload =
          (String)
              Sql.scalar(
                  c,
                  """
                    SELECT pgtrickle_test.alert_payload('refresh_failed', repeat('s', 5000), repeat('t', 5000))
                    """);
      assertEquals(
          "{\"database_oid\":"
              + databaseOid
              + ",\"event\":\"refresh_failed\",\"pgt_name\":\""
              + "t".repeat(512)
              + "\",\"pgt_schema\":\""
              + "s".repeat(512)
              + "\",\"st\":\""
              + "s".repeat(512)
              + "\",\"truncated\":true}",
          payload);
      String small = (String) Sql.scalar(c, "SELECT pgtrickle_test.alert_payload('e', 's', 't')");
      assertFalse(small.contains("truncated"), small);
      assertNotEquals(payload, small);
    }
  }
}
