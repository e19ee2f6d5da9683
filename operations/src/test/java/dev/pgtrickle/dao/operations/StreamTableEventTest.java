package dev.pgtrickle.dao.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.operations.internal.AlertPayload;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StreamTableEventTest {
  private static final StreamTableName TABLE = StreamTableName.of("s", "t");

  private static StreamTableEvent event(String payload) {
    AlertPayload parsed = AlertPayload.parse(payload);
    StreamTableName table = StreamTableWatcher.tableOf(parsed);
    assertEquals(TABLE, table);
    return StreamTableEvent.fromAlert(table, parsed);
  }

  @Test
  void refreshCompleted() {
    StreamTableEvent e =
        event(
            "{\"action\":\"DIFFERENTIAL\",\"duration_ms\":12,\"event\":\"refresh_completed\","
                + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"rows_deleted\":0,\"rows_inserted\":3,\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.REFRESH_COMPLETED, e.kind());
    assertEquals(StreamTableEvent.Source.NOTIFICATION, e.source());
    assertEquals("refresh_completed", e.name());
    assertEquals(Optional.of("DIFFERENTIAL"), e.action());
    assertEquals(OptionalLong.of(3), e.rowsInserted());
    assertEquals(OptionalLong.of(0), e.rowsDeleted());
    assertEquals(Optional.of(Duration.ofMillis(12)), e.duration());
    assertFalse(e.isTruncated());
    assertFalse(e.mayHaveMissedEvents());
  }

  @Test
  void refreshFailed() {
    StreamTableEvent e =
        event(
            "{\"action\":\"FULL\",\"error\":\"division by zero\",\"event\":\"refresh_failed\","
                + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.REFRESH_FAILED, e.kind());
    assertEquals(Optional.of("division by zero"), e.error());
  }

  @Test
  void staleDataAndNoUpstreamChanges() {
    StreamTableEvent stale =
        event(
            "{\"event\":\"stale_data\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"ratio\":2.5,"
                + "\"schedule_seconds\":60.0,\"st\":\"s.t\",\"staleness_seconds\":150.0}");
    assertEquals(StreamTableEvent.Kind.STALE_DATA, stale.kind());
    assertEquals(OptionalDouble.of(2.5), stale.ratio());
    assertEquals(Optional.of(Duration.ofSeconds(60)), stale.schedule());
    assertEquals(Optional.of(Duration.ofSeconds(150)), stale.staleness());
    StreamTableEvent idle =
        event(
            "{\"event\":\"no_upstream_changes\",\"idle_seconds\":130.2,\"pgt_name\":\"t\","
                + "\"pgt_schema\":\"s\",\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.NO_UPSTREAM_CHANGES, idle.kind());
    assertEquals(Optional.of(Duration.ofMillis(130_200)), idle.idle());
  }

  @Test
  void suspensionResumptionAndReinitialisation() {
    StreamTableEvent suspended =
        event(
            "{\"consecutive_errors\":3,\"event\":\"auto_suspended\",\"pgt_name\":\"t\","
                + "\"pgt_schema\":\"s\",\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.AUTO_SUSPENDED, suspended.kind());
    assertEquals(OptionalLong.of(3), suspended.consecutiveErrors());
    StreamTableEvent resumed =
        event(
            "{\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
                + "\"previous_status\":\"SUSPENDED\",\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.RESUMED, resumed.kind());
    assertEquals(Optional.of(Freshness.Status.SUSPENDED), resumed.previousStatus());
    StreamTableEvent reinit =
        event(
            "{\"event\":\"reinitialize_needed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
                + "\"reason\":\"source altered\",\"st\":\"s.t\"}");
    assertEquals(StreamTableEvent.Kind.REINITIALIZE_NEEDED, reinit.kind());
    assertEquals(Optional.of("source altered"), reinit.reason());
  }

  @Test
  void unknownEventsAreOther() {
    assertEquals(
        StreamTableEvent.Kind.OTHER,
        event(
                "{\"event\":\"spill_threshold_exceeded\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
                    + "\"st\":\"s.t\"}")
            .kind());
  }

  @Test
  void truncatedEventsKeepWhatArrived() {
    StreamTableEvent e =
        event(
            "{\"event\":\"reinitialize_needed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
                + "\"reason\":\""
                + "r".repeat(100)
                + "...}");
    assertTrue(e.isTruncated());
    assertEquals(StreamTableEvent.Kind.REINITIALIZE_NEEDED, e.kind());
    assertEquals(Optional.of("r".repeat(100) + "..."), e.reason());
  }

  @Test
  void routingFallsBackToStAndRefusesCutNames() {
    assertEquals(TABLE, StreamTableWatcher.tableOf(AlertPayload.parse("{\"st\":\"s.t\"}")));
    assertEquals(
        StreamTableName.of("s", "t.x"),
        StreamTableWatcher.tableOf(AlertPayload.parse("{\"st\":\"s.t.x\"}")));
    assertNull(
        StreamTableWatcher.tableOf(AlertPayload.parse("{\"event\":\"buffer_growth_warning\"}")));
    assertNull(
        StreamTableWatcher.tableOf(
            AlertPayload.parse("{\"event\":\"x\",\"pgt_name\":\"order_to...}")));
    assertNull(
        StreamTableWatcher.tableOf(
            AlertPayload.parse("{\"action\":\"FULL\",\"error\":\"" + "e".repeat(20) + "...}")));
  }

  @Test
  void theMissedSignalSaysWhy() {
    StreamTableEvent e = StreamTableEvent.missed(TABLE, "reconnected");
    assertTrue(e.mayHaveMissedEvents());
    assertEquals(StreamTableEvent.Source.WATCHER, e.source());
    assertEquals(Optional.of("reconnected"), e.reason());
    assertEquals(StreamTableEvent.EVENTS_MAY_HAVE_BEEN_MISSED, e.name());
  }
}
