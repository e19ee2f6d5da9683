package dev.pgtrickle.dao.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.operations.internal.AlertPayload;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The events pg_trickle 0.108 sends, as typed kinds. */
class StreamTableEvent108Test {
  private static final StreamTableName TABLE = StreamTableName.of("s", "t");

  private static StreamTableEvent event(String name, String extra) {
    String payload =
        "{\"database_oid\":16384,\"event\":\""
            + name
            + "\","
            + extra
            + "\"pgt_name\":\"t\","
            + "\"pgt_schema\":\"s\",\"st\":\"s.t\"}";
    AlertPayload parsed = AlertPayload.parse(payload);
    assertEquals(TABLE, StreamTableWatcher.tableOf(parsed));
    return StreamTableEvent.fromAlert(TABLE, parsed);
  }

  @Test
  void newEventsAreTypedKinds() {
    assertEquals(StreamTableEvent.Kind.FRESHNESS_BREACH, event("freshness_breach", "").kind());
    assertEquals(
        StreamTableEvent.Kind.FRESHNESS_RECOVERED, event("freshness_recovered", "").kind());
    assertEquals(
        StreamTableEvent.Kind.FRESHNESS_INFEASIBLE, event("freshness_infeasible", "").kind());
    assertEquals(
        StreamTableEvent.Kind.PREDICTED_SLA_BREACH, event("predicted_sla_breach", "").kind());
    assertEquals(StreamTableEvent.Kind.FUSE_BLOWN, event("fuse_blown", "").kind());
    assertEquals(StreamTableEvent.Kind.FUSE_BLOWN, event("fuse_blown_reminder", "").kind());
    assertEquals(
        StreamTableEvent.Kind.APPEND_ONLY_REVERTED, event("append_only_reverted", "").kind());
    assertEquals(StreamTableEvent.Kind.FROZEN_TIER_SKIP, event("frozen_tier_skip", "").kind());
    assertEquals(
        StreamTableEvent.Kind.CDC_TRIGGER_DISABLED, event("cdc_trigger_disabled", "").kind());
    assertEquals(
        StreamTableEvent.Kind.SCHEDULER_FALLING_BEHIND,
        event("scheduler_falling_behind", "").kind());
    assertEquals(StreamTableEvent.Kind.WATERMARK, event("watermark_stuck", "").kind());
    assertEquals(StreamTableEvent.Kind.WATERMARK, event("watermark_resumed", "").kind());
  }

  @Test
  void freshnessEventsCarryTargetAndP95() {
    StreamTableEvent e =
        event(
            "freshness_infeasible",
            "\"p95_ms\":4500.5,\"reason\":\"refresh takes 4s\"," + "\"target_ms\":2000,");
    assertEquals(Optional.of(Duration.ofMillis(2000)), e.target());
    assertEquals(Optional.of(Duration.ofNanos(4_500_500_000L)), e.p95());
    assertEquals(Optional.of("refresh takes 4s"), e.reason());
  }

  @Test
  void aTruncatedPayloadSaysWhatItDropped() {
    StreamTableEvent e =
        event(
            "refresh_failed",
            "\"error\":\"boom ...\",\"omitted_fields\":[\"action\"]," + "\"truncated\":true,");
    assertTrue(e.isTruncated());
    assertEquals(List.of("action"), e.omittedFields());
    assertEquals(Optional.empty(), e.action());
    assertEquals(Optional.of("boom ..."), e.error());
  }

  @Test
  void theResumedPayloadCapturedFromTheStandIn() {
    AlertPayload parsed =
        AlertPayload.parse(
            "{\"database_oid\":16384,\"event\":\"resumed\",\"pgt_name\":\"t\","
                + "\"pgt_schema\":\"s\",\"previous_status\":\"SUSPENDED\",\"st\":\"s.t\"}");
    StreamTableEvent e = StreamTableEvent.fromAlert(StreamTableWatcher.tableOf(parsed), parsed);
    assertEquals(StreamTableEvent.Kind.RESUMED, e.kind());
    assertEquals(Optional.of(Freshness.Status.SUSPENDED), e.previousStatus());
    assertEquals(List.of(), e.omittedFields());
  }
}
