-- =====================================================================================
-- TEST-ONLY helpers for pgtrickle-dao's integration tests. Not part of pg_trickle.
--
-- They live in schema pgtrickle_test (never pgtrickle), so production code cannot come to
-- depend on them, and they install on both the pg_trickle test stand-in and a real
-- pg_trickle server. They stand in for pg_trickle's background scheduler, which is the only
-- sender of most pg_trickle_alert events (refresh_completed, refresh_failed, stale_data,
-- auto_suspended, freshness_breach, ...): a test calls them to make those notifications
-- happen on demand, with the payloads pg_trickle 0.108.3 sends.
--
-- Payloads follow 0.108.3's src/monitor/alert.rs:
--   * build_alert_payload: event, database_oid (the sending database's OID), pgt_schema,
--     pgt_name and st ("schema.name"), plus the event's extra keys; extra keys named event,
--     database_oid, pgt_schema, pgt_name or st are ignored (the identity keys are reserved);
--   * events without a stream table (buffer_growth_warning, slot_lag_warning,
--     change_buffer_backpressure): event and database_oid plus the extra keys, of which event
--     and database_oid are ignored;
--   * printed as COMPACT JSON with keys in byte order (serde_json without preserve_order).
--     jsonb::text is not that format (it puts spaces after ':' and ','), so the JSON text is
--     built here;
--   * payloads over 7900 bytes are reduced and stay valid JSON (reduce_alert_payload):
--     "truncated":true is added, strings are cut to 512 characters, optional keys are removed
--     in name order while the payload is too big (their names, cut to 64 characters, are
--     listed in "omitted_fields"), strings are cut to 128, 32, 8 and then 1 character while
--     it is still too big, then "omitted_fields" becomes ["additional_fields"]; if all that
--     is not enough, only the identity keys and "truncated" remain.
-- One difference in the text: a float that has no fractional part prints as 1500 here where
-- serde_json prints 1500.0 (both are the same JSON number).
-- A database_oid argument lets a test send a payload that claims to come from another
-- database of the same server (pg_trickle_alert is server-wide for LISTEN in one database
-- only, but the client must still check database_oid).
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

-- Every string inside a jsonb value cut to at most max_chars characters (shrink_strings).
CREATE OR REPLACE FUNCTION pgtrickle_test.shrink_strings(doc jsonb, max_chars int)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT
AS $fn$
BEGIN
    CASE jsonb_typeof($1)
    WHEN 'string' THEN
        RETURN to_jsonb(left($1 #>> '{}', $2));
    WHEN 'array' THEN
        RETURN coalesce((SELECT jsonb_agg(pgtrickle_test.shrink_strings(e.value, $2) ORDER BY e.ordinality)
                         FROM jsonb_array_elements($1) WITH ORDINALITY e), '[]'::jsonb);
    WHEN 'object' THEN
        RETURN coalesce((SELECT jsonb_object_agg(e.key, pgtrickle_test.shrink_strings(e.value, $2))
                         FROM jsonb_each($1) e), '{}'::jsonb);
    ELSE
        RETURN $1;
    END CASE;
END;
$fn$;

-- The payload text of an alert object: as is when it fits in 7900 bytes, else reduced to
-- valid JSON as pg_trickle 0.108.3's reduce_alert_payload does (see the header).
CREATE OR REPLACE FUNCTION pgtrickle_test.reduce_alert_payload(doc jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
AS $fn$
DECLARE
    c_max     CONSTANT int := 7900;
    c_keys    CONSTANT text[] := ARRAY['event', 'database_oid', 'pgt_schema', 'pgt_name', 'st'];
    v_doc     jsonb := $1;
    v_key     text;
    v_omitted text[] := ARRAY[]::text[];
    v_limit   int;
BEGIN
    IF octet_length(pgtrickle_test.compact_json(v_doc)) <= c_max THEN
        RETURN pgtrickle_test.compact_json(v_doc);
    END IF;
    v_doc := pgtrickle_test.shrink_strings(v_doc || '{"truncated":true}', 512);
    FOR v_key IN
        SELECT k FROM jsonb_object_keys(v_doc) k
        WHERE NOT k = ANY (c_keys || 'truncated'::text)
        ORDER BY k COLLATE "C"
    LOOP
        EXIT WHEN octet_length(pgtrickle_test.compact_json(v_doc)) <= c_max;
        v_doc := v_doc - v_key;
        v_omitted := v_omitted || left(v_key, 64);
    END LOOP;
    IF cardinality(v_omitted) > 0 THEN
        v_doc := v_doc || jsonb_build_object('omitted_fields', to_jsonb(v_omitted));
    END IF;
    FOREACH v_limit IN ARRAY ARRAY[128, 32, 8, 1] LOOP
        EXIT WHEN octet_length(pgtrickle_test.compact_json(v_doc)) <= c_max;
        v_doc := pgtrickle_test.shrink_strings(v_doc, v_limit);
    END LOOP;
    IF octet_length(pgtrickle_test.compact_json(v_doc)) > c_max THEN
        v_doc := pgtrickle_test.shrink_strings(
            v_doc || '{"omitted_fields":["additional_fields"]}', 1);
    END IF;
    IF octet_length(pgtrickle_test.compact_json(v_doc)) <= c_max THEN
        RETURN pgtrickle_test.compact_json(v_doc);
    END IF;
    RETURN pgtrickle_test.compact_json(
        (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(v_doc) e WHERE e.key = ANY (c_keys))
        || '{"truncated":true}');
END;
$fn$;

-- The OID of the current database, as pg_trickle puts it in database_oid.
CREATE OR REPLACE FUNCTION pgtrickle_test.current_database_oid()
RETURNS bigint
LANGUAGE sql STABLE
AS $fn$ SELECT d.oid::bigint FROM pg_catalog.pg_database d WHERE d.datname = current_database() $fn$;

-- The pg_trickle_alert payload for an event on stream table schema.name. Extra keys named
-- like an identity key are ignored. database_oid NULL means the current database.
CREATE OR REPLACE FUNCTION pgtrickle_test.alert_payload(
    event text, schema text, name text, extra jsonb DEFAULT '{}', database_oid bigint DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE
AS $fn$
    SELECT pgtrickle_test.reduce_alert_payload(
        (coalesce($4, '{}'::jsonb) - 'event' - 'database_oid' - 'pgt_schema' - 'pgt_name' - 'st')
        || jsonb_build_object('event', $1,
                              'database_oid', coalesce($5, pgtrickle_test.current_database_oid()),
                              'pgt_schema', $2, 'pgt_name', $3, 'st', $2 || '.' || $3))
$fn$;

-- The payload of an event that concerns no stream table: event and database_oid plus the
-- extra keys (extra event and database_oid keys are ignored).
CREATE OR REPLACE FUNCTION pgtrickle_test.alert_payload_without_stream(
    event text, extra jsonb DEFAULT '{}', database_oid bigint DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE
AS $fn$
    SELECT pgtrickle_test.reduce_alert_payload(
        (coalesce($2, '{}'::jsonb) - 'event' - 'database_oid')
        || jsonb_build_object('event', $1,
                              'database_oid', coalesce($3, pgtrickle_test.current_database_oid())))
$fn$;

-- Sends NOTIFY pg_trickle_alert for any event on a stream table and returns the payload that
-- was sent. Like any NOTIFY, it is delivered when the calling transaction commits.
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_alert(
    event text, schema text, name text, extra jsonb DEFAULT '{}', database_oid bigint DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_payload text := pgtrickle_test.alert_payload($1, $2, $3, $4, $5);
BEGIN
    PERFORM pg_notify('pg_trickle_alert', v_payload);
    RETURN v_payload;
END;
$fn$;

-- Sends NOTIFY pg_trickle_alert for an event that concerns no stream table (e.g.
-- buffer_growth_warning) and returns the payload that was sent.
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_alert_without_stream(
    event text, extra jsonb DEFAULT '{}', database_oid bigint DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_payload text := pgtrickle_test.alert_payload_without_stream($1, $2, $3);
BEGIN
    PERFORM pg_notify('pg_trickle_alert', v_payload);
    RETURN v_payload;
END;
$fn$;

-- What the scheduler sends after each successful refresh, e.g.
-- {"action":"DIFFERENTIAL","database_oid":16384,"duration_ms":12,"event":"refresh_completed",
--  "pgt_name":"t","pgt_schema":"s","rows_deleted":0,"rows_inserted":3,"st":"s.t"}
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_refresh_completed(
    schema text, name text, action text, rows_inserted bigint, rows_deleted bigint,
    duration_ms bigint)
RETURNS text
LANGUAGE sql
AS $fn$
    SELECT pgtrickle_test.emit_alert('refresh_completed', $1, $2, jsonb_build_object(
        'action', $3, 'rows_inserted', $4, 'rows_deleted', $5, 'duration_ms', $6))
$fn$;

-- What the freshness controller sends on a freshness transition (freshness_breach,
-- freshness_recovered, freshness_infeasible): target_ms, p95_ms (null when unknown), reason.
CREATE OR REPLACE FUNCTION pgtrickle_test.emit_freshness_transition(
    event text, schema text, name text, target_ms bigint, p95_ms double precision, reason text)
RETURNS text
LANGUAGE sql
AS $fn$
    SELECT pgtrickle_test.emit_alert($1, $2, $3, jsonb_build_object(
        'target_ms', $4, 'p95_ms', $5, 'reason', $6))
$fn$;
