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
 * named arguments bind the same way, and none is SECURITY DEFINER.
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
        assertEquals("name text, query text, schedule text DEFAULT 'calculated'::text, "
                        + "refresh_mode text DEFAULT 'AUTO'::text, initialize boolean DEFAULT true, "
                        + "diamond_consistency text DEFAULT NULL::text, diamond_schedule_policy text DEFAULT NULL::text, "
                        + "cdc_mode text DEFAULT NULL::text, append_only boolean DEFAULT false, "
                        + "pooler_compatibility_mode boolean DEFAULT false, partition_by text DEFAULT NULL::text, "
                        + "max_differential_joins integer DEFAULT NULL::integer, "
                        + "max_delta_fraction double precision DEFAULT NULL::double precision, "
                        + "output_distribution_column text DEFAULT NULL::text, temporal boolean DEFAULT false, "
                        + "storage_backend text DEFAULT NULL::text, sink text DEFAULT NULL::text, "
                        + "ducklake_sink_path text DEFAULT NULL::text, ducklake_sink_table_id bigint DEFAULT NULL::bigint",
                arguments("create_stream_table"));
    }

    @Test
    void alterStreamTableHasTwentyTwoParametersAllDefaultingToNull() throws SQLException {
        try (Connection c = db.connect()) {
            assertEquals(List.of("name", "query", "schedule", "refresh_mode", "status", "diamond_consistency",
                            "diamond_schedule_policy", "cdc_mode", "append_only", "pooler_compatibility_mode", "tier",
                            "fuse", "fuse_ceiling", "fuse_sensitivity", "partition_by", "max_differential_joins",
                            "max_delta_fraction", "post_refresh_action", "reindex_drift_threshold", "sink",
                            "ducklake_sink_path", "ducklake_sink_table_id"),
                    Sql.column(c, """
                            SELECT unnest(proargnames) FROM pg_proc
                            WHERE oid = 'pgtrickle.alter_stream_table'::regproc
                            """));
            assertEquals(21, ((Number) Sql.scalar(c,
                    "SELECT pronargdefaults FROM pg_proc WHERE oid = 'pgtrickle.alter_stream_table'::regproc"))
                    .intValue());
        }
    }

    @Test
    void otherLifecycleAndMonitoringSignatures() throws SQLException {
        assertEquals("name text, cascade boolean DEFAULT false", arguments("drop_stream_table"));
        assertEquals("name text", arguments("refresh_stream_table"));
        assertEquals("name text", arguments("resume_stream_table"));
        assertEquals("name text", arguments("get_staleness"));
        assertEquals("input text", arguments("parse_duration_seconds"));
        assertEquals("name text, max_rows integer DEFAULT 20", arguments("get_refresh_history"));
        assertEquals("", arguments("pgt_status"));
    }

    @Test
    void strictnessAndSecurityMatchTheExtension() throws SQLException {
        Map<String, Boolean> strict = Map.of(
                "create_stream_table", false,
                "alter_stream_table", false,
                "drop_stream_table", true,
                "refresh_stream_table", true,
                "resume_stream_table", true,
                "get_staleness", true,
                "pgt_status", true,
                "parse_duration_seconds", true);
        try (Connection c = db.connect()) {
            for (Map.Entry<String, Boolean> function : strict.entrySet()) {
                Map<String, Object> row = Sql.row(c, """
                        SELECT proisstrict, prosecdef, prorettype::regtype::text AS returns
                        FROM pg_proc WHERE proname = ? AND pronamespace = 'pgtrickle'::regnamespace
                        """, function.getKey());
                assertEquals(function.getValue(), row.get("proisstrict"), function.getKey());
                assertEquals(false, row.get("prosecdef"), function.getKey());
            }
            assertEquals("double precision", Sql.scalar(c,
                    "SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'pgtrickle.get_staleness'::regproc"));
            assertEquals("bigint", Sql.scalar(c,
                    "SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'pgtrickle.parse_duration_seconds'::regproc"));
            assertEquals("i", Sql.scalar(c,
                    "SELECT provolatile::text FROM pg_proc WHERE oid = 'pgtrickle.parse_duration_seconds'::regproc"));
            assertTrue(((String) Sql.scalar(c, "SELECT pgtrickle.version()")).matches("\\d+\\.\\d+\\.\\d+.*"));
        }
    }

    private static String arguments(String function) throws SQLException {
        try (Connection c = db.connect()) {
            return (String) Sql.scalar(c, """
                    SELECT pg_get_function_arguments(p.oid) FROM pg_proc p
                    WHERE p.proname = ? AND p.pronamespace = 'pgtrickle'::regnamespace
                    """, function);
        }
    }
}
