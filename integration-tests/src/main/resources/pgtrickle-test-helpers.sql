-- =====================================================================================
-- TEST-ONLY helpers for pgtrickle-dao's integration tests. Not part of pg_trickle.
--
-- They live in schema pgtrickle_test (never pgtrickle), so production code cannot come to
-- depend on them, and they install on both the pg_trickle test stand-in and a real
-- pg_trickle server. They stand in for pg_trickle's background scheduler, which is the only
-- sender of most pg_trickle_alert events (refresh_completed, refresh_failed, stale_data,
-- auto_suspended, ...): a test calls them to make those notifications happen on demand.
--
-- Payloads follow pg_trickle's emit_alert: event, pgt_schema, pgt_name and st ("schema.name")
-- plus the event's extra keys, printed as COMPACT JSON with keys in byte order (serde_json
-- without preserve_order). jsonb::text is not that format (it puts spaces after ':' and ','),
-- so the JSON text is built here. Payloads over 7900 bytes are cut and end in "...}" as in
-- pg_trickle, which leaves invalid JSON, as there.
-- =====================================================================================

CREATE SCHEMA IF NOT EXISTS pgtrickle_test;

COMMENT ON SCHEMA pgtrickle_test IS
    'TEST-ONLY helpers of pgtrickle-dao (not part of pg_trickle): see pgtrickle-test-helpers.sql';

-- Compact JSON text of a jsonb value, object keys sorted by byte order, no whitespace.
CREATE OR REPLACE FUNCTION pgtrickle_test.compact_json(doc jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
AS $fn$
BEGIN
    CASE jsonb_typeof($1)
    WHEN 'object' THEN
        RETURN '{' || coalesce((
            SELECT string_agg(to_json(e.key)::text || ':' || pgtrickle_test.compact_json(e.value),
                              ',' ORDER BY e.key COLLATE "C")
            FROM jsonb_each($1) e), '') || '}';
    WHEN 'array' THEN
        RETURN '[' || coalesce((
            SELECT string_agg(pgtrickle_test.compact_json(e.value), ',' ORDER BY e.ordinality)
            FROM jsonb_array_elements($1) WITH ORDINALITY e), '') || ']';
    ELSE
        RETURN $1::text;
    END CASE;
END;
$fn$;

-- The pg_trickle_alert payload for an event on stream table schema.name; extra keys win over
-- the four standard ones, as in pg_trickle's build_alert_payload.
CREATE OR REPLACE FUNCTION pgtrickle_test.alert_payload(
    event text, schema text, name text, extra jsonb DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $fn$
DECLARE
    v_payload text := pgtrickle_test.compact_json(
        jsonb_build_object('event', $1, 'pgt_schema', $2, 'pgt_name', $3, 'st', $2 || '.' || $3)
        || coalesce($4, '{}'::jsonb));
BEGIN
    IF octet_length(v_payload) > 7900 THEN
        v_payload := left(v_payload, 7890);
        WHILE octet_length(v_payload) > 7890 LOOP
            v_payload := left(v_payload, -1);
        END LOOP;
        v_payload := v_payload || '...}';
    END IF;
    RETURN v_payload;
END;
$fn$;

-- Sends NOTIFY pg_trickle_alert for any event and returns the payload that was sent.
-- Like any NOTIFY, it is delivered when the calling transaction commits.
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_alert(
    event text, schema text, name text, extra jsonb DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_payload text := pgtrickle_test.alert_payload($1, $2, $3, $4);
BEGIN
    PERFORM pg_notify('pg_trickle_alert', v_payload);
    RETURN v_payload;
END;
$fn$;

-- What the scheduler sends after each successful refresh, e.g.
-- {"action":"DIFFERENTIAL","duration_ms":12,"event":"refresh_completed","pgt_name":"t",
--  "pgt_schema":"s","rows_deleted":0,"rows_inserted":3,"st":"s.t"}
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_refresh_completed(
    schema text, name text, action text, rows_inserted bigint, rows_deleted bigint,
    duration_ms bigint)
RETURNS text
LANGUAGE sql
AS $fn$
    SELECT pgtrickle_test.emit_alert('refresh_completed', $1, $2, jsonb_build_object(
        'action', $3, 'rows_inserted', $4, 'rows_deleted', $5, 'duration_ms', $6))
$fn$;
