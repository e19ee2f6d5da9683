package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test-only pgtrickle_test helpers send pg_trickle_alert payloads in pg_trickle's exact format. */
class AlertHelpersIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = TestDatabase.create("alert_helpers_it");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void refreshCompletedPayloadIsCompactAndAlphabetical() throws SQLException {
        String expected = "{\"action\":\"DIFFERENTIAL\",\"duration_ms\":12,\"event\":\"refresh_completed\","
                + "\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"rows_deleted\":0,\"rows_inserted\":3,\"st\":\"s.t\"}";
        try (Alerts alerts = Alerts.listen(db.connect()); Connection c = db.connect()) {
            Object sent = Sql.scalar(c,
                    "SELECT pgtrickle_test.emit_refresh_completed('s', 't', 'DIFFERENTIAL', 3, 0, 12)");
            assertEquals(expected, sent);
            List<String> payloads = alerts.awaitPayloadContaining("\"event\":\"refresh_completed\"", TIMEOUT);
            assertTrue(payloads.contains(expected), payloads::toString);
        }
    }

    @Test
    void genericAlertMergesAndSortsExtraKeysAndEscapesStrings() throws SQLException {
        try (Connection c = db.connect()) {
            assertEquals("{\"event\":\"refresh_failed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\","
                            + "\"previous\":[1,{\"a\":null,\"b\":true}],\"st\":\"s.t\","
                            + "\"zeta\":\"say \\\"hi\\\"\\n\"}",
                    Sql.scalar(c, "SELECT pgtrickle_test.emit_alert('refresh_failed', 's', 't', ?::jsonb)",
                            "{\"zeta\": \"say \\\"hi\\\"\\n\", \"previous\": [1, {\"b\": true, \"a\": null}]}"));
            assertEquals("{\"event\":\"resumed\",\"pgt_name\":\"t\",\"pgt_schema\":\"s\",\"st\":\"s.t\"}",
                    Sql.scalar(c, "SELECT pgtrickle_test.emit_alert('resumed', 's', 't')"));
        }
    }

    @Test
    void oversizedPayloadsAreCutLikePgTrickleDoes() throws SQLException {
        try (Connection c = db.connect()) {
            String payload = (String) Sql.scalar(c,
                    "SELECT pgtrickle_test.alert_payload('e', 's', 't', jsonb_build_object('big', repeat('x', 9000)))");
            assertEquals(7894, payload.length());
            assertTrue(payload.endsWith("xxx...}"));
        }
    }
}
