package dev.pgtrickle.dao.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** pg_trickle 0.108 payloads: {@code database_oid}, valid-JSON truncation, omitted fields. */
class AlertPayload108Test {
  /** Captured from the 0.108.3 stand-in's resume_stream_table (keys in byte order). */
  static final String RESUMED =
      "{\"database_oid\":16384,\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
          + "\"previous_status\":\"SUSPENDED\",\"st\":\"s.t\"}";

  /** A refresh_failed payload that 0.108's reduce_alert_payload shortened. */
  static final String TRUNCATED =
      "{\"action\":\"FULL\",\"database_oid\":16384,\"error\":\"division by zero in a very long"
          + " ...\",\"event\":\"refresh_failed\",\"omitted_fields\":[\"detail\",\"hint\"],"
          + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"st\":\"s.t\",\"truncated\":true}";

  @Test
  void readsTheDatabaseOid() {
    AlertPayload payload = AlertPayload.parse(RESUMED);
    assertTrue(payload.isComplete());
    assertFalse(payload.isTruncated());
    assertEquals(OptionalLong.of(16384), payload.databaseOid());
    assertEquals(List.of(), payload.omittedFields());
  }

  @Test
  void aValidJsonTruncationIsReportedWithItsOmittedFields() {
    AlertPayload payload = AlertPayload.parse(TRUNCATED);
    assertTrue(payload.isComplete(), "0.108 keeps truncated payloads valid JSON");
    assertTrue(payload.isTruncated());
    assertEquals(List.of("detail", "hint"), payload.omittedFields());
    assertEquals(Optional.of("division by zero in a very long ..."), payload.get("error"));
  }

  @Test
  void theSmallestTruncationKeepsOnlyTheIdentity() {
    AlertPayload payload =
        AlertPayload.parse(
            "{\"database_oid\":5,\"event\":\"refresh_failed\",\"pgt_name\":\"t\","
                + "\"pgt_schema\":\"s\",\"st\":\"s.t\",\"truncated\":true}");
    assertTrue(payload.isTruncated());
    assertEquals(List.of(), payload.omittedFields());
    assertEquals(OptionalLong.of(5), payload.databaseOid());
  }

  @Test
  void aPayloadWithoutADatabaseOidHasNone() {
    assertEquals(
        OptionalLong.empty(),
        AlertPayload.parse("{\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\"}")
            .databaseOid());
  }
}
