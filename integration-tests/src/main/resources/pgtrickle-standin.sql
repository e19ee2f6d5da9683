-- =====================================================================================
-- pg_trickle TEST STAND-IN. This is NOT the pg_trickle extension.
--
-- A plain-SQL/PL/pgSQL imitation of the parts of pg_trickle's SQL API (0.67) that the
-- pgtrickle-dao client library and its tests rely on, for a stock PostgreSQL 18 where the
-- real extension cannot be built. Facts come from shared/pg_trickle-api.md (section 11).
-- Install it into a fresh database with one JDBC Statement.execute(); it is idempotent
-- enough to run twice. Clients call it through the same function names, parameter names,
-- defaults and STRICT-ness as the real extension.
--
-- What it models:
--   * schemas pgtrickle and pgtrickle_changes (nothing granted to PUBLIC);
--   * the catalog pgtrickle.pgt_stream_tables (every column the reference lists, 60 as in
--     the 0.68 install script, with types, defaults, CHECKs and unique (pgt_schema, pgt_name)),
--     pgtrickle.pgt_dependencies, pgtrickle.pgt_refresh_history and the view
--     pgtrickle.stream_tables_info (the exact SQL of the real view);
--   * the storage table "schema"."name": __pgt_row_id bigint first, user columns typed
--     atttypid::regtype (typmod dropped, all nullable), __pgt_count for GROUP BY / DISTINCT /
--     aggregates / deduplicating set operations unless FULL, a UNIQUE index on __pgt_row_id,
--     no primary key, and the pgt_dml_guard / pgt_truncate_guard triggers (P0001) with the
--     pg_trickle.internal_refresh = 'true' bypass;
--   * create/alter/drop/refresh/resume, get_staleness, pgt_status, get_refresh_history,
--     explain_refresh_mode, parse_duration_seconds, version, create_stream_table_if_not_exists
--     and write_and_refresh, with the real SQLSTATEs and the messages quoted in the reference;
--   * manual refresh: replica check, 42P01, 22023 for SUSPENDED/ERROR, the transaction-level
--     advisory lock plus FOR UPDATE SKIP LOCKED ("refresh skipped" NOTICE), SET LOCAL
--     pg_trickle.internal_refresh = 'true' and row_security = off, TRUNCATE + INSERT,
--     data_timestamp moved only when the contents changed, last_refresh_at always;
--   * IMMEDIATE mode: statement-level AFTER INSERT/UPDATE/DELETE/TRUNCATE triggers on every
--     source table that bring the stream table up to date inside the writer's transaction;
--   * the pg_trickle_alert "resumed" NOTIFY (compact JSON, keys in alphabetical order).
--
-- What it does NOT model (do not test these against the stand-in):
--   * no background scheduler and no launcher: nothing is ever refreshed on a schedule,
--     tables created with initialize => false stay INITIALIZING until refreshed by hand,
--     there is no CALCULATED-schedule fallback NOTICE, and no refresh_completed,
--     refresh_failed, stale_data, auto_suspended or other scheduler alerts (the test-only
--     pgtrickle_test.emit_* helpers send those by hand);
--   * no CDC: no change-buffer tables in pgtrickle_changes, no CDC triggers on sources,
--     no WAL decoding; cdc_mode is only stored;
--   * no differential maintenance: every refresh (and every IMMEDIATE statement) recomputes
--     the whole defining query; a manual refresh is always TRUNCATE + INSERT, even for
--     DIFFERENTIAL tables, so readers block on it where the real MERGE would not block them;
--     AUTO always resolves to DIFFERENTIAL (never downgraded to FULL with a WARNING);
--   * no query rewriting or validation beyond what CREATE VIEW checks: no rejection of
--     volatile functions, LIMIT without ORDER BY, TopK limits or unsupported operators, no
--     TopK handling (topk_* stay NULL); defining_query is PostgreSQL's deparsed, fully
--     qualified form of the query, not pg_trickle's rewrite;
--   * no auxiliary columns other than __pgt_count (no __pgt_count_l/_r, __pgt_aux_*,
--     temporal __pgt_valid_from/__pgt_valid_to); __pgt_count always holds 1, not a source row
--     count; whether __pgt_count is needed is decided from the top-level query only;
--   * row ids are not pg_trickle's xxHash values: __pgt_row_id is hashtextextended() of the
--     row's binary form plus its occurrence number (stable, unique, but no contract), and
--     the unique index never carries INCLUDE columns;
--   * no partitioning, sinks, DuckLake, storage backends, temporal tables, append-only
--     tables, fuses, tiers, diamond groups, SCCs, refresh groups, snapshots, publications,
--     watermarks, source gates, subscriptions or outboxes. create_stream_table raises 0A000
--     ("... is not modelled by the pg_trickle stand-in") for append_only, partition_by,
--     output_distribution_column, temporal, a storage_backend other than heap and the sink
--     parameters, and only stores cdc_mode, diamond_*, max_differential_joins and
--     max_delta_fraction; alter_stream_table stores tier, diamond_* and
--     pooler_compatibility_mode and raises 0A000 for all its other non-NULL parameters
--     except query, schedule, refresh_mode and status;
--   * alter_stream_table(query => ...) keeps the OID only when every kept column keeps its
--     type (it ALTERs columns in or out); otherwise it drops and recreates the table;
--   * IMMEDIATE writers are serialised per stream table by an advisory lock taken in the
--     AFTER trigger (the real one takes it in a BEFORE trigger); the trigger function runs
--     as the owner of this script (SECURITY DEFINER), not as the stream table's creator;
--   * no failure handling: a refresh that fails raises and rolls back with the caller's
--     transaction; consecutive_errors never grows and nothing moves a table to SUSPENDED or
--     ERROR except alter_stream_table(status => ...);
--   * it is not installed with CREATE EXTENSION (no pg_extension row), registers no GUCs
--     (it only reads pg_trickle.internal_refresh and pg_trickle.min_schedule_seconds), has no
--     DDL event triggers (dropping or altering a storage table by hand is not noticed) and
--     sends no pg_trickle_refresh NOTIFY;
--   * only the functions defined below exist: no create_or_replace_stream_table,
--     refresh_if_stale, list_auxiliary_columns, validate_query, health_check, quick_health,
--     pg_stat_stream_tables, pg_trickle_hash, pause_all or subscribe, among others;
--   * messages that the reference does not quote (schedule errors, WARNINGs) are the
--     stand-in's own wording; only the SQLSTATEs are meant to match there.
-- =====================================================================================

CREATE SCHEMA IF NOT EXISTS pgtrickle;
CREATE SCHEMA IF NOT EXISTS pgtrickle_changes;
REVOKE ALL ON SCHEMA pgtrickle_changes FROM PUBLIC;

COMMENT ON SCHEMA pgtrickle IS
    'pg_trickle TEST STAND-IN (not the real extension): see pgtrickle-standin.sql';

-- -------------------------------------------------------------------------------------
-- Catalog
-- -------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS pgtrickle.pgt_stream_tables (
    pgt_id                          BIGSERIAL PRIMARY KEY,
    pgt_relid                       OID NOT NULL UNIQUE,
    pgt_name                        TEXT NOT NULL,
    pgt_schema                      TEXT NOT NULL,
    defining_query                  TEXT NOT NULL,
    original_query                  TEXT,
    schedule                        TEXT,
    refresh_mode                    TEXT NOT NULL DEFAULT 'DIFFERENTIAL'
                                    CHECK (refresh_mode IN ('FULL', 'DIFFERENTIAL', 'IMMEDIATE')),
    status                          TEXT NOT NULL DEFAULT 'INITIALIZING'
                                    CHECK (status IN ('INITIALIZING', 'ACTIVE', 'SUSPENDED', 'ERROR')),
    is_populated                    BOOLEAN NOT NULL DEFAULT FALSE,
    data_timestamp                  TIMESTAMPTZ,
    frontier                        JSONB,
    last_refresh_at                 TIMESTAMPTZ,
    consecutive_errors              INT NOT NULL DEFAULT 0,
    needs_reinit                    BOOLEAN NOT NULL DEFAULT FALSE,
    auto_threshold                  DOUBLE PRECISION,
    last_full_ms                    DOUBLE PRECISION,
    functions_used                  TEXT[],
    topk_limit                      INT,
    topk_order_by                   TEXT,
    topk_offset                     INT,
    diamond_consistency             TEXT NOT NULL DEFAULT 'atomic'
                                    CHECK (diamond_consistency IN ('none', 'atomic')),
    diamond_schedule_policy         TEXT NOT NULL DEFAULT 'fastest'
                                    CHECK (diamond_schedule_policy IN ('fastest', 'slowest')),
    has_keyless_source              BOOLEAN NOT NULL DEFAULT FALSE,
    function_hashes                 TEXT,
    requested_cdc_mode              TEXT
                                    CHECK (requested_cdc_mode IN ('auto', 'trigger', 'wal')),
    is_append_only                  BOOLEAN NOT NULL DEFAULT FALSE,
    scc_id                          INT,
    last_fixpoint_iterations        INT,
    max_differential_joins          INT,
    max_delta_fraction              DOUBLE PRECISION,
    pooler_compatibility_mode       BOOLEAN NOT NULL DEFAULT FALSE,
    refresh_tier                    TEXT NOT NULL DEFAULT 'hot'
                                    CHECK (refresh_tier IN ('hot', 'warm', 'cold', 'frozen')),
    effective_refresh_mode          TEXT,
    fuse_mode                       TEXT NOT NULL DEFAULT 'off'
                                    CHECK (fuse_mode IN ('off', 'on', 'auto')),
    fuse_state                      TEXT NOT NULL DEFAULT 'armed'
                                    CHECK (fuse_state IN ('armed', 'blown', 'disabled')),
    fuse_ceiling                    BIGINT,
    fuse_sensitivity                INT,
    blown_at                        TIMESTAMPTZ,
    blow_reason                     TEXT,
    last_error_message              TEXT,
    last_error_at                   TIMESTAMPTZ,
    downstream_publication_name     TEXT,
    freshness_deadline_ms           BIGINT,
    st_partition_key                TEXT,
    st_placement                    TEXT NOT NULL DEFAULT 'local',
    temporal_mode                   BOOLEAN NOT NULL DEFAULT FALSE,
    storage_backend                 TEXT NOT NULL DEFAULT 'heap',
    post_refresh_action             TEXT NOT NULL DEFAULT 'none'
                                    CHECK (post_refresh_action IN ('none', 'analyze', 'reindex', 'reindex_if_drift')),
    reindex_drift_threshold         DOUBLE PRECISION
                                    CHECK (reindex_drift_threshold IS NULL
                                           OR (reindex_drift_threshold > 0 AND reindex_drift_threshold <= 1.0)),
    rows_changed_since_last_reindex BIGINT NOT NULL DEFAULT 0,
    last_reindex_at                 TIMESTAMPTZ,
    column_lineage                  JSONB,
    defining_query_hash             BIGINT NOT NULL DEFAULT 0,
    ducklake_compaction_policy      TEXT DEFAULT NULL
                                    CHECK (ducklake_compaction_policy IN ('fallback', 'error')),
    ducklake_sink_mode              TEXT DEFAULT NULL
                                    CHECK (ducklake_sink_mode IS NULL OR ducklake_sink_mode IN ('append', 'replace')),
    ducklake_sink_path              TEXT DEFAULT NULL,
    ducklake_sink_table_id          BIGINT DEFAULT NULL,
    created_at                      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_pgt_status ON pgtrickle.pgt_stream_tables (status);
CREATE UNIQUE INDEX IF NOT EXISTS idx_pgt_name ON pgtrickle.pgt_stream_tables (pgt_schema, pgt_name);
CREATE INDEX IF NOT EXISTS idx_pgt_relid ON pgtrickle.pgt_stream_tables (pgt_relid);

CREATE TABLE IF NOT EXISTS pgtrickle.pgt_dependencies (
    pgt_id                BIGINT NOT NULL REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    source_relid          OID NOT NULL,
    source_type           TEXT NOT NULL
                          CHECK (source_type IN ('TABLE', 'STREAM_TABLE', 'VIEW', 'MATVIEW', 'FOREIGN_TABLE')),
    columns_used          TEXT[],
    column_snapshot       JSONB,
    schema_fingerprint    TEXT,
    cdc_mode              TEXT NOT NULL DEFAULT 'TRIGGER'
                          CHECK (cdc_mode IN ('TRIGGER', 'TRANSITIONING', 'WAL', 'DUCKLAKE_CHANGE_FEED')),
    slot_name             TEXT,
    decoder_confirmed_lsn PG_LSN,
    transition_started_at TIMESTAMPTZ,
    source_stable_name    TEXT,
    source_placement      TEXT NOT NULL DEFAULT 'local',
    PRIMARY KEY (pgt_id, source_relid)
);

CREATE INDEX IF NOT EXISTS idx_deps_source ON pgtrickle.pgt_dependencies (source_relid);
CREATE INDEX IF NOT EXISTS idx_deps_pgt_id ON pgtrickle.pgt_dependencies (pgt_id);

CREATE TABLE IF NOT EXISTS pgtrickle.pgt_refresh_history (
    refresh_id          BIGSERIAL PRIMARY KEY,
    pgt_id              BIGINT NOT NULL
                        REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    data_timestamp      TIMESTAMPTZ NOT NULL,
    start_time          TIMESTAMPTZ NOT NULL,
    end_time            TIMESTAMPTZ,
    action              TEXT NOT NULL
                        CHECK (action IN ('NO_DATA', 'FULL', 'DIFFERENTIAL', 'REINITIALIZE', 'SKIP')),
    rows_inserted       BIGINT DEFAULT 0,
    rows_deleted        BIGINT DEFAULT 0,
    delta_row_count     BIGINT DEFAULT 0,
    merge_strategy_used TEXT,
    was_full_fallback   BOOLEAN NOT NULL DEFAULT FALSE,
    error_message       TEXT,
    status              TEXT NOT NULL
                        CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'SKIPPED')),
    initiated_by        TEXT
                        CHECK (initiated_by IN ('SCHEDULER', 'MANUAL', 'INITIAL', 'SELF_MONITOR')),
    freshness_deadline  TIMESTAMPTZ,
    tick_watermark_lsn  PG_LSN,
    fixpoint_iteration  INT
);

CREATE INDEX IF NOT EXISTS idx_hist_pgt_ts ON pgtrickle.pgt_refresh_history (pgt_id, data_timestamp);
CREATE INDEX IF NOT EXISTS idx_hist_pgt_start ON pgtrickle.pgt_refresh_history (pgt_id, start_time);

-- -------------------------------------------------------------------------------------
-- Public helpers and the view
-- -------------------------------------------------------------------------------------

-- Duration grammar of schedules: bare integer seconds, or a compound of <n>s|m|h|d|w such as
-- '1h30m'. NULL for anything else (cron expressions included) and on overflow.
CREATE OR REPLACE FUNCTION pgtrickle.parse_duration_seconds(input text)
RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
DECLARE
    v_text  text := btrim(input);
    v_total numeric := 0;
    v_part  text[];
BEGIN
    IF v_text ~ '^[0-9]+$' THEN
        v_total := v_text::numeric;
    ELSIF v_text ~ '^([0-9]+[smhdw])+$' THEN
        FOR v_part IN SELECT regexp_matches(v_text, '([0-9]+)([smhdw])', 'g') LOOP
            v_total := v_total + v_part[1]::numeric * CASE v_part[2]
                WHEN 's' THEN 1 WHEN 'm' THEN 60 WHEN 'h' THEN 3600 WHEN 'd' THEN 86400
                ELSE 604800 END;
        END LOOP;
    ELSE
        RETURN NULL;
    END IF;
    IF v_total > 9223372036854775807 THEN
        RETURN NULL;
    END IF;
    RETURN v_total::bigint;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.version()
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$ SELECT '0.67.0-standin'::text $fn$;

CREATE OR REPLACE VIEW pgtrickle.stream_tables_info AS
SELECT st.*,
       now() - st.last_refresh_at AS staleness,
       CASE WHEN st.schedule IS NOT NULL AND st.schedule !~ '[\s@]'
            THEN EXTRACT(EPOCH FROM (now() - st.last_refresh_at)) >
                 pgtrickle.parse_duration_seconds(st.schedule)
            ELSE NULL::boolean END AS stale,
       CASE WHEN st.topk_limit IS NOT NULL THEN TRUE ELSE FALSE END AS is_topk
FROM pgtrickle.pgt_stream_tables st;

-- -------------------------------------------------------------------------------------
-- Internal helpers (prefix _standin_: not part of pg_trickle; never call them from clients)
-- -------------------------------------------------------------------------------------

-- Splits a name at its FIRST dot, literally (no quote stripping, no case folding).
CREATE OR REPLACE FUNCTION pgtrickle._standin_split_name(
    p_name text, p_default_schema text, OUT schema_name text, OUT table_name text)
LANGUAGE plpgsql IMMUTABLE
AS $fn$
DECLARE
    v_dot int := strpos(p_name, '.');
BEGIN
    IF v_dot > 0 THEN
        schema_name := substr(p_name, 1, v_dot - 1);
        table_name := substr(p_name, v_dot + 1);
    ELSE
        schema_name := p_default_schema;
        table_name := p_name;
    END IF;
END;
$fn$;

-- 22023 with pg_trickle's "invalid argument: " prefix and hint.
CREATE OR REPLACE FUNCTION pgtrickle._standin_invalid(p_message text)
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = '22023',
        MESSAGE = 'invalid argument: ' || p_message,
        HINT = 'See docs/SQL_REFERENCE.md for valid parameter values and syntax.';
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_not_modelled(p_what text)
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = '0A000',
        MESSAGE = p_what || ' is not modelled by the pg_trickle stand-in',
        HINT = 'The stand-in implements only what the client library needs; use a real pg_trickle server for this.';
END;
$fn$;

-- Resolves a stream-table name like pg_trickle's parse_qualified_name (unqualified names use
-- current_schema(), or public when no schema on search_path exists) and returns its catalog
-- row, or raises 42P01 with pg_trickle's message and hint.
CREATE OR REPLACE FUNCTION pgtrickle._standin_lookup(p_name text)
RETURNS pgtrickle.pgt_stream_tables
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_schema text;
    v_table  text;
    v_row    pgtrickle.pgt_stream_tables;
BEGIN
    SELECT n.schema_name, n.table_name INTO v_schema, v_table
    FROM pgtrickle._standin_split_name(p_name, coalesce(current_schema()::text, 'public')) n;
    SELECT * INTO v_row FROM pgtrickle.pgt_stream_tables st
    WHERE st.pgt_schema = v_schema AND st.pgt_name = v_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = '42P01',
            MESSAGE = format('stream table not found: %s.%s', v_schema, v_table),
            HINT = 'Use pgtrickle.pgt_status() to list existing stream tables. '
                || 'Ensure the name is schema-qualified (e.g., ''public.my_table'').';
    END IF;
    RETURN v_row;
END;
$fn$;

-- alter and drop: the caller must be a member of the storage table's owner role, or superuser.
CREATE OR REPLACE FUNCTION pgtrickle._standin_check_owner(p_st pgtrickle.pgt_stream_tables)
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = p_st.pgt_relid)
       AND NOT EXISTS (
           SELECT 1 FROM pg_catalog.pg_class c
           WHERE c.oid = p_st.pgt_relid
             AND (pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE')
                  OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                             WHERE r.rolname = current_user AND r.rolsuper)))
    THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('permission denied: must be owner of stream table %s.%s',
                             p_st.pgt_schema, p_st.pgt_name);
    END IF;
END;
$fn$;

-- AUTO and INCREMENTAL resolve to DIFFERENTIAL; the catalog never stores AUTO.
CREATE OR REPLACE FUNCTION pgtrickle._standin_resolve_mode(p_mode text)
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_mode text := upper(btrim(p_mode));
BEGIN
    IF v_mode IN ('AUTO', 'DIFFERENTIAL', 'INCREMENTAL') THEN
        RETURN 'DIFFERENTIAL';
    ELSIF v_mode IN ('FULL', 'IMMEDIATE') THEN
        RETURN v_mode;
    END IF;
    PERFORM pgtrickle._standin_invalid(format(
        'unknown refresh mode: %s. Must be ''AUTO'', ''FULL'', ''DIFFERENTIAL'', or ''IMMEDIATE''', p_mode));
    RETURN NULL;
END;
$fn$;

-- Validates a schedule and returns what the catalog stores: NULL for 'calculated' and for
-- IMMEDIATE tables, else the schedule text (a duration or a cron expression).
CREATE OR REPLACE FUNCTION pgtrickle._standin_resolve_schedule(p_schedule text, p_mode text)
RETURNS text
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_text    text := btrim(p_schedule);
    v_seconds bigint;
    v_minimum bigint := coalesce(
        nullif(current_setting('pg_trickle.min_schedule_seconds', true), '')::bigint, 1);
BEGIN
    IF p_mode = 'IMMEDIATE' THEN
        RETURN NULL;
    END IF;
    IF p_schedule IS NULL THEN
        PERFORM pgtrickle._standin_invalid(
            'use ''calculated'' instead of NULL to set CALCULATED schedule');
    END IF;
    IF lower(v_text) = 'calculated' THEN
        RETURN NULL;
    END IF;
    IF v_text LIKE '@%' OR v_text ~ '\s' THEN
        IF lower(v_text) IN ('@yearly', '@annually', '@monthly', '@weekly', '@daily',
                             '@midnight', '@hourly')
           OR array_length(regexp_split_to_array(v_text, '\s+'), 1) IN (5, 6) THEN
            RETURN v_text;
        END IF;
        PERFORM pgtrickle._standin_invalid(format('invalid cron expression: ''%s''', p_schedule));
    END IF;
    v_seconds := pgtrickle.parse_duration_seconds(v_text);
    IF v_seconds IS NULL THEN
        PERFORM pgtrickle._standin_invalid(format(
            'invalid schedule: ''%s''. Use a duration such as ''30s'', ''5m'' or ''1h30m'', '
            'a cron expression, or ''calculated''', p_schedule));
    END IF;
    IF v_seconds < v_minimum THEN
        PERFORM pgtrickle._standin_invalid(format(
            'schedule ''%s'' is shorter than pg_trickle.min_schedule_seconds (%s s)', p_schedule, v_minimum));
    END IF;
    RETURN v_text;
END;
$fn$;

-- Deparses a view with an empty search_path, so every non-pg_catalog name is qualified and
-- the stored defining query means the same whatever the refreshing session's search_path.
CREATE OR REPLACE FUNCTION pgtrickle._standin_viewdef(p_view oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = ''
AS $fn$ SELECT pg_catalog.pg_get_viewdef(p_view, true) $fn$;

-- The top-level fields of a view's query tree (pg_rewrite.ev_action) with every nested node
-- and list collapsed to '#', so ':groupClause #' means the top-level query has GROUP BY.
CREATE OR REPLACE FUNCTION pgtrickle._standin_top_level(p_tree text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $fn$
DECLARE
    v_text text := regexp_replace(p_tree, '\\.', '', 'g');
    v_next text;
BEGIN
    LOOP
        EXIT WHEN v_text ~ '^\(\{QUERY[^{}()]*\}\)$';
        v_next := regexp_replace(v_text, '\{[^{}()]*\}|\([^{}()]*\)', '#', 'g');
        EXIT WHEN v_next = v_text;
        v_text := v_next;
    END LOOP;
    RETURN v_text;
END;
$fn$;

-- Analyses a defining query through a temporary view: output columns and their types (typmod
-- dropped; __pgt_* columns of stream-table sources read with SELECT * are left out), whether pg_trickle would add __pgt_count (top-level GROUP BY, grouping sets,
-- DISTINCT, aggregates, or a deduplicating UNION/INTERSECT/EXCEPT), the source relations
-- (views expanded to what they read), and the deparsed, fully qualified query text.
CREATE OR REPLACE FUNCTION pgtrickle._standin_analyze(
    p_query text,
    OUT column_names text[], OUT column_types text[], OUT needs_count boolean,
    OUT source_relids oid[], OUT source_kinds text[], OUT defining_query text)
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_view  text := '__pgt_standin_' || replace(gen_random_uuid()::text, '-', '');
    v_oid   oid;
    v_tree  text;
    v_top   text;
BEGIN
    EXECUTE format('CREATE TEMPORARY VIEW %I AS %s', v_view,
                   regexp_replace(p_query, '[\s;]+$', ''));
    SELECT c.oid INTO v_oid
    FROM pg_catalog.pg_class c
    WHERE c.relname = v_view AND c.relnamespace = pg_catalog.pg_my_temp_schema();

    SELECT array_agg(a.attname::text ORDER BY a.attnum),
           array_agg(a.atttypid::regtype::text ORDER BY a.attnum)
    INTO column_names, column_types
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = v_oid AND a.attnum > 0 AND NOT a.attisdropped
      AND left(a.attname, 6) <> '__pgt_';

    SELECT r.ev_action INTO v_tree FROM pg_catalog.pg_rewrite r WHERE r.ev_class = v_oid;
    v_top := pgtrickle._standin_top_level(v_tree);
    needs_count := v_top ~ ':hasAggs true'
        OR v_top ~ ':groupClause #'
        OR v_top ~ ':groupingSets #'
        OR v_top ~ ':distinctClause #'
        OR (v_top ~ ':setOperations #'
            AND v_tree ~ '\{SETOPERATIONSTMT :op ([23]|1 :all false)');

    WITH RECURSIVE refs(relid) AS (
        SELECT DISTINCT d.refobjid
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid
        WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass
          AND d.refclassid = 'pg_catalog.pg_class'::regclass
          AND r.ev_class = v_oid AND d.refobjid <> v_oid
        UNION
        SELECT d.refobjid
        FROM refs
        JOIN pg_catalog.pg_class c ON c.oid = refs.relid AND c.relkind = 'v'
        JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid
        JOIN pg_catalog.pg_depend d ON d.objid = r.oid
             AND d.classid = 'pg_catalog.pg_rewrite'::regclass
             AND d.refclassid = 'pg_catalog.pg_class'::regclass
             AND d.refobjid <> c.oid
    )
    SELECT array_agg(c.oid ORDER BY c.oid),
           array_agg(CASE
               WHEN EXISTS (SELECT 1 FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = c.oid)
                   THEN 'STREAM_TABLE'
               WHEN c.relkind = 'm' THEN 'MATVIEW'
               WHEN c.relkind = 'f' THEN 'FOREIGN_TABLE'
               ELSE 'TABLE' END ORDER BY c.oid)
    INTO source_relids, source_kinds
    FROM (SELECT DISTINCT relid FROM refs) s
    JOIN pg_catalog.pg_class c ON c.oid = s.relid
    WHERE c.relkind IN ('r', 'p', 'm', 'f');

    defining_query := regexp_replace(pgtrickle._standin_viewdef(v_oid), '[\s;]+$', '');
    EXECUTE format('DROP VIEW pg_temp.%I', v_view);
END;
$fn$;

-- The storage table's user columns (everything but __pgt_*), quoted, in attnum order.
CREATE OR REPLACE FUNCTION pgtrickle._standin_user_columns(p_relid oid)
RETURNS text[]
LANGUAGE sql STABLE
AS $fn$
    SELECT coalesce(array_agg(quote_ident(a.attname) ORDER BY a.attnum), '{}')
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = p_relid AND a.attnum > 0 AND NOT a.attisdropped
      AND left(a.attname, 6) <> '__pgt_'
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_has_count(p_relid oid)
RETURNS boolean
LANGUAGE sql STABLE
AS $fn$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid = p_relid AND a.attname = '__pgt_count' AND NOT a.attisdropped)
$fn$;

-- SELECT list producing (row id, user columns in storage order[, __pgt_count]) from the
-- defining query aliased q. The row id hashes the row's binary form plus its occurrence
-- number among identical rows: equal contents give equal ids, duplicates stay unique.
CREATE OR REPLACE FUNCTION pgtrickle._standin_select_list(p_relid oid)
RETURNS text
LANGUAGE sql STABLE
AS $fn$
    SELECT 'pg_catalog.hashtextextended(pg_catalog.encode(pg_catalog.record_send(q), ''hex'')'
        || ' OPERATOR(pg_catalog.||) ''/'' OPERATOR(pg_catalog.||) (pg_catalog.row_number() OVER'
        || ' (PARTITION BY pg_catalog.record_send(q)))::pg_catalog.text, 0) AS __pgt_new_id'
        || coalesce((SELECT string_agg(', q.' || c, '' ORDER BY o)
                     FROM unnest(pgtrickle._standin_user_columns(p_relid)) WITH ORDINALITY u(c, o)), '')
        || CASE WHEN pgtrickle._standin_has_count(p_relid) THEN ', 1::pg_catalog.int8' ELSE '' END
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_insert_columns(p_relid oid)
RETURNS text
LANGUAGE sql STABLE
AS $fn$
    SELECT '__pgt_row_id'
        || coalesce((SELECT string_agg(', ' || c, '' ORDER BY o)
                     FROM unnest(pgtrickle._standin_user_columns(p_relid)) WITH ORDINALITY u(c, o)), '')
        || CASE WHEN pgtrickle._standin_has_count(p_relid) THEN ', __pgt_count' ELSE '' END
$fn$;

-- Creates the storage table, its unique row-id index and the DML/TRUNCATE guards.
CREATE OR REPLACE FUNCTION pgtrickle._standin_create_storage(
    p_schema text, p_table text, p_names text[], p_types text[], p_count boolean)
RETURNS oid
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_qualified text := format('%I.%I', p_schema, p_table);
    v_guard     text := format('%I.%I', p_schema,
                               '_pgt_guard_' || lower(replace(p_table, '"', '')));
    v_columns   text;
BEGIN
    SELECT string_agg(format(', %I %s', n, t), '' ORDER BY o) INTO v_columns
    FROM unnest(p_names, p_types) WITH ORDINALITY u(n, t, o);
    EXECUTE format('CREATE TABLE %s (__pgt_row_id BIGINT%s%s)', v_qualified,
                   coalesce(v_columns, ''),
                   CASE WHEN p_count THEN ', __pgt_count BIGINT NOT NULL DEFAULT 0' ELSE '' END);
    EXECUTE format('CREATE UNIQUE INDEX ON %s (__pgt_row_id)', v_qualified);
    EXECUTE format($ddl$
        CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $guard$
        BEGIN
            IF current_setting('pg_trickle.internal_refresh', true) IS DISTINCT FROM 'true' THEN
                RAISE EXCEPTION 'Direct DML on stream table %% is not allowed. Stream tables are maintained automatically by pg_trickle.', TG_TABLE_NAME;
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; ELSE RETURN NEW; END IF;
        END;
        $guard$ $ddl$, v_guard);
    EXECUTE format('CREATE TRIGGER pgt_dml_guard BEFORE INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION %s()', v_qualified, v_guard);
    EXECUTE format('CREATE TRIGGER pgt_truncate_guard BEFORE TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION %s()', v_qualified, v_guard);
    RETURN v_qualified::regclass::oid;
END;
$fn$;

-- Recomputes a stream table with TRUNCATE + INSERT, updates the catalog and writes a history
-- row. data_timestamp moves only when the contents changed (or on the first populate);
-- last_refresh_at always. The caller must already have set pg_trickle.internal_refresh.
CREATE OR REPLACE FUNCTION pgtrickle._standin_recompute(
    p_pgt_id bigint, p_initiated_by text,
    OUT action text, OUT rows_inserted bigint, OUT rows_deleted bigint, OUT changed boolean)
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_st      pgtrickle.pgt_stream_tables;
    v_table   text;
    v_started timestamptz := clock_timestamp();
    v_old     bigint[];
    v_new     bigint[];
BEGIN
    SELECT * INTO STRICT v_st FROM pgtrickle.pgt_stream_tables WHERE pgt_id = p_pgt_id;
    v_table := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    action := CASE WHEN v_st.refresh_mode = 'DIFFERENTIAL' AND v_st.is_populated
                   THEN 'DIFFERENTIAL' ELSE 'FULL' END;

    EXECUTE format('SELECT array_agg(__pgt_row_id ORDER BY __pgt_row_id) FROM %s', v_table)
    INTO v_old;
    EXECUTE format('TRUNCATE %s', v_table);
    EXECUTE format('WITH i AS (INSERT INTO %s (%s) SELECT %s FROM (%s) AS q RETURNING __pgt_row_id) '
                   'SELECT array_agg(__pgt_row_id ORDER BY __pgt_row_id) FROM i',
                   v_table, pgtrickle._standin_insert_columns(v_st.pgt_relid),
                   pgtrickle._standin_select_list(v_st.pgt_relid), v_st.defining_query)
    INTO v_new;

    SELECT count(*) INTO rows_inserted
    FROM (SELECT unnest(v_new) EXCEPT ALL SELECT unnest(v_old)) x;
    SELECT count(*) INTO rows_deleted
    FROM (SELECT unnest(v_old) EXCEPT ALL SELECT unnest(v_new)) x;
    changed := rows_inserted + rows_deleted > 0;

    UPDATE pgtrickle.pgt_stream_tables SET
        status = 'ACTIVE',
        is_populated = true,
        needs_reinit = false,
        consecutive_errors = 0,
        last_error_message = NULL,
        last_error_at = NULL,
        last_refresh_at = now(),
        data_timestamp = CASE WHEN changed OR NOT v_st.is_populated OR v_st.data_timestamp IS NULL
                              THEN now() ELSE data_timestamp END,
        last_full_ms = extract(epoch FROM clock_timestamp() - v_started) * 1000,
        updated_at = now()
    WHERE pgt_id = p_pgt_id;

    INSERT INTO pgtrickle.pgt_refresh_history (
        pgt_id, data_timestamp, start_time, end_time, action, rows_inserted, rows_deleted,
        delta_row_count, status, initiated_by)
    VALUES (p_pgt_id, now(), v_started, clock_timestamp(), action, rows_inserted, rows_deleted,
            rows_inserted + rows_deleted, 'COMPLETED', p_initiated_by);
END;
$fn$;

-- Full recompute with the DML guard bypassed only for its duration (create, alter).
CREATE OR REPLACE FUNCTION pgtrickle._standin_recompute_guarded(p_pgt_id bigint, p_initiated_by text)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_previous text := current_setting('pg_trickle.internal_refresh', true);
BEGIN
    PERFORM set_config('pg_trickle.internal_refresh', 'true', true);
    PERFORM pgtrickle._standin_recompute(p_pgt_id, p_initiated_by);
    PERFORM set_config('pg_trickle.internal_refresh', coalesce(v_previous, ''), true);
END;
$fn$;

-- IMMEDIATE maintenance: runs after every statement on a source table, inside the writer's
-- transaction. It applies the difference between the stored and the recomputed contents
-- (DELETE + INSERT, so other sessions keep reading the committed contents) and, when
-- something changed, sets data_timestamp = last_refresh_at = now().
CREATE OR REPLACE FUNCTION pgtrickle._standin_ivm_trigger()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_pgt_id   bigint := TG_ARGV[0]::bigint;
    v_st       pgtrickle.pgt_stream_tables;
    v_table    text;
    v_previous text;
    v_inserted bigint;
    v_deleted  bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('pgtrickle_standin_ivm'), v_pgt_id::int);
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables WHERE pgt_id = v_pgt_id;
    IF NOT FOUND OR v_st.refresh_mode <> 'IMMEDIATE' THEN
        RETURN NULL;
    END IF;
    v_table := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    v_previous := current_setting('pg_trickle.internal_refresh', true);
    PERFORM set_config('pg_trickle.internal_refresh', 'true', true);
    EXECUTE format(
        'WITH n AS MATERIALIZED (SELECT %2$s FROM (%4$s) AS q), '
        'd AS (DELETE FROM %1$s t WHERE NOT EXISTS '
        '      (SELECT 1 FROM n WHERE n.__pgt_new_id = t.__pgt_row_id) RETURNING 1), '
        'i AS (INSERT INTO %1$s (%3$s) SELECT n.* FROM n WHERE NOT EXISTS '
        '      (SELECT 1 FROM %1$s t WHERE t.__pgt_row_id = n.__pgt_new_id) RETURNING 1) '
        'SELECT (SELECT count(*) FROM i), (SELECT count(*) FROM d)',
        v_table, pgtrickle._standin_select_list(v_st.pgt_relid),
        pgtrickle._standin_insert_columns(v_st.pgt_relid), v_st.defining_query)
    INTO v_inserted, v_deleted;
    PERFORM set_config('pg_trickle.internal_refresh', coalesce(v_previous, ''), true);
    IF v_inserted + v_deleted > 0 THEN
        UPDATE pgtrickle.pgt_stream_tables SET
            data_timestamp = now(),
            last_refresh_at = now(),
            status = 'ACTIVE',
            is_populated = true,
            consecutive_errors = 0,
            updated_at = now()
        WHERE pgt_id = v_pgt_id;
    END IF;
    RETURN NULL;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_install_ivm(p_pgt_id bigint)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_source record;
BEGIN
    FOR v_source IN
        SELECT d.source_relid, d.source_type FROM pgtrickle.pgt_dependencies d
        WHERE d.pgt_id = p_pgt_id ORDER BY d.source_relid
    LOOP
        IF v_source.source_type NOT IN ('TABLE', 'STREAM_TABLE') THEN
            RAISE EXCEPTION USING
                ERRCODE = '0A000',
                MESSAGE = format('IMMEDIATE mode does not support %s sources: %s',
                                 lower(replace(v_source.source_type, '_', ' ')),
                                 v_source.source_relid::regclass);
        END IF;
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION pgtrickle._standin_ivm_trigger(%L)',
                       'pgt_standin_ivm_' || p_pgt_id, v_source.source_relid::regclass, p_pgt_id);
    END LOOP;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_remove_ivm(p_pgt_id bigint)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_source oid;
BEGIN
    FOR v_source IN
        SELECT d.source_relid FROM pgtrickle.pgt_dependencies d
        JOIN pg_catalog.pg_trigger t ON t.tgrelid = d.source_relid
             AND t.tgname = 'pgt_standin_ivm_' || p_pgt_id
        WHERE d.pgt_id = p_pgt_id
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', 'pgt_standin_ivm_' || p_pgt_id, v_source::regclass);
    END LOOP;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_record_sources(
    p_pgt_id bigint, p_relids oid[], p_kinds text[])
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    DELETE FROM pgtrickle.pgt_dependencies WHERE pgt_id = p_pgt_id;
    INSERT INTO pgtrickle.pgt_dependencies (pgt_id, source_relid, source_type)
    SELECT p_pgt_id, r, k FROM unnest(p_relids, p_kinds) u(r, k) WHERE r IS NOT NULL;
    UPDATE pgtrickle.pgt_stream_tables st SET has_keyless_source = EXISTS (
        SELECT 1 FROM unnest(p_relids) r
        JOIN pg_catalog.pg_class c ON c.oid = r AND c.relkind IN ('r', 'p')
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                          WHERE i.indrelid = r AND i.indisprimary))
    WHERE st.pgt_id = p_pgt_id;
END;
$fn$;

-- Compact JSON with keys in byte order, as serde_json prints pg_trickle's alert payloads.
CREATE OR REPLACE FUNCTION pgtrickle._standin_compact_json(p_doc jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
AS $fn$
BEGIN
    CASE jsonb_typeof(p_doc)
    WHEN 'object' THEN
        RETURN '{' || coalesce((
            SELECT string_agg(to_json(e.key)::text || ':' || pgtrickle._standin_compact_json(e.value),
                              ',' ORDER BY e.key COLLATE "C")
            FROM jsonb_each(p_doc) e), '') || '}';
    WHEN 'array' THEN
        RETURN '[' || coalesce((
            SELECT string_agg(pgtrickle._standin_compact_json(e.value), ',' ORDER BY e.ordinality)
            FROM jsonb_array_elements(p_doc) WITH ORDINALITY e), '') || ']';
    ELSE
        RETURN p_doc::text;
    END CASE;
END;
$fn$;

-- -------------------------------------------------------------------------------------
-- The lifecycle API (same signatures, parameter names, defaults and STRICT-ness as 0.67)
-- -------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION pgtrickle.create_stream_table(
    name text,
    query text,
    schedule text DEFAULT 'calculated',
    refresh_mode text DEFAULT 'AUTO',
    initialize bool DEFAULT true,
    diamond_consistency text DEFAULT NULL,
    diamond_schedule_policy text DEFAULT NULL,
    cdc_mode text DEFAULT NULL,
    append_only bool DEFAULT false,
    pooler_compatibility_mode bool DEFAULT false,
    partition_by text DEFAULT NULL,
    max_differential_joins int DEFAULT NULL,
    max_delta_fraction float8 DEFAULT NULL,
    output_distribution_column text DEFAULT NULL,
    temporal bool DEFAULT false,
    storage_backend text DEFAULT NULL,
    sink text DEFAULT NULL,
    ducklake_sink_path text DEFAULT NULL,
    ducklake_sink_table_id bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_schema   text;
    v_table    text;
    v_mode     text;
    v_schedule text;
    v_cdc      text := lower(btrim($8));
    v_diamond  text := coalesce(lower(btrim($6)), 'atomic');
    v_policy   text := coalesce(lower(btrim($7)), 'fastest');
    v_analysis record;
    v_relid    oid;
    v_pgt_id   bigint;
BEGIN
    IF $1 IS NULL OR $2 IS NULL OR $4 IS NULL OR $5 IS NULL OR $9 IS NULL OR $10 IS NULL
       OR $15 IS NULL THEN
        PERFORM pgtrickle._standin_invalid('name, query, refresh_mode, initialize, append_only, '
            'pooler_compatibility_mode and temporal must not be NULL');
    END IF;
    SELECT n.schema_name, n.table_name INTO v_schema, v_table
    FROM pgtrickle._standin_split_name($1, coalesce(current_schema()::text, 'public')) n;
    IF EXISTS (SELECT 1 FROM pgtrickle.pgt_stream_tables st
               WHERE st.pgt_schema = v_schema AND st.pgt_name = v_table) THEN
        RAISE EXCEPTION USING
            ERRCODE = '42P07',
            MESSAGE = format('stream table already exists: %s.%s', v_schema, v_table);
    END IF;

    v_mode := pgtrickle._standin_resolve_mode($4);
    v_schedule := pgtrickle._standin_resolve_schedule($3, v_mode);
    IF v_cdc IS NOT NULL AND v_cdc NOT IN ('auto', 'trigger', 'wal') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'unknown cdc_mode: %s. Must be ''auto'', ''trigger'', or ''wal''', $8));
    END IF;
    IF v_mode = 'IMMEDIATE' AND v_cdc = 'wal' THEN
        PERFORM pgtrickle._standin_invalid(
            'refresh_mode ''IMMEDIATE'' is incompatible with cdc_mode = ''wal''');
    END IF;
    IF v_diamond NOT IN ('none', 'atomic') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown diamond_consistency: %s', $6));
    END IF;
    IF v_policy NOT IN ('fastest', 'slowest') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown diamond_schedule_policy: %s', $7));
    END IF;
    IF $9 THEN PERFORM pgtrickle._standin_not_modelled('append_only => true'); END IF;
    IF $11 IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('partition_by'); END IF;
    IF $14 IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('output_distribution_column'); END IF;
    IF $15 THEN PERFORM pgtrickle._standin_not_modelled('temporal => true'); END IF;
    IF $16 IS NOT NULL AND lower($16) <> 'heap' THEN
        PERFORM pgtrickle._standin_not_modelled('storage_backend');
    END IF;
    IF $17 IS NOT NULL OR $18 IS NOT NULL OR $19 IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('sink');
    END IF;

    SELECT * INTO v_analysis FROM pgtrickle._standin_analyze($2);
    v_relid := pgtrickle._standin_create_storage(
        v_schema, v_table, v_analysis.column_names, v_analysis.column_types,
        v_analysis.needs_count AND v_mode <> 'FULL');

    INSERT INTO pgtrickle.pgt_stream_tables AS st (
        pgt_relid, pgt_name, pgt_schema, defining_query, original_query, schedule, refresh_mode,
        status, is_populated, diamond_consistency, diamond_schedule_policy, requested_cdc_mode,
        pooler_compatibility_mode, max_differential_joins, max_delta_fraction,
        effective_refresh_mode, defining_query_hash)
    VALUES (
        v_relid, v_table, v_schema, v_analysis.defining_query,
        CASE WHEN $2 IS DISTINCT FROM v_analysis.defining_query THEN $2 END,
        v_schedule, v_mode, 'INITIALIZING', false, v_diamond, v_policy, v_cdc,
        $10, $12, $13, v_mode, hashtextextended(v_analysis.defining_query, 0))
    RETURNING st.pgt_id INTO v_pgt_id;

    PERFORM pgtrickle._standin_record_sources(v_pgt_id, v_analysis.source_relids,
                                              v_analysis.source_kinds);
    IF v_mode = 'IMMEDIATE' THEN
        PERFORM pgtrickle._standin_install_ivm(v_pgt_id);
    END IF;
    IF $5 THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_pgt_id, 'INITIAL');
    END IF;
    RAISE INFO 'Stream table %.% created (pgt_id=%, mode=%, initialized=%)',
        v_schema, v_table, v_pgt_id, v_mode, CASE WHEN $5 THEN 'true' ELSE 'false' END;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.create_stream_table_if_not_exists(
    name text,
    query text,
    schedule text DEFAULT 'calculated',
    refresh_mode text DEFAULT 'AUTO',
    initialize bool DEFAULT true,
    diamond_consistency text DEFAULT NULL,
    diamond_schedule_policy text DEFAULT NULL,
    cdc_mode text DEFAULT NULL,
    append_only bool DEFAULT false,
    pooler_compatibility_mode bool DEFAULT false,
    partition_by text DEFAULT NULL,
    max_differential_joins int DEFAULT NULL,
    max_delta_fraction float8 DEFAULT NULL,
    output_distribution_column text DEFAULT NULL,
    temporal bool DEFAULT false,
    storage_backend text DEFAULT NULL,
    sink text DEFAULT NULL,
    ducklake_sink_path text DEFAULT NULL,
    ducklake_sink_table_id bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_schema text;
    v_table  text;
BEGIN
    SELECT n.schema_name, n.table_name INTO v_schema, v_table
    FROM pgtrickle._standin_split_name($1, coalesce(current_schema()::text, 'public')) n;
    IF EXISTS (SELECT 1 FROM pgtrickle.pgt_stream_tables st
               WHERE st.pgt_schema = v_schema AND st.pgt_name = v_table) THEN
        RAISE INFO 'Stream table %.% already exists — skipping creation.', v_schema, v_table;
        RETURN;
    END IF;
    PERFORM pgtrickle.create_stream_table($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                                          $13, $14, $15, $16, $17, $18, $19);
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.alter_stream_table(
    name text,
    query text DEFAULT NULL,
    schedule text DEFAULT NULL,
    refresh_mode text DEFAULT NULL,
    status text DEFAULT NULL,
    diamond_consistency text DEFAULT NULL,
    diamond_schedule_policy text DEFAULT NULL,
    cdc_mode text DEFAULT NULL,
    append_only bool DEFAULT NULL,
    pooler_compatibility_mode bool DEFAULT NULL,
    tier text DEFAULT NULL,
    fuse text DEFAULT NULL,
    fuse_ceiling bigint DEFAULT NULL,
    fuse_sensitivity int DEFAULT NULL,
    partition_by text DEFAULT NULL,
    max_differential_joins int DEFAULT NULL,
    max_delta_fraction float8 DEFAULT NULL,
    post_refresh_action text DEFAULT NULL,
    reindex_drift_threshold float8 DEFAULT NULL,
    sink text DEFAULT NULL,
    ducklake_sink_path text DEFAULT NULL,
    ducklake_sink_table_id bigint DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_st        pgtrickle.pgt_stream_tables;
    v_qualified text;
    v_analysis  record;
    v_old_mode  text;
    v_new_mode  text;
    v_status    text := upper(btrim($5));
    v_tier      text := lower(btrim($11));
    v_diamond   text := lower(btrim($6));
    v_policy    text := lower(btrim($7));
    v_recompute boolean := false;
    v_count     boolean;
    v_old_cols  record;
    v_recreate  boolean;
BEGIN
    IF $1 IS NULL THEN
        PERFORM pgtrickle._standin_invalid('name must not be NULL');
    END IF;
    IF $8 IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(cdc_mode => ...)'); END IF;
    IF $9 IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(append_only => ...)'); END IF;
    IF $12 IS NOT NULL OR $13 IS NOT NULL OR $14 IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(fuse => ...)');
    END IF;
    IF $15 IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(partition_by => ...)'); END IF;
    IF $16 IS NOT NULL OR $17 IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(max_differential_joins/max_delta_fraction => ...)');
    END IF;
    IF $18 IS NOT NULL OR $19 IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(post_refresh_action/reindex_drift_threshold => ...)');
    END IF;
    IF $20 IS NOT NULL OR $21 IS NOT NULL OR $22 IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(sink => ...)');
    END IF;

    v_st := pgtrickle._standin_lookup($1);
    PERFORM pgtrickle._standin_check_owner(v_st);
    v_qualified := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    v_old_mode := v_st.refresh_mode;
    v_new_mode := CASE WHEN $4 IS NULL THEN v_old_mode ELSE pgtrickle._standin_resolve_mode($4) END;

    IF v_status IS NOT NULL AND v_status NOT IN ('INITIALIZING', 'ACTIVE', 'SUSPENDED', 'ERROR') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown status: %s', $5));
    END IF;
    IF v_tier IS NOT NULL AND v_tier NOT IN ('hot', 'warm', 'cold', 'frozen') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown tier: %s', $11));
    END IF;
    IF v_diamond IS NOT NULL AND v_diamond NOT IN ('none', 'atomic') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown diamond_consistency: %s', $6));
    END IF;
    IF v_policy IS NOT NULL AND v_policy NOT IN ('fastest', 'slowest') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown diamond_schedule_policy: %s', $7));
    END IF;

    -- query: ALTER the storage in place when every kept column keeps its type, else recreate.
    IF $2 IS NOT NULL THEN
        SELECT * INTO v_analysis FROM pgtrickle._standin_analyze($2);
        v_count := v_analysis.needs_count AND v_new_mode <> 'FULL';
        IF v_old_mode = 'IMMEDIATE' THEN
            PERFORM pgtrickle._standin_remove_ivm(v_st.pgt_id);
        END IF;
        SELECT bool_or(a.atttypid::regtype::text IS DISTINCT FROM n.t) AS type_changed
        INTO v_old_cols
        FROM pg_catalog.pg_attribute a
        JOIN unnest(v_analysis.column_names, v_analysis.column_types) n(c, t) ON n.c = a.attname
        WHERE a.attrelid = v_st.pgt_relid AND a.attnum > 0 AND NOT a.attisdropped;
        v_recreate := coalesce(v_old_cols.type_changed, false);
        IF v_recreate THEN
            RAISE WARNING 'stream table %.%: the new query changes column types; the storage table is dropped and recreated (its OID, grants and dependent views are lost)',
                v_st.pgt_schema, v_st.pgt_name;
            EXECUTE format('DROP TABLE %s CASCADE', v_qualified);
            v_st.pgt_relid := pgtrickle._standin_create_storage(
                v_st.pgt_schema, v_st.pgt_name, v_analysis.column_names, v_analysis.column_types, v_count);
        ELSE
            PERFORM pgtrickle._standin_alter_columns(v_st.pgt_relid, v_analysis.column_names,
                                                     v_analysis.column_types, v_count);
        END IF;
        UPDATE pgtrickle.pgt_stream_tables st SET
            pgt_relid = v_st.pgt_relid,
            defining_query = v_analysis.defining_query,
            original_query = CASE WHEN $2 IS DISTINCT FROM v_analysis.defining_query THEN $2 END,
            defining_query_hash = hashtextextended(v_analysis.defining_query, 0),
            is_populated = false
        WHERE st.pgt_id = v_st.pgt_id;
        PERFORM pgtrickle._standin_record_sources(v_st.pgt_id, v_analysis.source_relids,
                                                  v_analysis.source_kinds);
        IF v_new_mode = 'IMMEDIATE' THEN
            PERFORM pgtrickle._standin_install_ivm(v_st.pgt_id);
        END IF;
        v_recompute := true;
    END IF;

    IF v_new_mode <> v_old_mode THEN
        IF $2 IS NULL THEN
            -- FULL tables have no __pgt_count; the other modes keep it for grouping queries.
            SELECT * INTO v_analysis FROM pgtrickle._standin_analyze(v_st.defining_query);
            PERFORM pgtrickle._standin_alter_columns(
                v_st.pgt_relid, v_analysis.column_names, v_analysis.column_types,
                v_analysis.needs_count AND v_new_mode <> 'FULL');
            IF v_old_mode = 'IMMEDIATE' THEN
                PERFORM pgtrickle._standin_remove_ivm(v_st.pgt_id);
            END IF;
            IF v_new_mode = 'IMMEDIATE' THEN
                PERFORM pgtrickle._standin_install_ivm(v_st.pgt_id);
            END IF;
        END IF;
        UPDATE pgtrickle.pgt_stream_tables st SET
            refresh_mode = v_new_mode,
            effective_refresh_mode = v_new_mode,
            schedule = CASE
                WHEN v_new_mode = 'IMMEDIATE' THEN NULL
                WHEN v_old_mode = 'IMMEDIATE' AND $3 IS NULL THEN '1m'
                ELSE st.schedule END
        WHERE st.pgt_id = v_st.pgt_id;
        RAISE WARNING 'stream table %.% refresh mode changed from % to %; a full refresh was applied',
            v_st.pgt_schema, v_st.pgt_name, v_old_mode, v_new_mode;
        v_recompute := true;
    END IF;

    IF $3 IS NOT NULL THEN
        UPDATE pgtrickle.pgt_stream_tables st
        SET schedule = pgtrickle._standin_resolve_schedule($3, v_new_mode)
        WHERE st.pgt_id = v_st.pgt_id;
    END IF;

    IF v_recompute THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_st.pgt_id, 'MANUAL');
    END IF;

    UPDATE pgtrickle.pgt_stream_tables st SET
        status = coalesce(v_status, st.status),
        consecutive_errors = CASE WHEN v_status = 'ACTIVE' THEN 0 ELSE st.consecutive_errors END,
        refresh_tier = coalesce(v_tier, st.refresh_tier),
        diamond_consistency = coalesce(v_diamond, st.diamond_consistency),
        diamond_schedule_policy = coalesce(v_policy, st.diamond_schedule_policy),
        pooler_compatibility_mode = coalesce($10, st.pooler_compatibility_mode),
        updated_at = now()
    WHERE st.pgt_id = v_st.pgt_id;
END;
$fn$;

-- Brings the storage columns in line with a new query without changing the table's OID:
-- drops columns the query no longer has, adds new ones at the end, adds/drops __pgt_count.
CREATE OR REPLACE FUNCTION pgtrickle._standin_alter_columns(
    p_relid oid, p_names text[], p_types text[], p_count boolean)
RETURNS void
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_column record;
BEGIN
    FOR v_column IN
        SELECT a.attname FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = p_relid AND a.attnum > 0 AND NOT a.attisdropped
          AND left(a.attname, 6) <> '__pgt_' AND NOT a.attname = ANY (p_names)
    LOOP
        EXECUTE format('ALTER TABLE %s DROP COLUMN %I', p_relid::regclass, v_column.attname);
    END LOOP;
    FOR v_column IN
        SELECT n.c, n.t FROM unnest(p_names, p_types) WITH ORDINALITY n(c, t, o)
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = p_relid AND a.attname = n.c AND NOT a.attisdropped)
        ORDER BY n.o
    LOOP
        EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', p_relid::regclass, v_column.c, v_column.t);
    END LOOP;
    IF p_count AND NOT pgtrickle._standin_has_count(p_relid) THEN
        EXECUTE format('ALTER TABLE %s ADD COLUMN __pgt_count BIGINT NOT NULL DEFAULT 0', p_relid::regclass);
    ELSIF NOT p_count AND pgtrickle._standin_has_count(p_relid) THEN
        EXECUTE format('ALTER TABLE %s DROP COLUMN __pgt_count', p_relid::regclass);
    END IF;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.drop_stream_table(name text, "cascade" bool DEFAULT false)
RETURNS void
LANGUAGE plpgsql STRICT
AS $fn$
DECLARE
    v_st         pgtrickle.pgt_stream_tables;
    v_dependents text;
    v_dependent  record;
    v_guard      regprocedure;
BEGIN
    v_st := pgtrickle._standin_lookup($1);
    PERFORM pgtrickle._standin_check_owner(v_st);
    SELECT string_agg(st.pgt_schema || '.' || st.pgt_name, ', ' ORDER BY st.pgt_schema, st.pgt_name)
    INTO v_dependents
    FROM pgtrickle.pgt_dependencies d
    JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = d.pgt_id
    WHERE d.source_relid = v_st.pgt_relid AND d.pgt_id <> v_st.pgt_id;
    IF v_dependents IS NOT NULL AND NOT $2 THEN
        PERFORM pgtrickle._standin_invalid(format(
            'stream table %s.%s has dependent stream tables: %s. Use cascade => true to drop them automatically.',
            v_st.pgt_schema, v_st.pgt_name, v_dependents));
    END IF;
    FOR v_dependent IN
        SELECT st.pgt_schema, st.pgt_name FROM pgtrickle.pgt_dependencies d
        JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = d.pgt_id
        WHERE d.source_relid = v_st.pgt_relid AND d.pgt_id <> v_st.pgt_id
    LOOP
        PERFORM pgtrickle.drop_stream_table(v_dependent.pgt_schema || '.' || v_dependent.pgt_name, true);
    END LOOP;
    PERFORM pgtrickle._standin_remove_ivm(v_st.pgt_id);
    EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', v_st.pgt_schema, v_st.pgt_name);
    -- Names differing only in case share a guard function; keep it while it is still used.
    v_guard := to_regprocedure(format('%I.%I()', v_st.pgt_schema,
                                      '_pgt_guard_' || lower(replace(v_st.pgt_name, '"', ''))));
    IF v_guard IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgfoid = v_guard) THEN
        EXECUTE format('DROP FUNCTION %s', v_guard);
    END IF;
    DELETE FROM pgtrickle.pgt_stream_tables WHERE pgt_id = v_st.pgt_id;
    RAISE INFO 'Stream table %.% dropped', v_st.pgt_schema, v_st.pgt_name;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.refresh_stream_table(name text)
RETURNS void
LANGUAGE plpgsql STRICT
AS $fn$
DECLARE
    v_st     pgtrickle.pgt_stream_tables;
    v_result record;
BEGIN
    IF pg_is_in_recovery() THEN
        PERFORM pgtrickle._standin_invalid('Cannot refresh stream tables on a read replica. '
            'The server is in recovery mode (pg_is_in_recovery() = true). '
            'Run refresh on the primary server instead.');
    END IF;
    v_st := pgtrickle._standin_lookup($1);
    IF v_st.status IN ('SUSPENDED', 'ERROR') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'stream table %s.%s is %s ; use pgtrickle.resume_stream_table(''%s'') first',
            v_st.pgt_schema, v_st.pgt_name,
            CASE v_st.status WHEN 'SUSPENDED' THEN 'suspended' ELSE 'in error state' END,
            CASE WHEN v_st.pgt_schema = 'public' THEN v_st.pgt_name
                 ELSE v_st.pgt_schema || '.' || v_st.pgt_name END));
    END IF;
    IF NOT pg_try_advisory_xact_lock(v_st.pgt_id) THEN
        RAISE NOTICE 'refresh skipped: %.% — another refresh is already in progress',
            v_st.pgt_schema, v_st.pgt_name;
        RETURN;
    END IF;
    PERFORM 1 FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_id = v_st.pgt_id
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RAISE NOTICE 'refresh skipped: %.% — another refresh is already in progress',
            v_st.pgt_schema, v_st.pgt_name;
        RETURN;
    END IF;
    -- Like the real extension: these last until the caller's transaction ends.
    SET LOCAL pg_trickle.internal_refresh = 'true';
    SET LOCAL row_security = off;
    SELECT * INTO v_result FROM pgtrickle._standin_recompute(v_st.pgt_id, 'MANUAL');
    IF v_result.action = 'DIFFERENTIAL' THEN
        RAISE INFO 'Stream table %.% refreshed (DIFFERENTIAL: +% -%)',
            v_st.pgt_schema, v_st.pgt_name, v_result.rows_inserted, v_result.rows_deleted;
    ELSIF v_result.changed OR NOT v_st.is_populated THEN
        RAISE INFO 'Stream table %.% refreshed (FULL)', v_st.pgt_schema, v_st.pgt_name;
    ELSE
        RAISE INFO 'Stream table %.% refreshed (FULL, no-op — data_timestamp preserved)',
            v_st.pgt_schema, v_st.pgt_name;
    END IF;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.write_and_refresh(sql text, stream_table_name text)
RETURNS void
LANGUAGE plpgsql STRICT
AS $fn$
BEGIN
    EXECUTE $1;
    PERFORM pgtrickle.refresh_stream_table($2);
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.resume_stream_table(name text)
RETURNS void
LANGUAGE plpgsql STRICT
AS $fn$
DECLARE
    v_st pgtrickle.pgt_stream_tables;
BEGIN
    v_st := pgtrickle._standin_lookup($1);
    IF v_st.status NOT IN ('SUSPENDED', 'ERROR') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'stream table %s.%s is not suspended or in error state (current status: %s)',
            v_st.pgt_schema, v_st.pgt_name, v_st.status));
    END IF;
    UPDATE pgtrickle.pgt_stream_tables st SET
        status = 'ACTIVE',
        consecutive_errors = 0,
        last_error_message = NULL,
        last_error_at = NULL,
        updated_at = now()
    WHERE st.pgt_id = v_st.pgt_id;
    IF NOT v_st.pooler_compatibility_mode THEN
        PERFORM pg_notify('pg_trickle_alert', pgtrickle._standin_compact_json(jsonb_build_object(
            'event', 'resumed',
            'pgt_schema', v_st.pgt_schema,
            'pgt_name', v_st.pgt_name,
            'st', v_st.pgt_schema || '.' || v_st.pgt_name,
            'previous_status', 'SUSPENDED')));
    END IF;
    RAISE INFO 'Stream table %.% resumed (pgt_id=%)', v_st.pgt_schema, v_st.pgt_name, v_st.pgt_id;
END;
$fn$;

-- -------------------------------------------------------------------------------------
-- Monitoring
-- -------------------------------------------------------------------------------------

-- Seconds since the last refresh that changed data. Own name parsing: first dot, unqualified
-- names are looked up in public (not current_schema()). NULL for unknown or unpopulated tables.
CREATE OR REPLACE FUNCTION pgtrickle.get_staleness(name text)
RETURNS double precision
LANGUAGE sql STRICT
AS $fn$
    SELECT EXTRACT(EPOCH FROM (now() - st.data_timestamp))::float8
    FROM pgtrickle.pgt_stream_tables st,
         pgtrickle._standin_split_name($1, 'public') n
    WHERE st.pgt_schema = n.schema_name AND st.pgt_name = n.table_name
      AND st.data_timestamp IS NOT NULL
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.pgt_status()
RETURNS TABLE (
    name text, status text, refresh_mode text, is_populated bool, consecutive_errors int,
    schedule text, data_timestamp timestamptz, staleness interval, scc_id int)
LANGUAGE sql STRICT
AS $fn$
    SELECT st.pgt_schema || '.' || st.pgt_name, st.status, st.refresh_mode, st.is_populated,
           st.consecutive_errors, st.schedule, st.data_timestamp, now() - st.data_timestamp,
           st.scc_id
    FROM pgtrickle.pgt_stream_tables st
    ORDER BY st.pgt_schema, st.pgt_name
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.get_refresh_history(name text, max_rows int DEFAULT 20)
RETURNS TABLE (
    refresh_id bigint, data_timestamp timestamptz, start_time timestamptz, end_time timestamptz,
    action text, status text, rows_inserted bigint, rows_deleted bigint, duration_ms float8,
    error_message text)
LANGUAGE sql STRICT
AS $fn$
    SELECT h.refresh_id, h.data_timestamp, h.start_time, h.end_time, h.action, h.status,
           coalesce(h.rows_inserted, 0), coalesce(h.rows_deleted, 0),
           (EXTRACT(EPOCH FROM (h.end_time - h.start_time)) * 1000)::float8, h.error_message
    FROM pgtrickle.pgt_refresh_history h
    JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = h.pgt_id,
         pgtrickle._standin_split_name($1, 'public') n
    WHERE st.pgt_schema = n.schema_name AND st.pgt_name = n.table_name
    ORDER BY h.refresh_id DESC
    LIMIT $2
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.explain_refresh_mode(name text)
RETURNS TABLE (configured_mode text, effective_mode text, downgrade_reason text)
LANGUAGE plpgsql STRICT
AS $fn$
DECLARE
    v_schema text;
    v_table  text;
    v_st     pgtrickle.pgt_stream_tables;
BEGIN
    SELECT n.schema_name, n.table_name INTO v_schema, v_table
    FROM pgtrickle._standin_split_name($1, coalesce(current_schema()::text, 'public')) n;
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables st
    WHERE st.pgt_schema = v_schema AND st.pgt_name = v_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = 'XX000',
            MESSAGE = format('diagnostic error: stream table ''%s'' not found', $1);
    END IF;
    configured_mode := v_st.refresh_mode;
    effective_mode := v_st.effective_refresh_mode;
    downgrade_reason := CASE WHEN v_st.refresh_mode = 'IMMEDIATE'
        THEN 'IMMEDIATE mode: maintained synchronously by statement-level triggers on the sources'
        END;
    RETURN NEXT;
END;
$fn$;
