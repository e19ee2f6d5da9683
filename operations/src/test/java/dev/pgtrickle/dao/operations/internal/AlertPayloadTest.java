package dev.pgtrickle.dao.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertPayloadTest {

  /** The payloads of reference section 5.1, verbatim. */
  private static final String[] REAL_PAYLOADS = {
    "{\"action\":\"DIFFERENTIAL\",\"duration_ms\":12,\"event\":\"refresh_completed\","
        + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"rows_deleted\":0,\"rows_inserted\":3,\"st\":\"s.t\"}",
    "{\"action\":\"FULL\",\"error\":\"<text>\",\"event\":\"refresh_failed\",\"pgt_name\":\"t\","
        + "\"pgt_schema\":\"s\",\"st\":\"s.t\"}",
    "{\"event\":\"stale_data\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"ratio\":2.5,"
        + "\"schedule_seconds\":60.0,\"st\":\"s.t\",\"staleness_seconds\":150.0}",
    "{\"event\":\"no_upstream_changes\",\"idle_seconds\":130.2,\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
        + "\"st\":\"s.t\"}",
    "{\"consecutive_errors\":3,\"event\":\"auto_suspended\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
        + "\"st\":\"s.t\"}",
    "{\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"previous_status\":\"SUSPENDED\","
        + "\"st\":\"s.t\"}",
    "{\"event\":\"reinitialize_needed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"reason\":\"<text>\","
        + "\"st\":\"s.t\"}"
  };

  @Test
  void readsEveryRealPayloadCompletely() {
    for (String text : REAL_PAYLOADS) {
      AlertPayload payload = AlertPayload.parse(text);
      assertTrue(payload.isComplete(), text);
      assertFalse(payload.isTruncated(), text);
      assertEquals(Optional.of("s"), payload.get("pgt_schema"));
      assertEquals(Optional.of("t"), payload.get("pgt_name"));
      assertEquals(Optional.of("s.t"), payload.get("st"));
      assertEquals(Optional.empty(), payload.partialKey());
    }
  }

  @Test
  void keepsNumbersAsTheirTextAndOrder() {
    AlertPayload payload = AlertPayload.parse(REAL_PAYLOADS[0]);
    assertEquals(
        Map.of(
            "action", "DIFFERENTIAL",
            "duration_ms", "12",
            "event", "refresh_completed",
            "pgt_name", "t",
            "pgt_schema", "s",
            "rows_deleted", "0",
            "rows_inserted", "3",
            "st", "s.t"),
        payload.fields());
    assertEquals("action", payload.fields().keySet().iterator().next());
    assertEquals(Optional.of("2.5"), AlertPayload.parse(REAL_PAYLOADS[2]).get("ratio"));
  }

  @Test
  void unescapesStrings() {
    AlertPayload payload =
        AlertPayload.parse(
            "{\"error\":\"a \\\"quoted\\\" \\\\ path\\/x\\nline\\t\\u00e9\\ud83d\\ude00\",\"st\":\"s.t\"}");
    assertTrue(payload.isComplete());
    assertEquals(
        Optional.of("a \"quoted\" \\ path/x\nline\t\u00e9\ud83d\ude00"), payload.get("error"));
  }

  @Test
  void toleratesWhiteSpaceLiteralsAndNestedValues() {
    AlertPayload payload =
        AlertPayload.parse(
            " { \"a\" : true , \"b\":false,\"c\":null,\"d\":{\"x\":[1,\"]\"]},\"e\":[1,2] } ");
    assertTrue(payload.isComplete());
    assertEquals(
        Map.of("a", "true", "b", "false", "d", "{\"x\":[1,\"]\"]}", "e", "[1,2]"),
        payload.fields());
  }

  @Test
  void aStringValueCutByTheSizeLimitKeepsWhatArrived() {
    // pg_trickle cuts at byte 7890 and appends "...}": here inside the error text, which comes
    // before "event" and the table's names in key order, so those are lost.
    String text = "{\"action\":\"FULL\",\"error\":\"" + "x".repeat(7862) + "...}";
    AlertPayload payload = AlertPayload.parse(text);
    assertFalse(payload.isComplete());
    assertTrue(payload.isTruncated());
    assertEquals(Optional.of("FULL"), payload.get("action"));
    assertEquals(Optional.of("error"), payload.partialKey());
    assertEquals("x".repeat(7862) + "...", payload.get("error").orElseThrow());
    assertEquals(Optional.empty(), payload.get("event"));
  }

  @Test
  void aCutAfterTheNamesKeepsThem() {
    String text =
        "{\"event\":\"reinitialize_needed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"reason\":\""
            + "y".repeat(50)
            + "...}";
    AlertPayload payload = AlertPayload.parse(text);
    assertTrue(payload.isTruncated());
    assertEquals(Optional.of("reinitialize_needed"), payload.get("event"));
    assertEquals(Optional.of("s"), payload.get("pgt_schema"));
    assertEquals(Optional.of("t"), payload.get("pgt_name"));
    assertEquals(Optional.of("y".repeat(50) + "..."), payload.get("reason"));
    assertEquals(Optional.empty(), payload.get("st"));
  }

  @Test
  void cutNumbersLiteralsKeysAndEscapesAreDropped() {
    assertEquals(
        Map.of("a", "1"), AlertPayload.parse("{\"a\":1,\"rows_inserted\":12...}").fields());
    assertEquals(Map.of("a", "1"), AlertPayload.parse("{\"a\":1,\"ok\":tr...}").fields());
    assertEquals(Map.of("a", "1"), AlertPayload.parse("{\"a\":1,\"pgt_na...}").fields());
    assertEquals(Map.of("a", "1"), AlertPayload.parse("{\"a\":1,...}").fields());
    AlertPayload escape = AlertPayload.parse("{\"a\":1,\"error\":\"abc\\u00...}");
    assertEquals(Optional.of("abc"), escape.get("error"));
    assertEquals(Optional.of("error"), escape.partialKey());
    AlertPayload afterValue = AlertPayload.parse("{\"a\":1,\"b\":\"done\"...}");
    assertEquals(Map.of("a", "1", "b", "done"), afterValue.fields());
    assertEquals(Optional.empty(), afterValue.partialKey());
    assertTrue(afterValue.isTruncated());
  }

  @Test
  void garbageNeverThrows() {
    for (String text :
        new String[] {
          "",
          "x",
          "{",
          "}",
          "[]",
          "{\"a\"",
          "{\"a\":",
          "{\"a\":}",
          "{,}",
          "\"s\"",
          "{\"a\":1,}",
          "{\"a\":1} trailing",
          "{\"a\":\"\\q\"}",
          "{\"a\":01e}",
          "{\"a\":-}"
        }) {
      AlertPayload payload = AlertPayload.parse(text);
      assertFalse(payload.isComplete(), text);
    }
    assertTrue(AlertPayload.parse("{}").isComplete());
    assertEquals(Map.of("a", "1"), AlertPayload.parse("{\"a\":1,}").fields());
  }
}
