-- =====================================================================================
-- pg_trickle TEST STAND-IN. This is NOT the pg_trickle extension.
--
-- A plain-SQL/PL/pgSQL imitation of the parts of pg_trickle 0.108.3's SQL API that the
-- pgtrickle-dao client library and its tests rely on, for a stock PostgreSQL 18 where the
-- real extension cannot be built. Facts come from shared/pg_trickle-api.md (sections 11 and
-- 12) and, where that is silent, from the release's install script
-- sql/archive/pg_trickle--0.108.3.sql and its src/ (trickle-labs/pg-trickle). Install it into
-- a fresh database with one JDBC Statement.execute(); several databases of one server may
-- install it at the same time. Clients call it through the same function names, parameter
-- names, defaults, STRICT-ness, SQLSTATEs and messages as the real extension.
--
-- What it models (0.108.3):
--   * schemas pgtrickle and pgtrickle_changes (REVOKE ALL ON SCHEMA pgtrickle_changes FROM
--     PUBLIC); the NOLOGIN NOINHERIT roles pgtrickle_reader, pgtrickle_operator (member of
--     reader) and pgtrickle_admin (member of operator), created when missing; USAGE on
--     pgtrickle for all three, EXECUTE on refresh/pause/resume for operator and on
--     create/alter/drop for admin; REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pgtrickle FROM
--     PUBLIC, then EXECUTE for PUBLIC on the release's public_read functions the stand-in has;
--     no role gets SELECT on a catalog table or view;
--   * the catalog pgtrickle.pgt_stream_tables with the release's 76 columns in the install
--     script's order, types, defaults and CHECKs (requested_refresh_mode keeps AUTO,
--     refresh_mode never does; defining_search_path NOT NULL; orchestration_mode;
--     contract_generation bumped by a trigger when a result-affecting column changes, and
--     when the stream table's dependencies change), pgtrickle.pgt_dependencies,
--     pgtrickle.pgt_refresh_history (0.108.3 columns) and the view
--     pgtrickle.stream_tables_info (the release's exact SQL); IMMEDIATE statements do not
--     count as refreshes in pgt_refresh_summary;
--   * the storage table "schema"."name": __pgt_row_id bytea NOT NULL first, user columns typed
--     atttypid::regtype (typmod dropped, all nullable), __pgt_count for GROUP BY / DISTINCT /
--     aggregates / deduplicating set operations unless FULL, a UNIQUE index on __pgt_row_id,
--     no primary key, fillfactor when given, the pgt_dml_guard / pgt_truncate_guard triggers
--     (P0001) with the pg_trickle.internal_refresh = 'true' bypass; owned by the caller;
--   * SECURITY DEFINER lifecycle functions (create, create_if_not_exists, create_or_replace,
--     alter, drop, refresh, pause, resume, stream_table_contract) that
--     capture the outer caller (GetOuterUserId(): the SET ROLE role, else the session user)
--     and its search_path, check ownership of the storage table (pg_has_role(caller,
--     relowner, 'USAGE') or superuser, else 42501 "permission denied: must be owner of stream
--     table s.t") and resolve unqualified names with current_schema() under the caller's path;
--   * 0.87.12+ quote-aware name parsing: trimmed, one top-level dot outside double quotes,
--     quoted components unquoted with "" -> ", no case folding, the release's 22023 texts;
--     get_staleness and get_refresh_history default unqualified names to public;
--   * manual refresh: replica check, the capture gate (quiesced / quarantined, 22023), 42P01
--     and the owner check, EXTERNAL orchestration refusal, 22023 for
--     SUSPENDED/ERROR, the transaction-level advisory lock plus FOR UPDATE SKIP LOCKED
--     ("refresh skipped" NOTICE), SET LOCAL pg_trickle.internal_refresh = 'true' and
--     row_security = off, TRUNCATE + INSERT, data_timestamp moved only when the contents
--     changed, last_refresh_at always;
--   * IMMEDIATE mode: statement-level AFTER triggers on every source table that bring the
--     stream table up to date inside the writer's transaction while it is ACTIVE (or
--     INITIALIZING); while SUSPENDED or ERROR they apply nothing and set needs_reinit, and
--     resume_stream_table (or alter_stream_table(status => 'ACTIVE')) rebuilds such a table;
--   * the views pg_stat_pgtrickle (over pgt_refresh_summary, which every refresh updates,
--     pgt_cost_model_summary, always empty, and pgt_freshness_controller_state) and
--     pg_stat_progress_pgtrickle (SELECT granted to the three roles), their exact SQL;
--   * target_freshness (interval / 'on_commit' / 'manual' / '' to clear) and
--     orchestration_mode on create and alter, freshness(), stream_table_contract(regclass),
--     get_staleness, pgt_status, get_refresh_history (13 columns), explain_refresh_mode,
--     parse_duration_seconds, version() = '0.108.3';
--   * the pg_trickle_alert "resumed" NOTIFY with the 0.108.3 payload (compact JSON, keys in
--     byte order, database_oid).
--
-- Simplifications (do not test these against the stand-in):
--   * no background scheduler and no launcher: nothing is ever refreshed on a schedule,
--     tables created with initialize => false stay INITIALIZING until refreshed by hand,
--     there is no CALCULATED-schedule fallback NOTICE, and no refresh_completed,
--     refresh_failed, stale_data, auto_suspended, freshness_* or other scheduler alerts (the
--     test-only pgtrickle_test.emit_* helpers send those by hand); freshness() therefore
--     never has p50/p95/p99 samples and reports the controller's initial status;
--   * caller capture: PL/pgSQL cannot call GetOuterUserId(); the stand-in reads it as the
--     role GUC (SET ROLE) or else session_user, which is what PostgreSQL keeps in
--     OuterUserId. It cannot read the pre-definer search_path from the GUC stack either, so
--     each SECURITY DEFINER entry point is a thin wrapper WITHOUT a SET search_path clause
--     whose body (fully qualified, no operators) passes current_setting('search_path') to a
--     private implementation that carries the pinned
--     SET search_path = pgtrickle, pg_catalog, pg_temp. pg_proc.proconfig of the public
--     functions is therefore empty where the release's is pinned;
--   * write_and_refresh is SECURITY INVOKER (the release: SECURITY DEFINER that runs the SQL
--     as the captured caller); only the refresh it calls runs with definer rights;
--   * the defining query is analysed and run as the stand-in's owner (not as the storage
--     owner with its stored path): source privileges of the caller are not checked, and
--     neither is CREATE on the target schema;
--   * no CDC: no change-buffer tables in pgtrickle_changes, no CDC triggers on sources,
--     no WAL decoding; cdc_mode is only stored;
--   * the capture gate updates pgt_capture_instance.last_seen_at in the caller's transaction
--     before the advisory lock is tried, as the release-era ensure_capture_instance does, so
--     a second manual refresh waits for an open refreshing transaction to end (and then
--     refreshes) instead of reporting "refresh skipped"; that is the release's code as read,
--     not observed on a 0.108.3 server;
--   * capture ownership: pgt_capture_instance, quiesce()/pause_all()/resume_all() and the
--     quiesced/quarantined refusals of manual refresh are modelled, but there is nothing to
--     drain (quiesce() returns true at once), no recover_capture_instance(), and a
--     quarantine found by a refresh is rolled back with the refused refresh, as in the
--     release, without suspending the stream tables;
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
--   * row ids are not pg_trickle's canonical identity encoding (encode_row_id_v3): a row id
--     is the sha256 digest of the row's GROUP BY columns for a grouped query (a constant for
--     an aggregate without GROUP BY), of the source's primary key for a plain scan of one
--     table that outputs it, else of the whole row plus its occurrence number among equal
--     rows (joins, DISTINCT, set operations, keyless sources), where a row whose values change
--     gets a new id; the index on it is always a plain UNIQUE index (no row_probe_v1
--     expression index); the private table
--     pgtrickle._standin_row_identity remembers which columns key each stream table;
--   * no partitioning, DuckLake, storage backends other than heap, temporal tables,
--     append-only tables, fuses, tiers, diamond groups, SCCs, refresh groups, snapshots,
--     publications, watermarks, source gates, subscriptions, outboxes, output-delta
--     consumers or graph contracts. create_stream_table raises 0A000 ("... is not modelled
--     by the pg_trickle stand-in") for append_only, partition_by,
--     output_distribution_column, temporal and a storage_backend other than heap, and only
--     stores cdc_mode, diamond_*, max_differential_joins and max_delta_fraction;
--     alter_stream_table stores tier, diamond_* and pooler_compatibility_mode and raises
--     0A000 for cdc_mode, append_only, fuse*, partition_by, max_differential_joins,
--     max_delta_fraction, post_refresh_action and reindex_drift_threshold;
--   * alter_stream_table(query => ...) keeps the OID only when every kept column keeps its
--     type (it ALTERs columns in or out); otherwise it drops and recreates the table;
--   * an interval target_freshness needs track_commit_timestamp = on, as in the release; the
--     stand-in stores the target but runs no freshness controller;
--   * stream_table_contract returns a contract of the stand-in's own shape (version 1, the
--     catalog's contract_generation, a sha256 digest of the jsonb contract); only the
--     columns and the generation are meant to match;
--   * IMMEDIATE writers are serialised per stream table by an advisory lock taken in the
--     AFTER trigger (the real one takes it in a BEFORE trigger); the trigger function runs
--     as the owner of this script (SECURITY DEFINER), not as the stream table's owner;
--   * the EXTERNAL-orchestration refusals ("PGT_EXT_ORCHESTRATION_MODE: <detail>") and the
--     freshness-evidence refusal of an interval target_freshness: the detail texts are the
--     release's, but how the release raises IntegrationError and FreshnessEvidenceUnavailable
--     is not in the sources the stand-in was built from; the stand-in raises XX000 (the
--     pgrx::error! fallback of raise_error_with_context) with "<code>: <detail>" and
--     "freshness evidence unavailable: <detail>";
--   * freshness() lists the stream tables that have an interval target_freshness, with the
--     controller's sla_status (INSUFFICIENT_DATA, since nothing samples) and NULL
--     percentiles; pause_stream_table's INFO text is the stand-in's own;
--   * no failure handling: a refresh that fails raises and rolls back with the caller's
--     transaction; consecutive_errors never grows, last_error_code/_retryable stay NULL and
--     nothing moves a table to SUSPENDED or ERROR except alter_stream_table(status => ...)
--     and pause_stream_table;
--   * it is not installed with CREATE EXTENSION (no pg_extension row), registers no GUCs
--     (it only reads pg_trickle.internal_refresh and pg_trickle.min_schedule_seconds), has no
--     DDL event triggers (dropping or altering a storage table by hand is not noticed) and
--     sends no pg_trickle_refresh NOTIFY;
--   * only the functions defined below exist: no refresh_if_stale, repair/reinitialize,
--     list_auxiliary_columns, validate_query, health_check, quick_health,
--     pg_stat_stream_tables, stream_table_spec/definition, explain,
--     pg_trickle_hash, encode_row_id_*, recover_capture_instance or subscribe, among others;
--   * messages that the reference and the release do not give (schedule errors, WARNINGs)
--     are the stand-in's own wording; only the SQLSTATEs are meant to match there.
--   * internal helpers are named pgtrickle._standin_*; the few that the PUBLIC-executable
--     read functions call are executable by PUBLIC too.
-- =====================================================================================

CREATE SCHEMA IF NOT EXISTS pgtrickle;
CREATE SCHEMA IF NOT EXISTS pgtrickle_changes;
REVOKE ALL ON SCHEMA pgtrickle_changes FROM PUBLIC;

COMMENT ON SCHEMA pgtrickle IS
    'pg_trickle TEST STAND-IN (not the real extension): see pgtrickle-standin.sql';

-- The release's roles are cluster-wide and created only when missing. Several test databases
-- of one server may install the stand-in at the same moment, so a concurrent creation (the
-- unique index on pg_authid, or "already exists") is taken as success.
DO $roles$
DECLARE
    v_role text;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['pgtrickle_reader', 'pgtrickle_operator', 'pgtrickle_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    FOREACH v_role IN ARRAY ARRAY['pgtrickle_reader TO pgtrickle_operator',
                                  'pgtrickle_operator TO pgtrickle_admin'] LOOP
        BEGIN
            EXECUTE 'GRANT ' || v_role;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END;
$roles$;

-- -------------------------------------------------------------------------------------
-- Catalog (column order, types, defaults and CHECKs of the 0.108.3 install script)
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
    requested_refresh_mode          TEXT NOT NULL DEFAULT 'DIFFERENTIAL'
                                    CHECK (requested_refresh_mode IN ('AUTO', 'FULL', 'DIFFERENTIAL', 'IMMEDIATE')),
    status                          TEXT NOT NULL DEFAULT 'INITIALIZING'
                                    CHECK (status IN ('INITIALIZING', 'ACTIVE', 'SUSPENDED', 'ERROR')),
    is_populated                    BOOLEAN NOT NULL DEFAULT FALSE,
    data_timestamp                  TIMESTAMPTZ,
    frontier                        JSONB,
    tentative_frontier              JSONB,
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
    max_differential_joins          INT
                                    CHECK (max_differential_joins IS NULL OR max_differential_joins >= 0),
    max_delta_fraction              DOUBLE PRECISION
                                    CHECK (max_delta_fraction IS NULL
                                           OR (max_delta_fraction >= 0.0 AND max_delta_fraction <= 1.0)),
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
    self_heal_work_mem_percent      SMALLINT NOT NULL DEFAULT 100
                                    CHECK (self_heal_work_mem_percent BETWEEN 25 AND 100),
    self_heal_lock_backoff_exponent SMALLINT NOT NULL DEFAULT 0
                                    CHECK (self_heal_lock_backoff_exponent BETWEEN 0 AND 6),
    self_heal_success_streak        SMALLINT NOT NULL DEFAULT 0
                                    CHECK (self_heal_success_streak BETWEEN 0 AND 3),
    last_error_code                 TEXT
                                    CHECK (last_error_code IS NULL OR last_error_code IN
                                           ('LOCK_TIMEOUT', 'STATEMENT_TIMEOUT', 'DEADLOCK',
                                            'SERIALIZATION', 'OUT_OF_MEMORY', 'CANCELLED',
                                            'PERMANENT', 'UNKNOWN_RETRYABLE')),
    last_error_retryable            BOOLEAN,
    downstream_publication_name     TEXT,
    freshness_deadline_ms           BIGINT,
    target_freshness_mode           TEXT
                                    CHECK (target_freshness_mode IS NULL
                                           OR target_freshness_mode IN ('INTERVAL', 'ON_COMMIT', 'MANUAL')),
    refresh_reason                  TEXT,
    refresh_reason_detail           TEXT,
    st_partition_key                TEXT,
    in_shadow_build                 BOOLEAN NOT NULL DEFAULT FALSE,
    shadow_table_name               TEXT,
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
    storage_fillfactor              INT DEFAULT NULL
                                    CHECK (storage_fillfactor IS NULL
                                           OR (storage_fillfactor >= 10 AND storage_fillfactor <= 100)),
    query_complexity_class          TEXT,
    row_identity_version            SMALLINT,
    row_probe_version               SMALLINT,
    window_strategy                 JSONB
                                    CHECK (window_strategy IS NULL OR jsonb_typeof(window_strategy) = 'object'),
    created_at                      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                      TIMESTAMPTZ NOT NULL DEFAULT now(),
    defining_search_path            TEXT NOT NULL,
    orchestration_mode              TEXT NOT NULL DEFAULT 'MANAGED'
                                    CHECK (orchestration_mode IN ('MANAGED', 'EXTERNAL')),
    contract_generation             BIGINT NOT NULL DEFAULT 1 CHECK (contract_generation > 0)
);

CREATE INDEX IF NOT EXISTS idx_pgt_status ON pgtrickle.pgt_stream_tables (status);
CREATE UNIQUE INDEX IF NOT EXISTS idx_pgt_name ON pgtrickle.pgt_stream_tables (pgt_schema, pgt_name);
CREATE INDEX IF NOT EXISTS idx_pgt_relid ON pgtrickle.pgt_stream_tables (pgt_relid);

-- contract_generation moves on whenever a column that affects the stream table's result
-- changes (the release's list), never for status, timestamps or counters.
CREATE OR REPLACE FUNCTION pgtrickle._standin_bump_contract_generation()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    IF (OLD.pgt_relid, OLD.pgt_name, OLD.pgt_schema, OLD.defining_query, OLD.original_query,
        OLD.refresh_mode, OLD.requested_refresh_mode, OLD.functions_used, OLD.topk_limit,
        OLD.topk_order_by, OLD.topk_offset, OLD.diamond_consistency, OLD.diamond_schedule_policy,
        OLD.has_keyless_source, OLD.requested_cdc_mode, OLD.is_append_only, OLD.scc_id,
        OLD.st_partition_key, OLD.temporal_mode, OLD.storage_backend, OLD.row_identity_version,
        OLD.row_probe_version, OLD.defining_search_path, OLD.orchestration_mode)
       IS DISTINCT FROM
       (NEW.pgt_relid, NEW.pgt_name, NEW.pgt_schema, NEW.defining_query, NEW.original_query,
        NEW.refresh_mode, NEW.requested_refresh_mode, NEW.functions_used, NEW.topk_limit,
        NEW.topk_order_by, NEW.topk_offset, NEW.diamond_consistency, NEW.diamond_schedule_policy,
        NEW.has_keyless_source, NEW.requested_cdc_mode, NEW.is_append_only, NEW.scc_id,
        NEW.st_partition_key, NEW.temporal_mode, NEW.storage_backend, NEW.row_identity_version,
        NEW.row_probe_version, NEW.defining_search_path, NEW.orchestration_mode)
    THEN
        NEW.contract_generation := OLD.contract_generation + 1;
    END IF;
    RETURN NEW;
END;
$fn$;

DROP TRIGGER IF EXISTS pgt_stream_tables_contract_generation ON pgtrickle.pgt_stream_tables;
CREATE TRIGGER pgt_stream_tables_contract_generation
BEFORE UPDATE OF pgt_relid, pgt_name, pgt_schema, defining_query, original_query, refresh_mode,
    requested_refresh_mode, functions_used, topk_limit, topk_order_by, topk_offset,
    diamond_consistency, diamond_schedule_policy, has_keyless_source, requested_cdc_mode,
    is_append_only, scc_id, st_partition_key, temporal_mode, storage_backend,
    row_identity_version, row_probe_version, defining_search_path, orchestration_mode
ON pgtrickle.pgt_stream_tables
FOR EACH ROW EXECUTE FUNCTION pgtrickle._standin_bump_contract_generation();

CREATE TABLE IF NOT EXISTS pgtrickle.pgt_dependencies (
    pgt_id                BIGINT NOT NULL REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    source_relid          OID NOT NULL,
    source_type           TEXT NOT NULL
                          CHECK (source_type IN ('TABLE', 'STREAM_TABLE', 'VIEW', 'MATVIEW', 'FOREIGN_TABLE')),
    columns_used          TEXT[],
    column_snapshot       JSONB,
    schema_fingerprint    TEXT,
    cdc_mode              TEXT NOT NULL DEFAULT 'TRIGGER'
                          CHECK (cdc_mode IN ('TRIGGER', 'TRANSITIONING', 'WAL')),
    slot_name             TEXT,
    decoder_confirmed_lsn PG_LSN,
    transition_started_at TIMESTAMPTZ,
    cutover_target        TEXT CHECK (cutover_target IN ('TRIGGER', 'WAL')),
    cutover_lsn           PG_LSN,
    source_stable_name    TEXT,
    source_placement      TEXT NOT NULL DEFAULT 'local',
    PRIMARY KEY (pgt_id, source_relid)
);

CREATE INDEX IF NOT EXISTS idx_deps_source ON pgtrickle.pgt_dependencies (source_relid);
CREATE INDEX IF NOT EXISTS idx_deps_pgt_id ON pgtrickle.pgt_dependencies (pgt_id);

-- A change of a stream table's sources is a change of its contract too.
CREATE OR REPLACE FUNCTION pgtrickle._standin_bump_dependency_contract_generation()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    UPDATE pgtrickle.pgt_stream_tables st
    SET contract_generation = st.contract_generation + 1
    WHERE st.pgt_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.pgt_id ELSE NEW.pgt_id END;
    RETURN NULL;
END;
$fn$;

DROP TRIGGER IF EXISTS pgt_dependencies_contract_generation ON pgtrickle.pgt_dependencies;
CREATE TRIGGER pgt_dependencies_contract_generation
AFTER INSERT OR UPDATE OR DELETE ON pgtrickle.pgt_dependencies
FOR EACH ROW EXECUTE FUNCTION pgtrickle._standin_bump_dependency_contract_generation();

CREATE TABLE IF NOT EXISTS pgtrickle.pgt_refresh_history (
    refresh_id            BIGSERIAL PRIMARY KEY,
    pgt_id                BIGINT NOT NULL
                          REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    data_timestamp        TIMESTAMPTZ NOT NULL,
    start_time            TIMESTAMPTZ NOT NULL,
    end_time              TIMESTAMPTZ,
    action                TEXT NOT NULL
                          CHECK (action IN ('NO_DATA', 'FULL', 'DIFFERENTIAL', 'REINITIALIZE', 'SKIP')),
    rows_inserted         BIGINT DEFAULT 0,
    rows_updated          BIGINT NOT NULL DEFAULT 0,
    rows_deleted          BIGINT DEFAULT 0,
    delta_row_count       BIGINT DEFAULT 0,
    merge_strategy_used   TEXT,
    was_full_fallback     BOOLEAN NOT NULL DEFAULT FALSE,
    refresh_reason        TEXT,
    refresh_reason_detail TEXT,
    error_message         TEXT,
    status                TEXT NOT NULL
                          CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'SKIPPED')),
    initiated_by          TEXT
                          CHECK (initiated_by IN ('SCHEDULER', 'MANUAL', 'INITIAL', 'SELF_MONITOR',
                                                  'SCHEDULER_FUSED', 'EXTERNAL_GRAPH')),
    freshness_deadline    TIMESTAMPTZ,
    tick_watermark_lsn    PG_LSN,
    fixpoint_iteration    INT,
    error_code            TEXT
                          CHECK (error_code IS NULL OR error_code IN
                                 ('LOCK_TIMEOUT', 'STATEMENT_TIMEOUT', 'DEADLOCK',
                                  'SERIALIZATION', 'OUT_OF_MEMORY', 'CANCELLED',
                                  'PERMANENT', 'UNKNOWN_RETRYABLE')),
    error_sqlstate        TEXT,
    retryable             BOOLEAN,
    duration_ms           DOUBLE PRECISION,
    source_commit_at      TIMESTAMPTZ,
    visibility_xid        XID,
    visible_at            TIMESTAMPTZ,
    commit_to_visible_ms  DOUBLE PRECISION,
    plan_identity         BIGINT
);

CREATE INDEX IF NOT EXISTS idx_hist_pgt_ts ON pgtrickle.pgt_refresh_history (pgt_id, data_timestamp);
CREATE INDEX IF NOT EXISTS idx_hist_pgt_start ON pgtrickle.pgt_refresh_history (pgt_id, start_time);

-- The freshness controller's per-table state (0.108.3 columns), read by freshness(). Rows
-- appear when an interval target_freshness is declared; the stand-in never samples.
CREATE TABLE IF NOT EXISTS pgtrickle.pgt_freshness_controller_state (
    pgt_id                      BIGINT PRIMARY KEY
                                REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    controller_version          SMALLINT NOT NULL DEFAULT 1,
    plan_identity               BIGINT,
    target_ms                   BIGINT NOT NULL CHECK (target_ms > 0),
    sample_count                INTEGER NOT NULL DEFAULT 0 CHECK (sample_count >= 0),
    last_settled_refresh_id     BIGINT,
    last_sample_ms              DOUBLE PRECISION,
    p50_freshness_ms            DOUBLE PRECISION,
    p95_freshness_ms            DOUBLE PRECISION,
    p99_freshness_ms            DOUBLE PRECISION,
    sla_status                  TEXT NOT NULL DEFAULT 'INSUFFICIENT_DATA'
                                CHECK (sla_status IN ('MEETING', 'AT_RISK', 'BREACHING', 'INFEASIBLE',
                                                      'INSUFFICIENT_DATA', 'EVIDENCE_UNAVAILABLE',
                                                      'NOT_APPLICABLE')),
    evidence_state              TEXT NOT NULL DEFAULT 'EXACT',
    breach_streak               SMALLINT NOT NULL DEFAULT 0 CHECK (breach_streak >= 0),
    recovery_streak             SMALLINT NOT NULL DEFAULT 0 CHECK (recovery_streak >= 0),
    breach_started_at           TIMESTAMPTZ,
    infeasibility_streak        SMALLINT NOT NULL DEFAULT 0 CHECK (infeasibility_streak >= 0),
    feasibility_recovery_streak SMALLINT NOT NULL DEFAULT 0 CHECK (feasibility_recovery_streak >= 0),
    infeasible_since            TIMESTAMPTZ,
    infeasibility_reason        TEXT,
    minimum_cost_ms             DOUBLE PRECISION,
    last_applied_interval_ms    BIGINT,
    last_applied_mode           TEXT,
    last_applied_batch_size     BIGINT,
    last_input_snapshot         JSONB
                                CHECK (last_input_snapshot IS NULL OR jsonb_typeof(last_input_snapshot) = 'object'),
    next_due_at                 TIMESTAMPTZ,
    last_decision_at            TIMESTAMPTZ,
    updated_at                  TIMESTAMPTZ NOT NULL DEFAULT now()
);
REVOKE ALL ON TABLE pgtrickle.pgt_freshness_controller_state FROM PUBLIC;

-- Per-table refresh counters (0.73+), kept up to date by every refresh; read by
-- pg_stat_pgtrickle.
CREATE TABLE IF NOT EXISTS pgtrickle.pgt_refresh_summary (
    pgt_id                     BIGINT PRIMARY KEY
                               REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    total_refreshes            BIGINT NOT NULL DEFAULT 0,
    successful_refreshes       BIGINT NOT NULL DEFAULT 0,
    failed_refreshes           BIGINT NOT NULL DEFAULT 0,
    total_rows_inserted        BIGINT NOT NULL DEFAULT 0,
    total_rows_updated         BIGINT NOT NULL DEFAULT 0,
    total_rows_deleted         BIGINT NOT NULL DEFAULT 0,
    total_duration_ms          BIGINT NOT NULL DEFAULT 0,
    last_refresh_action        TEXT,
    last_refresh_status        TEXT,
    last_refresh_at            TIMESTAMPTZ,
    stats_reset_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    total_full_refreshes       BIGINT NOT NULL DEFAULT 0,
    total_diff_refreshes       BIGINT NOT NULL DEFAULT 0,
    total_delta_rows_processed BIGINT NOT NULL DEFAULT 0,
    last_full_reason           TEXT,
    last_full_reason_detail    TEXT,
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Per-table cost model (0.78+), filled by the scheduler; always empty in the stand-in.
CREATE TABLE IF NOT EXISTS pgtrickle.pgt_cost_model_summary (
    pgt_id       BIGINT NOT NULL REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    avg_full_ms  DOUBLE PRECISION,
    avg_diff_ms  DOUBLE PRECISION,
    sample_count INTEGER NOT NULL DEFAULT 0,
    p95_ms       DOUBLE PRECISION,
    p99_ms       DOUBLE PRECISION,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pgt_cost_model_summary_pk PRIMARY KEY (pgt_id)
);

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
AS $fn$ SELECT '0.108.3'::text $fn$;

-- The release's bounded per-table statistics view (0.86+; SLA columns 0.90+), its exact SQL.
CREATE OR REPLACE VIEW pgtrickle.pg_stat_pgtrickle AS
SELECT
    st.pgt_id,
    st.pgt_schema AS schema_name,
    st.pgt_name AS table_name,
    COALESCE(s.total_refreshes, 0)::bigint AS total_refreshes,
    COALESCE(s.total_full_refreshes, 0)::bigint AS total_full_refreshes,
    COALESCE(s.total_diff_refreshes, 0)::bigint AS total_diff_refreshes,
    COALESCE(s.total_delta_rows_processed, 0)::bigint AS total_delta_rows_processed,
    CASE WHEN COALESCE(s.total_refreshes, 0) > 0
         THEN s.total_duration_ms::double precision / s.total_refreshes
    END AS avg_refresh_duration_ms,
    c.p95_ms AS p95_refresh_duration_ms,
    c.p99_ms AS p99_refresh_duration_ms,
    s.last_refresh_at,
    CASE WHEN COALESCE(s.last_refresh_at, st.created_at) IS NOT NULL
         THEN EXTRACT(EPOCH FROM (now() - COALESCE(s.last_refresh_at, st.created_at))) * 1000
    END AS current_lag_ms,
    COALESCE(st.requested_refresh_mode, st.refresh_mode) AS requested_refresh_mode,
    st.target_freshness_mode,
    st.freshness_deadline_ms AS target_freshness_ms,
    s.last_full_reason,
    s.last_full_reason_detail,
    st.last_error_message AS last_error,
    st.last_error_at,
    s.stats_reset_at,
    f.p95_freshness_ms,
    COALESCE(f.sla_status,
        CASE WHEN st.target_freshness_mode = 'INTERVAL'
             THEN 'INSUFFICIENT_DATA' ELSE 'NOT_APPLICABLE' END) AS sla_status
FROM pgtrickle.pgt_stream_tables st
LEFT JOIN pgtrickle.pgt_refresh_summary s ON s.pgt_id = st.pgt_id
LEFT JOIN pgtrickle.pgt_cost_model_summary c ON c.pgt_id = st.pgt_id
LEFT JOIN pgtrickle.pgt_freshness_controller_state f ON f.pgt_id = st.pgt_id;

-- Refreshes in progress (0.98+), its exact SQL; SELECT is granted to the three roles. The
-- stand-in's refreshes never leave a RUNNING history row, so it is empty.
CREATE OR REPLACE VIEW pgtrickle.pg_stat_progress_pgtrickle AS
SELECT
    h.refresh_id AS operation_id,
    st.pgt_schema,
    st.pgt_name,
    CASE
        WHEN h.initiated_by = 'INITIAL' THEN 'INITIAL_POPULATION'
        WHEN h.action = 'REINITIALIZE' THEN 'REPAIR'
        WHEN h.action = 'FULL' THEN 'FULL_REFRESH'
        ELSE 'DIFFERENTIAL_REFRESH'
    END AS phase,
    (COALESCE(h.rows_inserted, 0) + COALESCE(h.rows_updated, 0) +
     COALESCE(h.rows_deleted, 0))::bigint AS rows_processed,
    GREATEST(c.reltuples, 0)::bigint AS estimated_rows,
    EXTRACT(EPOCH FROM (clock_timestamp() - h.start_time))::double precision AS elapsed_seconds,
    h.start_time AS started_at,
    NULL::timestamptz AS last_progress_at,
    h.status
FROM pgtrickle.pgt_refresh_history h
JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = h.pgt_id
JOIN pg_catalog.pg_class c ON c.oid = st.pgt_relid
WHERE h.status = 'RUNNING';

CREATE OR REPLACE VIEW pgtrickle.stream_tables_info AS
SELECT st.*,
       now() - st.last_refresh_at AS staleness,
       CASE WHEN st.schedule IS NOT NULL
                 AND st.schedule !~ '[\s@]'
            THEN EXTRACT(EPOCH FROM (now() - st.last_refresh_at)) >
                 pgtrickle.parse_duration_seconds(st.schedule)
            ELSE NULL::boolean
       END AS stale,
       CASE WHEN st.topk_limit IS NOT NULL THEN TRUE ELSE FALSE END AS is_topk
FROM pgtrickle.pgt_stream_tables st;

-- Capture ownership (0.92+): one row naming the database and cluster that own change
-- capture, and whether capture is ACTIVE, QUIESCED (before an upgrade) or QUARANTINED
-- (after a restore or clone). Manual refresh refuses to run unless it is ACTIVE.
CREATE TABLE IF NOT EXISTS pgtrickle.pgt_capture_instance (
    singleton                   BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    instance_id                 TEXT NOT NULL,
    database_oid                OID NOT NULL,
    system_identifier           TEXT NOT NULL,
    state                       TEXT NOT NULL DEFAULT 'ACTIVE'
                                CHECK (state IN ('ACTIVE', 'QUIESCED', 'QUARANTINED')),
    observed_database_oid       OID,
    observed_system_identifier  TEXT,
    quarantine_reason           TEXT,
    initialized_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
REVOKE ALL ON TABLE pgtrickle.pgt_capture_instance FROM PUBLIC;

-- -------------------------------------------------------------------------------------
-- Caller capture and name parsing
-- -------------------------------------------------------------------------------------

-- The role pg_trickle's SECURITY DEFINER entry points treat as the caller:
-- GetOuterUserId(), i.e. the role of SET ROLE when one is active, else the session user.
-- (Inside a SECURITY DEFINER function current_user is the function's owner instead.)
CREATE OR REPLACE FUNCTION pgtrickle._standin_outer_role()
RETURNS oid
LANGUAGE sql STABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    SELECT r.oid FROM pg_catalog.pg_roles r
    WHERE r.rolname = CASE WHEN pg_catalog.current_setting('role') = 'none'
                           THEN pg_catalog.session_user()::text
                           ELSE pg_catalog.current_setting('role') END
$fn$;

-- 22023 with pg_trickle's "invalid argument: " prefix and hint.
CREATE OR REPLACE FUNCTION pgtrickle._standin_invalid(p_message text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
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
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = '0A000',
        MESSAGE = p_what || ' is not modelled by the pg_trickle stand-in',
        HINT = 'The stand-in implements only what the client library needs; use a real pg_trickle server for this.';
END;
$fn$;

-- One component of a qualified name (0.87.12+ TypedIdentifier::parse): trimmed; an unquoted
-- component is taken as is (no case folding) and must not contain a double quote; a quoted
-- one loses its quotes, "" becomes ", and nothing but blanks may follow the closing quote.
-- p_raw is the component as given; p_whole is the whole argument, quoted in messages.
CREATE OR REPLACE FUNCTION pgtrickle._standin_parse_component(p_raw text, p_whole text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_text  text := btrim(p_raw, E' \t\n\r\f\v');
    v_value text := '';
    v_index int := 2;
    v_char  text;
BEGIN
    IF v_text = '' THEN
        PERFORM pgtrickle._standin_invalid('identifier component must not be empty');
    END IF;
    IF left(v_text, 1) <> '"' THEN
        IF strpos(v_text, '"') > 0 THEN
            PERFORM pgtrickle._standin_invalid(format('invalid quoted identifier component: %s', p_raw));
        END IF;
        RETURN v_text;
    END IF;
    WHILE v_index <= length(v_text) LOOP
        v_char := substr(v_text, v_index, 1);
        IF v_char = '"' THEN
            IF substr(v_text, v_index + 1, 1) = '"' THEN
                v_value := v_value || '"';
                v_index := v_index + 2;
                CONTINUE;
            END IF;
            IF btrim(substr(v_text, v_index + 1), E' \t\n\r\f\v') <> '' THEN
                PERFORM pgtrickle._standin_invalid(format(
                    'invalid trailing text after quoted identifier component: %s', p_raw));
            END IF;
            IF v_value = '' THEN
                PERFORM pgtrickle._standin_invalid('identifier component must not be empty');
            END IF;
            RETURN v_value;
        END IF;
        v_value := v_value || v_char;
        v_index := v_index + 1;
    END LOOP;
    PERFORM pgtrickle._standin_invalid(format('unterminated quoted identifier component: %s', p_raw));
    RETURN NULL;
END;
$fn$;

-- Splits a name argument at its one top-level dot (outside double quotes) and parses both
-- parts (0.87.12+ QualifiedIdentifier). has_schema is false for an unqualified name, whose
-- schema_name is then NULL: each caller picks its own default, as the release does.
CREATE OR REPLACE FUNCTION pgtrickle._standin_parse_name(
    p_name text, OUT has_schema boolean, OUT schema_name text, OUT table_name text)
LANGUAGE plpgsql IMMUTABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_text      text := btrim(p_name, E' \t\n\r\f\v');
    v_index     int := 1;
    v_quoted    boolean := false;
    v_separator int;
    v_char      text;
BEGIN
    IF v_text = '' THEN
        PERFORM pgtrickle._standin_invalid('qualified identifier must not be empty');
    END IF;
    WHILE v_index <= length(v_text) LOOP
        v_char := substr(v_text, v_index, 1);
        IF v_char = '"' THEN
            IF v_quoted AND substr(v_text, v_index + 1, 1) = '"' THEN
                v_index := v_index + 2;
                CONTINUE;
            END IF;
            v_quoted := NOT v_quoted;
        ELSIF v_char = '.' AND NOT v_quoted THEN
            IF v_separator IS NOT NULL THEN
                PERFORM pgtrickle._standin_invalid(format(
                    'qualified identifier must contain at most one top-level dot: %s', p_name));
            END IF;
            v_separator := v_index;
        END IF;
        v_index := v_index + 1;
    END LOOP;
    IF v_quoted THEN
        PERFORM pgtrickle._standin_invalid(format('unterminated quoted identifier: %s', p_name));
    END IF;
    has_schema := v_separator IS NOT NULL;
    IF has_schema THEN
        schema_name := pgtrickle._standin_parse_component(left(v_text, v_separator - 1), p_name);
        table_name := pgtrickle._standin_parse_component(substr(v_text, v_separator + 1), p_name);
    ELSE
        table_name := pgtrickle._standin_parse_component(v_text, p_name);
    END IF;
END;
$fn$;

-- The release's parse_qualified_name: an unqualified name means schema public.
CREATE OR REPLACE FUNCTION pgtrickle._standin_parse_name_public(
    p_name text, OUT schema_name text, OUT table_name text)
LANGUAGE sql IMMUTABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    SELECT coalesce(n.schema_name, 'public'), n.table_name
    FROM pgtrickle._standin_parse_name(p_name) n
$fn$;

-- The release's resolve_qualified_name_as_caller: an unqualified name is resolved with
-- current_schema() under the caller's exact search_path.
CREATE OR REPLACE FUNCTION pgtrickle._standin_resolve_name(
    p_name text, p_caller_path text, OUT schema_name text, OUT table_name text)
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_parsed record;
BEGIN
    SELECT * INTO v_parsed FROM pgtrickle._standin_parse_name(p_name);
    table_name := v_parsed.table_name;
    IF v_parsed.has_schema THEN
        schema_name := v_parsed.schema_name;
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', p_caller_path, true);
    schema_name := pg_catalog.current_schema();
    PERFORM pg_catalog.set_config('search_path', 'pgtrickle, pg_catalog, pg_temp', true);
    IF schema_name IS NULL THEN
        PERFORM pgtrickle._standin_invalid('no schema in the caller''s search_path is usable as a '
            'default; qualify the name explicitly (schema.table)');
    END IF;
END;
$fn$;

-- The caller's search_path with a bare $user expanded to the caller's name, as stored in
-- defining_search_path.
CREATE OR REPLACE FUNCTION pgtrickle._standin_expand_path(p_path text, p_caller oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    SELECT regexp_replace(p_path, '"?\$user"?', quote_ident(p_caller::regrole::text), 'g')
$fn$;

-- The catalog row of schema.name, or 42P01 with pg_trickle's message and hint.
CREATE OR REPLACE FUNCTION pgtrickle._standin_lookup(p_schema text, p_table text)
RETURNS pgtrickle.pgt_stream_tables
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_row pgtrickle.pgt_stream_tables;
BEGIN
    SELECT * INTO v_row FROM pgtrickle.pgt_stream_tables st
    WHERE st.pgt_schema = p_schema AND st.pgt_name = p_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = '42P01',
            MESSAGE = format('stream table not found: %s.%s', p_schema, p_table),
            HINT = 'Use pgtrickle.pgt_status() to list existing stream tables. '
                || 'Ensure the name is schema-qualified (e.g., ''public.my_table'').';
    END IF;
    RETURN v_row;
END;
$fn$;

-- Owner-lifecycle resolution (resolve_owned_stream_table): the name under the caller's path,
-- the catalog row, then ownership of the storage table by the captured outer caller
-- (pg_has_role(caller, relowner, 'USAGE') or a superuser caller), else 42501.
CREATE OR REPLACE FUNCTION pgtrickle._standin_resolve_owned(p_name text, p_caller_path text)
RETURNS pgtrickle.pgt_stream_tables
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_name record;
    v_st   pgtrickle.pgt_stream_tables;
BEGIN
    SELECT * INTO v_name FROM pgtrickle._standin_resolve_name(p_name, p_caller_path);
    v_st := pgtrickle._standin_lookup(v_name.schema_name, v_name.table_name);
    PERFORM pgtrickle._standin_check_owner(v_st);
    RETURN v_st;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_check_owner(p_st pgtrickle.pgt_stream_tables)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_caller oid := pgtrickle._standin_outer_role();
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_class c
        WHERE c.oid = p_st.pgt_relid
          AND (pg_catalog.pg_has_role(v_caller, c.relowner, 'USAGE')
               OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.oid = v_caller AND r.rolsuper)))
    THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('permission denied: must be owner of stream table %s.%s',
                             p_st.pgt_schema, p_st.pgt_name),
            HINT = 'Only the owner of the stream table''s storage table (or a superuser) '
                || 'can drop or alter the stream table.';
    END IF;
END;
$fn$;

-- The capture gate (the release's ensure_capture_instance): creates the ownership row on
-- first use; a row of another database or cluster, or one already QUARANTINED, means
-- QUARANTINED; else the row's state.
CREATE OR REPLACE FUNCTION pgtrickle._standin_capture_gate()
RETURNS text
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_database oid := (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database());
    v_system   text := (SELECT c.system_identifier::text FROM pg_catalog.pg_control_system() c);
    v_row      pgtrickle.pgt_capture_instance;
BEGIN
    SELECT * INTO v_row FROM pgtrickle.pgt_capture_instance WHERE singleton;
    IF NOT FOUND THEN
        INSERT INTO pgtrickle.pgt_capture_instance (singleton, instance_id, database_oid, system_identifier, state)
        VALUES (true, gen_random_uuid()::text, v_database, v_system, 'ACTIVE');
        RETURN 'ACTIVE';
    END IF;
    IF v_row.database_oid <> v_database OR v_row.system_identifier <> v_system
       OR v_row.state = 'QUARANTINED' THEN
        IF v_row.state <> 'QUARANTINED' THEN
            UPDATE pgtrickle.pgt_capture_instance SET
                state = 'QUARANTINED',
                observed_database_oid = v_database,
                observed_system_identifier = v_system,
                quarantine_reason = 'database identity changed',
                last_seen_at = now()
            WHERE singleton;
        END IF;
        RETURN 'QUARANTINED';
    END IF;
    IF v_row.state = 'ACTIVE' THEN
        UPDATE pgtrickle.pgt_capture_instance SET last_seen_at = now() WHERE singleton;
    END IF;
    RETURN v_row.state;
END;
$fn$;

-- The release's assert_capture_ready: 22023 unless capture is ACTIVE.
CREATE OR REPLACE FUNCTION pgtrickle._standin_assert_capture_ready()
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    CASE pgtrickle._standin_capture_gate()
    WHEN 'QUIESCED' THEN
        PERFORM pgtrickle._standin_invalid(
            'pg_trickle capture is quiesced; run pgtrickle.resume_all() after the upgrade');
    WHEN 'QUARANTINED' THEN
        PERFORM pgtrickle._standin_invalid(
            'pg_trickle capture is quarantined because database identity changed; '
            'run pgtrickle.recover_capture_instance() and then repair affected stream tables');
    ELSE
        NULL;
    END CASE;
END;
$fn$;

-- -------------------------------------------------------------------------------------
-- Options
-- -------------------------------------------------------------------------------------

-- AUTO and INCREMENTAL resolve to DIFFERENTIAL for refresh_mode; the requested mode (kept in
-- requested_refresh_mode) is the upper-cased input with INCREMENTAL as DIFFERENTIAL.
CREATE OR REPLACE FUNCTION pgtrickle._standin_requested_mode(p_mode text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_mode text := upper(btrim(p_mode));
BEGIN
    IF v_mode = 'INCREMENTAL' THEN
        RETURN 'DIFFERENTIAL';
    ELSIF v_mode IN ('AUTO', 'DIFFERENTIAL', 'FULL', 'IMMEDIATE') THEN
        RETURN v_mode;
    END IF;
    PERFORM pgtrickle._standin_invalid(format(
        'unknown refresh mode: %s. Must be ''AUTO'', ''FULL'', ''DIFFERENTIAL'', or ''IMMEDIATE''', p_mode));
    RETURN NULL;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_resolve_mode(p_mode text)
RETURNS text
LANGUAGE sql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    SELECT CASE pgtrickle._standin_requested_mode(p_mode) WHEN 'AUTO' THEN 'DIFFERENTIAL'
                ELSE pgtrickle._standin_requested_mode(p_mode) END
$fn$;

-- target_freshness (the release's parse_target_freshness): NULL = not given; '' = clear;
-- 'manual'; 'on_commit' or 'on commit'; else a positive interval without months, in ms.
CREATE OR REPLACE FUNCTION pgtrickle._standin_target_freshness(
    p_value text, OUT mode text, OUT milliseconds bigint)
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_raw      text := btrim(p_value);
    v_interval interval;
    v_ms       numeric;
BEGIN
    IF p_value IS NULL THEN
        RETURN;
    END IF;
    IF v_raw = '' THEN
        mode := 'CLEAR';
        RETURN;
    END IF;
    IF lower(v_raw) = 'manual' THEN
        mode := 'MANUAL';
        RETURN;
    END IF;
    IF lower(v_raw) IN ('on_commit', 'on commit') THEN
        mode := 'ON_COMMIT';
        RETURN;
    END IF;
    v_interval := v_raw::interval;
    IF extract(year FROM v_interval) * 12 + extract(month FROM v_interval) <> 0 THEN
        PERFORM pgtrickle._standin_invalid(
            'target_freshness cannot contain calendar months; use days or smaller units');
    END IF;
    v_ms := extract(epoch FROM v_interval) * 1000;
    IF v_ms <= 0 THEN
        PERFORM pgtrickle._standin_invalid('target_freshness must be a positive finite interval');
    END IF;
    v_ms := round(v_ms);
    IF v_ms <= 0 THEN
        PERFORM pgtrickle._standin_invalid('target_freshness must be at least one millisecond');
    END IF;
    mode := 'INTERVAL';
    milliseconds := v_ms;
END;
$fn$;

-- Stores a parsed target_freshness (the release's apply_target_freshness): ON_COMMIT clears
-- the schedule, MANUAL sets it to 'manual', clearing an INTERVAL target leaves its interval
-- as the schedule; an INTERVAL target needs track_commit_timestamp and exact provenance.
CREATE OR REPLACE FUNCTION pgtrickle._standin_apply_target_freshness(
    p_pgt_id bigint, p_mode text, p_milliseconds bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_unsupported text;
BEGIN
    IF p_mode = 'INTERVAL' THEN
        IF coalesce(current_setting('track_commit_timestamp', true), 'off') <> 'on' THEN
            RAISE EXCEPTION USING
                ERRCODE = 'XX000',
                MESSAGE = 'freshness evidence unavailable: track_commit_timestamp must be on '
                    || '(HINT: enable it and restart PostgreSQL before declaring an interval target)';
        END IF;
        SELECT min(d.source_type) INTO v_unsupported FROM pgtrickle.pgt_dependencies d
        WHERE d.pgt_id = p_pgt_id AND d.source_type NOT IN ('TABLE', 'STREAM_TABLE');
        IF v_unsupported IS NOT NULL THEN
            RAISE EXCEPTION USING
                ERRCODE = 'XX000',
                MESSAGE = format('freshness evidence unavailable: source type %s has no exact commit provenance',
                                 v_unsupported);
        END IF;
    END IF;
    UPDATE pgtrickle.pgt_stream_tables st SET
        target_freshness_mode = CASE WHEN p_mode = 'CLEAR' THEN NULL ELSE p_mode END,
        freshness_deadline_ms = p_milliseconds,
        schedule = CASE
            WHEN p_mode = 'ON_COMMIT' THEN NULL
            WHEN p_mode = 'MANUAL' THEN 'manual'
            WHEN p_mode = 'CLEAR' AND st.target_freshness_mode = 'INTERVAL'
                THEN st.freshness_deadline_ms::text || ' milliseconds'
            ELSE st.schedule END,
        updated_at = now()
    WHERE st.pgt_id = p_pgt_id;
    IF p_mode = 'INTERVAL' THEN
        INSERT INTO pgtrickle.pgt_freshness_controller_state AS f (
            pgt_id, controller_version, plan_identity, target_ms, sla_status, evidence_state,
            next_due_at, last_decision_at)
        SELECT st.pgt_id, 1, st.defining_query_hash, p_milliseconds, 'INSUFFICIENT_DATA', 'EXACT',
               clock_timestamp() + p_milliseconds * interval '1 millisecond', clock_timestamp()
        FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_id = p_pgt_id
        ON CONFLICT (pgt_id) DO UPDATE SET
            plan_identity = EXCLUDED.plan_identity,
            target_ms = EXCLUDED.target_ms,
            sla_status = EXCLUDED.sla_status,
            evidence_state = EXCLUDED.evidence_state,
            next_due_at = EXCLUDED.next_due_at,
            breach_streak = 0,
            recovery_streak = 0,
            breach_started_at = NULL,
            infeasibility_streak = 0,
            feasibility_recovery_streak = 0,
            infeasible_since = NULL,
            infeasibility_reason = NULL,
            updated_at = now();
    ELSE
        DELETE FROM pgtrickle.pgt_freshness_controller_state f WHERE f.pgt_id = p_pgt_id;
    END IF;
END;
$fn$;

-- orchestration_mode: MANAGED or EXTERNAL, case-insensitive.
CREATE OR REPLACE FUNCTION pgtrickle._standin_orchestration_mode(p_mode text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_mode text := upper(btrim(p_mode));
BEGIN
    IF v_mode IN ('MANAGED', 'EXTERNAL') THEN
        RETURN v_mode;
    END IF;
    PERFORM pgtrickle._standin_integration_error('PGT_EXT_ORCHESTRATION_MODE', format(
        'invalid orchestration_mode ''%s''; expected MANAGED or EXTERNAL', v_mode));
    RETURN NULL;
END;
$fn$;

-- The release's IntegrationError { code, detail } (0.93+). Its SQLSTATE and text are not in
-- the sources the stand-in was built from: raise_error_with_context has no arm for it, so it
-- takes the pgrx::error! fallback (XX000); the message is "<code>: <detail>" (see header).
CREATE OR REPLACE FUNCTION pgtrickle._standin_integration_error(p_code text, p_detail text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = 'XX000',
        MESSAGE = p_code || ': ' || p_detail;
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

-- The raw text of field p_name of the node p_node in a pg_node_tree text, e.g. the
-- targetList of '{QUERY ... :targetList ({TARGETENTRY ...}) :override 0 ...}'. Nested nodes,
-- lists and backslash escapes are skipped; NULL when the node has no such field.
CREATE OR REPLACE FUNCTION pgtrickle._standin_tree_field(p_node text, p_name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_chars   text[] := regexp_split_to_array(p_node, '');
    v_token   text[] := regexp_split_to_array(':' || p_name || ' ', '');
    v_length  int := cardinality(v_chars);
    v_depth   int := 0;
    v_escaped boolean := false;
    v_start   int;
    v_index   int := 1;
    v_char    text;
BEGIN
    WHILE v_index <= v_length LOOP
        v_char := v_chars[v_index];
        IF v_escaped THEN
            v_escaped := false;
        ELSIF v_char = E'\\' THEN
            v_escaped := true;
        ELSIF v_char IN ('{', '(') THEN
            v_depth := v_depth + 1;
        ELSIF v_char IN ('}', ')') THEN
            v_depth := v_depth - 1;
            IF v_depth = 0 AND v_start IS NOT NULL THEN
                RETURN btrim(array_to_string(v_chars[v_start:v_index - 1], ''));
            END IF;
        ELSIF v_char = ':' AND v_depth = 1 THEN
            IF v_start IS NOT NULL THEN
                RETURN btrim(array_to_string(v_chars[v_start:v_index - 1], ''));
            END IF;
            IF v_chars[v_index:v_index + cardinality(v_token) - 1] = v_token THEN
                v_start := v_index + cardinality(v_token);
                v_index := v_start;
                CONTINUE;
            END IF;
        END IF;
        v_index := v_index + 1;
    END LOOP;
    RETURN NULL;
END;
$fn$;

-- The items of a list in a pg_node_tree text: '({A ...} {B ...})' -> {'{A ...}', '{B ...}'}.
CREATE OR REPLACE FUNCTION pgtrickle._standin_tree_items(p_list text)
RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_chars   text[] := regexp_split_to_array(p_list, '');
    v_items   text[] := ARRAY[]::text[];
    v_depth   int := 0;
    v_escaped boolean := false;
    v_start   int;
    v_char    text;
BEGIN
    FOR v_index IN 1 .. cardinality(v_chars) LOOP
        v_char := v_chars[v_index];
        IF v_escaped THEN
            v_escaped := false;
        ELSIF v_char = E'\\' THEN
            v_escaped := true;
        ELSIF v_char IN ('{', '(') THEN
            v_depth := v_depth + 1;
            IF v_depth = 2 AND v_char = '{' THEN
                v_start := v_index;
            END IF;
        ELSIF v_char IN ('}', ')') THEN
            IF v_depth = 2 AND v_char = '}' AND v_start IS NOT NULL THEN
                v_items := v_items || array_to_string(v_chars[v_start:v_index], '');
                v_start := NULL;
            END IF;
            v_depth := v_depth - 1;
        END IF;
    END LOOP;
    RETURN v_items;
END;
$fn$;

-- The output columns that identify a row of the defining query, as the release's row
-- identity does: the GROUP BY columns of a grouped query (when all of them are output
-- columns), none for an aggregate without GROUP BY (one row), the primary key of the one
-- table a plain scan reads (when every key column is output as is), and NULL, i.e. the whole
-- row, for anything else (DISTINCT, joins, grouping sets and set operations included).
CREATE OR REPLACE FUNCTION pgtrickle._standin_key_columns(p_tree text, p_column_names text[])
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_query  text := (pgtrickle._standin_tree_items(p_tree))[1];
    v_groups text := pgtrickle._standin_tree_field(v_query, 'groupClause');
    v_rtable text[];
    v_refs   int[];
    v_keys   int[] := ARRAY[]::int[];
    v_vars   int[] := ARRAY[]::int[];
    v_resnos int[] := ARRAY[]::int[];
    v_pkey   int[];
    v_names  text[] := ARRAY[]::text[];
    v_attnum int;
    v_entry  text;
    v_expr   text;
BEGIN
    IF pgtrickle._standin_tree_field(v_query, 'setOperations') IS DISTINCT FROM '<>'
       OR pgtrickle._standin_tree_field(v_query, 'groupingSets') IS DISTINCT FROM '<>' THEN
        RETURN NULL;
    END IF;
    IF v_groups IS NOT NULL AND v_groups <> '<>' THEN
        SELECT array_agg(m[1]::int) INTO v_refs
        FROM regexp_matches(v_groups, ':tleSortGroupRef (\d+)', 'g') m;
        FOREACH v_entry IN ARRAY pgtrickle._standin_tree_items(pgtrickle._standin_tree_field(v_query, 'targetList')) LOOP
            IF pgtrickle._standin_tree_field(v_entry, 'resjunk') = 'false'
               AND pgtrickle._standin_tree_field(v_entry, 'ressortgroupref')::int = ANY (v_refs) THEN
                v_keys := v_keys || pgtrickle._standin_tree_field(v_entry, 'resno')::int;
            END IF;
        END LOOP;
        IF cardinality(v_keys) < (SELECT count(DISTINCT r) FROM unnest(v_refs) r) THEN
            RETURN NULL;
        END IF;
        RETURN ARRAY(SELECT p_column_names[k] FROM unnest(v_keys) k ORDER BY k);
    END IF;
    IF pgtrickle._standin_tree_field(v_query, 'hasAggs') = 'true' THEN
        RETURN ARRAY[]::text[];
    END IF;
    IF pgtrickle._standin_tree_field(v_query, 'distinctClause') IS DISTINCT FROM '<>'
       OR pgtrickle._standin_tree_field(v_query, 'hasTargetSRFs') IS DISTINCT FROM 'false' THEN
        RETURN NULL;
    END IF;
    v_rtable := pgtrickle._standin_tree_items(pgtrickle._standin_tree_field(v_query, 'rtable'));
    IF cardinality(v_rtable) <> 1
       OR pgtrickle._standin_tree_field(v_rtable[1], 'rtekind') IS DISTINCT FROM '0'
       OR pgtrickle._standin_tree_field(v_rtable[1], 'relkind') NOT IN ('r', 'p') THEN
        RETURN NULL;
    END IF;
    SELECT i.indkey::int2[]::int[] INTO v_pkey FROM pg_catalog.pg_index i
    WHERE i.indrelid = pgtrickle._standin_tree_field(v_rtable[1], 'relid')::oid AND i.indisprimary;
    IF v_pkey IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH v_entry IN ARRAY pgtrickle._standin_tree_items(pgtrickle._standin_tree_field(v_query, 'targetList')) LOOP
        v_expr := pgtrickle._standin_tree_field(v_entry, 'expr');
        IF pgtrickle._standin_tree_field(v_entry, 'resjunk') = 'false' AND left(v_expr, 4) = '{VAR'
           AND pgtrickle._standin_tree_field(v_expr, 'varno') = '1'
           AND pgtrickle._standin_tree_field(v_expr, 'varlevelsup') = '0' THEN
            v_vars := v_vars || pgtrickle._standin_tree_field(v_expr, 'varattno')::int;
            v_resnos := v_resnos || pgtrickle._standin_tree_field(v_entry, 'resno')::int;
        END IF;
    END LOOP;
    FOREACH v_attnum IN ARRAY v_pkey LOOP
        IF NOT v_attnum = ANY (v_vars) THEN
            RETURN NULL;
        END IF;
        v_names := v_names || p_column_names[v_resnos[array_position(v_vars, v_attnum)]];
    END LOOP;
    RETURN v_names;
END;
$fn$;

-- Analyses a defining query through a temporary view: output columns and their types (typmod
-- dropped; __pgt_* columns of stream-table sources read with SELECT * are left out), whether pg_trickle would add __pgt_count (top-level GROUP BY, grouping sets,
-- DISTINCT, aggregates, or a deduplicating UNION/INTERSECT/EXCEPT), the source relations
-- (views expanded to what they read), and the deparsed, fully qualified query text.
CREATE OR REPLACE FUNCTION pgtrickle._standin_analyze(
    p_query text,
    OUT column_names text[], OUT column_types text[], OUT needs_count boolean,
    OUT source_relids oid[], OUT source_kinds text[], OUT defining_query text,
    OUT key_columns text[])
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_view  text := '__pgt_standin_' || replace(gen_random_uuid()::text, '-', '');
    v_oid   oid;
    v_tree  text;
    v_top   text;
    v_all   text[];
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
    SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO v_all
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = v_oid AND a.attnum > 0 AND NOT a.attisdropped;
    key_columns := pgtrickle._standin_key_columns(v_tree, v_all);
    IF EXISTS (SELECT 1 FROM unnest(key_columns) k WHERE left(k, 6) = '__pgt_') THEN
        key_columns := NULL;
    END IF;
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

-- Which output columns identify a row of each stream table (stand-in bookkeeping, see
-- _standin_key_columns): NULL means the whole row.
CREATE TABLE IF NOT EXISTS pgtrickle._standin_row_identity (
    pgt_id      BIGINT PRIMARY KEY REFERENCES pgtrickle.pgt_stream_tables (pgt_id) ON DELETE CASCADE,
    key_columns TEXT[]
);

CREATE OR REPLACE FUNCTION pgtrickle._standin_set_row_identity(p_pgt_id bigint, p_key_columns text[])
RETURNS void
LANGUAGE sql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    INSERT INTO pgtrickle._standin_row_identity AS r (pgt_id, key_columns)
    VALUES (p_pgt_id, p_key_columns)
    ON CONFLICT (pgt_id) DO UPDATE SET key_columns = EXCLUDED.key_columns
$fn$;

-- SELECT list producing (__pgt_new_id, user columns in storage order[, __pgt_count]) from
-- the defining query aliased q. The row id is the sha256 digest of the row's key columns
-- (the GROUP BY columns; none for an aggregate without GROUP BY), or, for other queries, of
-- the whole row plus its occurrence number among identical rows: equal contents give equal
-- ids, duplicates stay unique.
CREATE OR REPLACE FUNCTION pgtrickle._standin_select_list(p_relid oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
    SELECT coalesce(
               (SELECT 'pg_catalog.sha256(pg_catalog.record_send(ROW('
                    || coalesce((SELECT string_agg('q.' || quote_ident(k), ', ' ORDER BY o)
                                 FROM unnest(r.key_columns) WITH ORDINALITY u(k, o)), '')
                    || '))) AS __pgt_new_id'
                FROM pgtrickle._standin_row_identity r
                JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = r.pgt_id
                WHERE st.pgt_relid = p_relid AND r.key_columns IS NOT NULL),
               'pg_catalog.sha256(pg_catalog.record_send(q) OPERATOR(pg_catalog.||) pg_catalog.int8send('
               || '(pg_catalog.row_number() OVER (PARTITION BY pg_catalog.record_send(q)))::pg_catalog.int8))'
               || ' AS __pgt_new_id')
        || coalesce((SELECT string_agg(', q.' || c, '' ORDER BY o)
                     FROM unnest(pgtrickle._standin_user_columns(p_relid)) WITH ORDINALITY u(c, o)), '')
        || CASE WHEN pgtrickle._standin_has_count(p_relid) THEN ', 1::pg_catalog.int8 AS __pgt_count' ELSE '' END
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


-- Creates the storage table (owned by p_owner), its unique row-id index and the DML/TRUNCATE
-- guards.
CREATE OR REPLACE FUNCTION pgtrickle._standin_create_storage(
    p_schema text, p_table text, p_names text[], p_types text[], p_count boolean,
    p_fillfactor int, p_owner oid)
RETURNS oid
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_qualified text := format('%I.%I', p_schema, p_table);
    v_guard     text := format('%I.%I', p_schema,
                               '_pgt_guard_' || lower(replace(p_table, '"', '')));
    v_columns   text;
BEGIN
    SELECT string_agg(format(', %I %s', n, t), '' ORDER BY o) INTO v_columns
    FROM unnest(p_names, p_types) WITH ORDINALITY u(n, t, o);
    EXECUTE format('CREATE TABLE %s (__pgt_row_id BYTEA NOT NULL%s%s)%s', v_qualified,
                   coalesce(v_columns, ''),
                   CASE WHEN p_count THEN ', __pgt_count BIGINT NOT NULL DEFAULT 0' ELSE '' END,
                   CASE WHEN p_fillfactor IS NOT NULL
                        THEN format(' WITH (fillfactor = %s)', p_fillfactor) ELSE '' END);
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
    EXECUTE format('ALTER TABLE %s OWNER TO %I', v_qualified, p_owner::regrole::text);
    RETURN v_qualified::regclass::oid;
END;
$fn$;

-- Recomputes a stream table with TRUNCATE + INSERT, updates the catalog and writes a history
-- row. data_timestamp moves only when the contents changed (or on the first populate);
-- last_refresh_at always. The caller must already have set pg_trickle.internal_refresh.
CREATE OR REPLACE FUNCTION pgtrickle._standin_recompute(
    p_pgt_id bigint, p_initiated_by text,
    OUT action text, OUT rows_inserted bigint, OUT rows_deleted bigint, OUT rows_updated bigint,
    OUT changed boolean)
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st      pgtrickle.pgt_stream_tables;
    v_table   text;
    v_started timestamptz := clock_timestamp();
    v_old     bytea[];
    v_old_rows bytea[];
    v_new     bytea[];
    v_new_rows bytea[];
BEGIN
    SELECT * INTO STRICT v_st FROM pgtrickle.pgt_stream_tables WHERE pgt_id = p_pgt_id;
    v_table := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    action := CASE WHEN v_st.refresh_mode = 'DIFFERENTIAL' AND v_st.is_populated
                        AND NOT v_st.needs_reinit
                   THEN 'DIFFERENTIAL' ELSE 'FULL' END;

    -- Row ids and whole-row digests before and after: an id that appears is an insert, one
    -- that disappears a delete, one whose row changed an update.
    EXECUTE format('SELECT coalesce(array_agg(t.__pgt_row_id ORDER BY t.__pgt_row_id), ''{}''), '
                   'coalesce(array_agg(pg_catalog.sha256(pg_catalog.record_send(t)) ORDER BY t.__pgt_row_id), ''{}'') '
                   'FROM %s t', v_table)
    INTO v_old, v_old_rows;
    EXECUTE format('TRUNCATE %s', v_table);
    EXECUTE format('WITH i AS (INSERT INTO %s AS t (%s) SELECT %s FROM (%s) AS q RETURNING t.*) '
                   'SELECT coalesce(array_agg(i.__pgt_row_id ORDER BY i.__pgt_row_id), ''{}''), '
                   'coalesce(array_agg(pg_catalog.sha256(pg_catalog.record_send(i)) ORDER BY i.__pgt_row_id), ''{}'') '
                   'FROM i',
                   v_table, pgtrickle._standin_insert_columns(v_st.pgt_relid),
                   pgtrickle._standin_select_list(v_st.pgt_relid), v_st.defining_query)
    INTO v_new, v_new_rows;

    SELECT count(*) INTO rows_inserted
    FROM (SELECT unnest(v_new) EXCEPT ALL SELECT unnest(v_old)) x;
    SELECT count(*) INTO rows_deleted
    FROM (SELECT unnest(v_old) EXCEPT ALL SELECT unnest(v_new)) x;
    SELECT count(*) INTO rows_updated
    FROM unnest(v_old, v_old_rows) o(id, digest)
    JOIN unnest(v_new, v_new_rows) n(id, digest) ON n.id = o.id
    WHERE n.digest <> o.digest;
    changed := rows_inserted + rows_deleted + rows_updated > 0;

    UPDATE pgtrickle.pgt_stream_tables SET
        status = 'ACTIVE',
        is_populated = true,
        needs_reinit = false,
        consecutive_errors = 0,
        last_error_message = NULL,
        last_error_at = NULL,
        last_error_code = NULL,
        last_error_retryable = NULL,
        last_refresh_at = now(),
        data_timestamp = CASE WHEN changed OR NOT v_st.is_populated OR v_st.data_timestamp IS NULL
                              THEN now() ELSE data_timestamp END,
        last_full_ms = extract(epoch FROM clock_timestamp() - v_started) * 1000,
        updated_at = now()
    WHERE pgt_id = p_pgt_id;

    INSERT INTO pgtrickle.pgt_refresh_history (
        pgt_id, data_timestamp, start_time, end_time, action, rows_inserted, rows_updated,
        rows_deleted, delta_row_count, status, initiated_by, duration_ms)
    VALUES (p_pgt_id, now(), v_started, clock_timestamp(), action, rows_inserted, rows_updated, rows_deleted,
            rows_inserted + rows_deleted + rows_updated, 'COMPLETED', p_initiated_by,
            extract(epoch FROM clock_timestamp() - v_started) * 1000);

    INSERT INTO pgtrickle.pgt_refresh_summary AS r (
        pgt_id, total_refreshes, successful_refreshes, total_rows_inserted, total_rows_updated,
        total_rows_deleted, total_duration_ms, last_refresh_action, last_refresh_status,
        last_refresh_at, total_full_refreshes, total_diff_refreshes, total_delta_rows_processed)
    VALUES (p_pgt_id, 1, 1, rows_inserted, rows_updated, rows_deleted,
            round(extract(epoch FROM clock_timestamp() - v_started) * 1000)::bigint, action,
            'COMPLETED', now(), CASE WHEN action = 'FULL' THEN 1 ELSE 0 END,
            CASE WHEN action = 'DIFFERENTIAL' THEN 1 ELSE 0 END,
            rows_inserted + rows_deleted + rows_updated)
    ON CONFLICT (pgt_id) DO UPDATE SET
        total_refreshes = r.total_refreshes + 1,
        successful_refreshes = r.successful_refreshes + 1,
        total_rows_inserted = r.total_rows_inserted + EXCLUDED.total_rows_inserted,
        total_rows_updated = r.total_rows_updated + EXCLUDED.total_rows_updated,
        total_rows_deleted = r.total_rows_deleted + EXCLUDED.total_rows_deleted,
        total_duration_ms = r.total_duration_ms + EXCLUDED.total_duration_ms,
        last_refresh_action = EXCLUDED.last_refresh_action,
        last_refresh_status = EXCLUDED.last_refresh_status,
        last_refresh_at = EXCLUDED.last_refresh_at,
        total_full_refreshes = r.total_full_refreshes + EXCLUDED.total_full_refreshes,
        total_diff_refreshes = r.total_diff_refreshes + EXCLUDED.total_diff_refreshes,
        total_delta_rows_processed = r.total_delta_rows_processed + EXCLUDED.total_delta_rows_processed,
        updated_at = now();
END;
$fn$;

-- Full recompute with the DML guard bypassed only for its duration (create, alter, resume).
CREATE OR REPLACE FUNCTION pgtrickle._standin_recompute_guarded(p_pgt_id bigint, p_initiated_by text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
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
-- transaction. While the stream table is ACTIVE (or INITIALIZING) it applies the difference
-- between the stored and the recomputed contents (one MERGE that inserts, updates and
-- deletes by row id, so other sessions keep reading the committed contents) and, when
-- something changed, sets
-- data_timestamp = last_refresh_at = now(). While it is SUSPENDED or ERROR it applies nothing
-- and marks the table needs_reinit, so that resume_stream_table rebuilds it.
CREATE OR REPLACE FUNCTION pgtrickle._standin_ivm_trigger()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_pgt_id   bigint := TG_ARGV[0]::bigint;
    v_st       pgtrickle.pgt_stream_tables;
    v_table    text;
    v_previous text;
    v_inserted bigint;
    v_deleted  bigint;
    v_updated  bigint;
    v_columns  text[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('pgtrickle_standin_ivm'), v_pgt_id::int);
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables WHERE pgt_id = v_pgt_id;
    IF NOT FOUND OR v_st.refresh_mode <> 'IMMEDIATE' THEN
        RETURN NULL;
    END IF;
    IF v_st.status IN ('SUSPENDED', 'ERROR') THEN
        IF NOT v_st.needs_reinit THEN
            UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = true, updated_at = now()
            WHERE pgt_id = v_pgt_id;
        END IF;
        RETURN NULL;
    END IF;
    v_table := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    v_previous := current_setting('pg_trickle.internal_refresh', true);
    PERFORM set_config('pg_trickle.internal_refresh', 'true', true);
    v_columns := pgtrickle._standin_user_columns(v_st.pgt_relid)
        || CASE WHEN pgtrickle._standin_has_count(v_st.pgt_relid)
                THEN ARRAY['__pgt_count'] ELSE ARRAY[]::text[] END;
    EXECUTE format(
        'WITH m AS (MERGE INTO %1$s t USING (SELECT %2$s FROM (%4$s) AS q) n '
        '  ON t.__pgt_row_id = n.__pgt_new_id '
        '%5$s'
        '  WHEN NOT MATCHED BY TARGET THEN INSERT (%3$s) VALUES (n.__pgt_new_id%6$s) '
        '  WHEN NOT MATCHED BY SOURCE THEN DELETE '
        '  RETURNING merge_action() AS a) '
        'SELECT count(*) FILTER (WHERE a = ''INSERT''), count(*) FILTER (WHERE a = ''DELETE''), '
        '       count(*) FILTER (WHERE a = ''UPDATE'') FROM m',
        v_table, pgtrickle._standin_select_list(v_st.pgt_relid),
        pgtrickle._standin_insert_columns(v_st.pgt_relid), v_st.defining_query,
        CASE WHEN cardinality(v_columns) = 0 THEN ''
             ELSE format('  WHEN MATCHED AND ROW(%s) IS DISTINCT FROM ROW(%s) THEN UPDATE SET %s ',
                         (SELECT string_agg('t.' || c, ', ' ORDER BY o) FROM unnest(v_columns) WITH ORDINALITY u(c, o)),
                         (SELECT string_agg('n.' || c, ', ' ORDER BY o) FROM unnest(v_columns) WITH ORDINALITY u(c, o)),
                         (SELECT string_agg(c || ' = n.' || c, ', ' ORDER BY o)
                          FROM unnest(v_columns) WITH ORDINALITY u(c, o)))
             END,
        coalesce((SELECT string_agg(', n.' || c, '' ORDER BY o) FROM unnest(v_columns) WITH ORDINALITY u(c, o)), ''))
    INTO v_inserted, v_deleted, v_updated;
    PERFORM set_config('pg_trickle.internal_refresh', coalesce(v_previous, ''), true);
    IF v_inserted + v_deleted + v_updated > 0 THEN
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
SET search_path = pgtrickle, pg_catalog, pg_temp
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
SET search_path = pgtrickle, pg_catalog, pg_temp
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

-- Replaces the dependency rows only when the set of sources changed (a rewrite of equal
-- rows would move contract_generation for nothing).
CREATE OR REPLACE FUNCTION pgtrickle._standin_record_sources(
    p_pgt_id bigint, p_relids oid[], p_kinds text[])
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    IF EXISTS (
        (SELECT d.source_relid, d.source_type FROM pgtrickle.pgt_dependencies d WHERE d.pgt_id = p_pgt_id
         EXCEPT SELECT r, k FROM unnest(p_relids, p_kinds) u(r, k) WHERE r IS NOT NULL)
        UNION ALL
        (SELECT r, k FROM unnest(p_relids, p_kinds) u(r, k) WHERE r IS NOT NULL
         EXCEPT SELECT d.source_relid, d.source_type FROM pgtrickle.pgt_dependencies d WHERE d.pgt_id = p_pgt_id))
    THEN
        DELETE FROM pgtrickle.pgt_dependencies WHERE pgt_id = p_pgt_id;
        INSERT INTO pgtrickle.pgt_dependencies (pgt_id, source_relid, source_type)
        SELECT p_pgt_id, r, k FROM unnest(p_relids, p_kinds) u(r, k) WHERE r IS NOT NULL;
    END IF;
    UPDATE pgtrickle.pgt_stream_tables st SET has_keyless_source = EXISTS (
        SELECT 1 FROM unnest(p_relids) r
        JOIN pg_catalog.pg_class c ON c.oid = r AND c.relkind IN ('r', 'p')
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                          WHERE i.indrelid = r AND i.indisprimary))
    WHERE st.pgt_id = p_pgt_id
      AND st.has_keyless_source IS DISTINCT FROM EXISTS (
        SELECT 1 FROM unnest(p_relids) r
        JOIN pg_catalog.pg_class c ON c.oid = r AND c.relkind IN ('r', 'p')
        WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                          WHERE i.indrelid = r AND i.indisprimary));
END;
$fn$;

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
-- -------------------------------------------------------------------------------------
-- The lifecycle API (0.108.3 signatures). Each SECURITY DEFINER entry point is a thin
-- wrapper that hands the caller's search_path to a private implementation (see the header).
-- -------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION pgtrickle._standin_create(
    p_caller_path text, p_if_not_exists boolean,
    p_name text, p_query text, p_schedule text, p_refresh_mode text, p_initialize bool,
    p_diamond_consistency text, p_diamond_schedule_policy text, p_cdc_mode text,
    p_append_only bool, p_pooler_compatibility_mode bool, p_partition_by text,
    p_max_differential_joins int, p_max_delta_fraction float8,
    p_output_distribution_column text, p_temporal bool, p_storage_backend text,
    p_fillfactor int, p_target_freshness text, p_orchestration_mode text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_caller     oid := pgtrickle._standin_outer_role();
    v_path       text := pgtrickle._standin_expand_path(p_caller_path, pgtrickle._standin_outer_role());
    v_name       record;
    v_requested  text;
    v_mode       text;
    v_schedule   text;
    v_orch       text;
    v_target     record;
    v_cdc        text := lower(btrim(p_cdc_mode));
    v_diamond    text := coalesce(lower(btrim(p_diamond_consistency)), 'atomic');
    v_policy     text := coalesce(lower(btrim(p_diamond_schedule_policy)), 'fastest');
    v_initialize boolean;
    v_analysis   record;
    v_relid      oid;
    v_pgt_id     bigint;
BEGIN
    IF p_name IS NULL OR p_query IS NULL OR p_refresh_mode IS NULL OR p_initialize IS NULL
       OR p_append_only IS NULL OR p_pooler_compatibility_mode IS NULL OR p_temporal IS NULL THEN
        PERFORM pgtrickle._standin_invalid('name, query, refresh_mode, initialize, append_only, '
            'pooler_compatibility_mode and temporal must not be NULL');
    END IF;
    SELECT * INTO v_name FROM pgtrickle._standin_resolve_name(p_name, v_path);
    IF p_if_not_exists AND EXISTS (
        SELECT 1 FROM pgtrickle.pgt_stream_tables st
        WHERE st.pgt_schema = v_name.schema_name AND st.pgt_name = v_name.table_name) THEN
        RAISE INFO 'Stream table %.% already exists — skipping creation.',
            v_name.schema_name, v_name.table_name;
        RETURN;
    END IF;

    v_requested := pgtrickle._standin_requested_mode(p_refresh_mode);
    v_mode := pgtrickle._standin_resolve_mode(p_refresh_mode);
    v_orch := pgtrickle._standin_orchestration_mode(coalesce(p_orchestration_mode, 'MANAGED'));
    IF v_orch = 'EXTERNAL' AND v_mode = 'IMMEDIATE' THEN
        PERFORM pgtrickle._standin_integration_error('PGT_EXT_ORCHESTRATION_MODE',
            'EXTERNAL orchestration requires a scheduled or manually coordinated refresh mode; '
            'IMMEDIATE is managed by PostgreSQL triggers');
    END IF;
    SELECT * INTO v_target FROM pgtrickle._standin_target_freshness(p_target_freshness);
    IF v_target.mode = 'ON_COMMIT' THEN
        v_mode := 'IMMEDIATE';
    END IF;
    IF v_orch = 'EXTERNAL' AND v_mode = 'IMMEDIATE' THEN
        PERFORM pgtrickle._standin_integration_error('PGT_EXT_ORCHESTRATION_MODE',
            'EXTERNAL orchestration cannot be combined with IMMEDIATE refresh mode');
    END IF;
    v_initialize := p_initialize AND v_orch <> 'EXTERNAL';
    IF p_initialize AND NOT v_initialize THEN
        RAISE NOTICE 'pg_trickle: EXTERNAL stream table % will remain unpopulated until its coordinator submits a refresh',
            p_name;
    END IF;
    IF v_diamond NOT IN ('none', 'atomic') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'invalid diamond_consistency value: ''%s'' (expected ''none'' or ''atomic'')', v_diamond));
    END IF;
    IF v_policy NOT IN ('fastest', 'slowest') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'invalid diamond_schedule_policy value: ''%s'' (expected ''fastest'' or ''slowest'')',
            p_diamond_schedule_policy));
    END IF;
    IF p_fillfactor IS NOT NULL AND p_fillfactor NOT BETWEEN 10 AND 100 THEN
        PERFORM pgtrickle._standin_invalid(format('invalid fillfactor value: %s (expected 10–100)', p_fillfactor));
    END IF;
    IF p_max_differential_joins < 0 THEN
        PERFORM pgtrickle._standin_invalid('max_differential_joins must be non-negative');
    END IF;
    v_schedule := pgtrickle._standin_resolve_schedule(p_schedule, v_mode);
    IF v_target.mode IS NOT NULL AND v_target.mode <> 'CLEAR'
       AND p_schedule IS NOT NULL AND lower(btrim(p_schedule)) <> 'calculated' THEN
        PERFORM pgtrickle._standin_invalid('schedule and target_freshness are ambiguous; choose one '
            'control (HINT: use target_freshness or schedule, not both)');
    END IF;
    IF v_cdc IS NOT NULL AND v_cdc NOT IN ('auto', 'trigger', 'wal') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'unknown cdc_mode: %s. Must be ''auto'', ''trigger'', or ''wal''', p_cdc_mode));
    END IF;
    IF v_mode = 'IMMEDIATE' AND v_cdc = 'wal' THEN
        PERFORM pgtrickle._standin_invalid(
            'refresh_mode ''IMMEDIATE'' is incompatible with cdc_mode = ''wal''');
    END IF;
    IF p_append_only THEN PERFORM pgtrickle._standin_not_modelled('append_only => true'); END IF;
    IF p_partition_by IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('partition_by'); END IF;
    IF p_output_distribution_column IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('output_distribution_column');
    END IF;
    IF p_temporal THEN PERFORM pgtrickle._standin_not_modelled('temporal => true'); END IF;
    IF p_storage_backend IS NOT NULL AND lower(p_storage_backend) <> 'heap' THEN
        PERFORM pgtrickle._standin_not_modelled('storage_backend');
    END IF;

    -- The defining query is resolved under the caller's search_path.
    PERFORM pg_catalog.set_config('search_path', p_caller_path, true);
    SELECT * INTO v_analysis FROM pgtrickle._standin_analyze(p_query);
    PERFORM pg_catalog.set_config('search_path', 'pgtrickle, pg_catalog, pg_temp', true);

    IF EXISTS (SELECT 1 FROM pgtrickle.pgt_stream_tables st
               WHERE st.pgt_schema = v_name.schema_name AND st.pgt_name = v_name.table_name) THEN
        RAISE EXCEPTION USING
            ERRCODE = '42P07',
            MESSAGE = format('stream table already exists: %s.%s', v_name.schema_name, v_name.table_name),
            HINT = 'Use pgtrickle.alter_stream_table() to modify an existing stream table, '
                || 'or pgtrickle.drop_stream_table() to remove it first.';
    END IF;

    v_relid := pgtrickle._standin_create_storage(
        v_name.schema_name, v_name.table_name, v_analysis.column_names, v_analysis.column_types,
        v_analysis.needs_count AND v_mode <> 'FULL', p_fillfactor, v_caller);

    INSERT INTO pgtrickle.pgt_stream_tables AS st (
        pgt_relid, pgt_name, pgt_schema, defining_query, original_query, schedule, refresh_mode,
        requested_refresh_mode, status, is_populated, diamond_consistency,
        diamond_schedule_policy, requested_cdc_mode, pooler_compatibility_mode,
        max_differential_joins, max_delta_fraction, effective_refresh_mode, defining_query_hash,
        storage_fillfactor, row_identity_version, row_probe_version, defining_search_path,
        orchestration_mode)
    VALUES (
        v_relid, v_name.table_name, v_name.schema_name, v_analysis.defining_query,
        CASE WHEN p_query IS DISTINCT FROM v_analysis.defining_query THEN p_query END,
        v_schedule, v_mode, CASE WHEN v_target.mode = 'ON_COMMIT' THEN 'IMMEDIATE' ELSE v_requested END,
        'INITIALIZING', false, v_diamond, v_policy, v_cdc, p_pooler_compatibility_mode,
        p_max_differential_joins, p_max_delta_fraction, v_mode,
        hashtextextended(v_analysis.defining_query, 0), p_fillfactor, 3, 1, v_path, v_orch)
    RETURNING st.pgt_id INTO v_pgt_id;

    PERFORM pgtrickle._standin_set_row_identity(v_pgt_id, v_analysis.key_columns);
    PERFORM pgtrickle._standin_record_sources(v_pgt_id, v_analysis.source_relids,
                                              v_analysis.source_kinds);
    IF v_target.mode IS NOT NULL AND v_target.mode <> 'CLEAR' THEN
        PERFORM pgtrickle._standin_apply_target_freshness(v_pgt_id, v_target.mode, v_target.milliseconds);
    END IF;
    IF v_mode = 'IMMEDIATE' THEN
        PERFORM pgtrickle._standin_install_ivm(v_pgt_id);
    END IF;
    IF v_initialize THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_pgt_id, 'INITIAL');
    END IF;
    RAISE INFO 'Stream table %.% created (pgt_id=%, mode=%, initialized=%)',
        v_name.schema_name, v_name.table_name, v_pgt_id, v_mode,
        CASE WHEN v_initialize THEN 'true' ELSE 'false' END;
END;
$fn$;

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
    fillfactor int DEFAULT NULL,
    target_freshness text DEFAULT NULL,
    orchestration_mode text DEFAULT 'MANAGED')
RETURNS void
LANGUAGE sql
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_create(pg_catalog.current_setting('search_path'), false,
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
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
    fillfactor int DEFAULT NULL,
    target_freshness text DEFAULT NULL,
    orchestration_mode text DEFAULT 'MANAGED')
RETURNS void
LANGUAGE sql
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_create(pg_catalog.current_setting('search_path'), true,
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
$fn$;

-- create_or_replace: created when missing; an identical defining query (whitespace
-- collapsed) changes nothing; any other query is forwarded to alter.
CREATE OR REPLACE FUNCTION pgtrickle._standin_create_or_replace(
    p_caller_path text,
    p_name text, p_query text, p_schedule text, p_refresh_mode text, p_initialize bool,
    p_diamond_consistency text, p_diamond_schedule_policy text, p_cdc_mode text,
    p_append_only bool, p_pooler_compatibility_mode bool, p_partition_by text,
    p_max_differential_joins int, p_max_delta_fraction float8,
    p_output_distribution_column text, p_temporal bool, p_storage_backend text,
    p_orchestration_mode text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_name     record;
    v_st       pgtrickle.pgt_stream_tables;
    v_analysis record;
BEGIN
    SELECT * INTO v_name FROM pgtrickle._standin_resolve_name(p_name, p_caller_path);
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables st
    WHERE st.pgt_schema = v_name.schema_name AND st.pgt_name = v_name.table_name;
    IF NOT FOUND THEN
        PERFORM pgtrickle._standin_create(p_caller_path, false, p_name, p_query, p_schedule,
            p_refresh_mode, p_initialize, p_diamond_consistency, p_diamond_schedule_policy,
            p_cdc_mode, p_append_only, p_pooler_compatibility_mode, p_partition_by,
            p_max_differential_joins, p_max_delta_fraction, p_output_distribution_column,
            p_temporal, p_storage_backend, NULL, NULL, coalesce(p_orchestration_mode, 'MANAGED'));
        RETURN;
    END IF;
    PERFORM pgtrickle._standin_check_owner(v_st);
    PERFORM pg_catalog.set_config('search_path', p_caller_path, true);
    SELECT * INTO v_analysis FROM pgtrickle._standin_analyze(p_query);
    PERFORM pg_catalog.set_config('search_path', 'pgtrickle, pg_catalog, pg_temp', true);
    IF regexp_replace(v_analysis.defining_query, '\s+', ' ', 'g')
           = regexp_replace(v_st.defining_query, '\s+', ' ', 'g') THEN
        RAISE INFO 'Stream table %.% already exists with identical definition — no changes made.',
            v_st.pgt_schema, v_st.pgt_name;
        RETURN;
    END IF;
    PERFORM pgtrickle._standin_alter(p_caller_path, v_st.pgt_schema || '.' || v_st.pgt_name,
        p_query, p_schedule, p_refresh_mode, NULL, p_diamond_consistency,
        p_diamond_schedule_policy, NULL, NULL, p_pooler_compatibility_mode, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, p_orchestration_mode, true);
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.create_or_replace_stream_table(
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
    orchestration_mode text DEFAULT NULL)
RETURNS void
LANGUAGE sql
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_create_or_replace(pg_catalog.current_setting('search_path'),
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_alter(
    p_caller_path text,
    p_name text, p_query text, p_schedule text, p_refresh_mode text, p_status text,
    p_diamond_consistency text, p_diamond_schedule_policy text, p_cdc_mode text,
    p_append_only bool, p_pooler_compatibility_mode bool, p_tier text, p_fuse text,
    p_fuse_ceiling bigint, p_fuse_sensitivity int, p_partition_by text,
    p_max_differential_joins int, p_max_delta_fraction float8, p_post_refresh_action text,
    p_reindex_drift_threshold float8, p_target_freshness text,
    p_orchestration_mode text, p_from_replace boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st        pgtrickle.pgt_stream_tables;
    v_qualified text;
    v_analysis  record;
    v_target    record;
    v_old_mode  text;
    v_new_mode  text;
    v_requested text;
    v_orch      text;
    v_status    text := upper(btrim(p_status));
    v_tier      text := lower(btrim(p_tier));
    v_diamond   text := lower(btrim(p_diamond_consistency));
    v_policy    text := lower(btrim(p_diamond_schedule_policy));
    v_recompute boolean := false;
    v_count     boolean;
    v_old_cols  record;
    v_recreate  boolean;
    v_owner     oid;
BEGIN
    IF p_name IS NULL THEN
        PERFORM pgtrickle._standin_invalid('name must not be NULL');
    END IF;
    v_st := pgtrickle._standin_resolve_owned(p_name, p_caller_path);
    IF p_cdc_mode IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(cdc_mode => ...)'); END IF;
    IF p_append_only IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(append_only => ...)'); END IF;
    IF p_fuse IS NOT NULL OR p_fuse_ceiling IS NOT NULL OR p_fuse_sensitivity IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(fuse => ...)');
    END IF;
    IF p_partition_by IS NOT NULL THEN PERFORM pgtrickle._standin_not_modelled('alter_stream_table(partition_by => ...)'); END IF;
    IF p_max_differential_joins IS NOT NULL OR p_max_delta_fraction IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(max_differential_joins/max_delta_fraction => ...)');
    END IF;
    IF p_post_refresh_action IS NOT NULL OR p_reindex_drift_threshold IS NOT NULL THEN
        PERFORM pgtrickle._standin_not_modelled('alter_stream_table(post_refresh_action/reindex_drift_threshold => ...)');
    END IF;

    v_qualified := format('%I.%I', v_st.pgt_schema, v_st.pgt_name);
    v_old_mode := v_st.refresh_mode;
    SELECT * INTO v_target FROM pgtrickle._standin_target_freshness(p_target_freshness);
    IF v_target.mode IS NOT NULL AND v_target.mode <> 'CLEAR' AND p_schedule IS NOT NULL THEN
        PERFORM pgtrickle._standin_invalid('schedule and target_freshness are ambiguous; choose one '
            'control (HINT: use target_freshness or schedule, not both)');
    END IF;
    v_requested := CASE WHEN p_refresh_mode IS NULL THEN v_st.requested_refresh_mode
                        ELSE pgtrickle._standin_requested_mode(p_refresh_mode) END;
    v_new_mode := CASE WHEN p_refresh_mode IS NULL THEN v_old_mode
                       ELSE pgtrickle._standin_resolve_mode(p_refresh_mode) END;
    IF v_target.mode = 'ON_COMMIT' THEN
        v_new_mode := 'IMMEDIATE';
        v_requested := 'IMMEDIATE';
    END IF;
    v_orch := CASE WHEN p_orchestration_mode IS NULL THEN v_st.orchestration_mode
                   ELSE pgtrickle._standin_orchestration_mode(p_orchestration_mode) END;
    IF v_orch = 'EXTERNAL' AND v_new_mode = 'IMMEDIATE' THEN
        PERFORM pgtrickle._standin_integration_error('PGT_EXT_ORCHESTRATION_MODE',
            'EXTERNAL orchestration cannot be combined with IMMEDIATE refresh mode');
    END IF;

    IF v_status IS NOT NULL AND v_status NOT IN ('INITIALIZING', 'ACTIVE', 'SUSPENDED', 'ERROR') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown status: %s', p_status));
    END IF;
    IF v_tier IS NOT NULL AND v_tier NOT IN ('hot', 'warm', 'cold', 'frozen') THEN
        PERFORM pgtrickle._standin_invalid(format('unknown tier: %s', p_tier));
    END IF;
    IF v_diamond IS NOT NULL AND v_diamond NOT IN ('none', 'atomic') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'invalid diamond_consistency value: ''%s'' (expected ''none'' or ''atomic'')', v_diamond));
    END IF;
    IF v_policy IS NOT NULL AND v_policy NOT IN ('fastest', 'slowest') THEN
        PERFORM pgtrickle._standin_invalid(format(
            'invalid diamond_schedule_policy value: ''%s'' (expected ''fastest'' or ''slowest'')',
            p_diamond_schedule_policy));
    END IF;

    -- query: ALTER the storage in place when every kept column keeps its type, else recreate
    -- it for the same owner.
    IF p_query IS NOT NULL THEN
        PERFORM pg_catalog.set_config('search_path', p_caller_path, true);
        SELECT * INTO v_analysis FROM pgtrickle._standin_analyze(p_query);
        PERFORM pg_catalog.set_config('search_path', 'pgtrickle, pg_catalog, pg_temp', true);
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
            SELECT c.relowner INTO v_owner FROM pg_catalog.pg_class c WHERE c.oid = v_st.pgt_relid;
            EXECUTE format('DROP TABLE %s CASCADE', v_qualified);
            v_st.pgt_relid := pgtrickle._standin_create_storage(
                v_st.pgt_schema, v_st.pgt_name, v_analysis.column_names, v_analysis.column_types,
                v_count, v_st.storage_fillfactor, v_owner);
        ELSE
            PERFORM pgtrickle._standin_alter_columns(v_st.pgt_relid, v_analysis.column_names,
                                                     v_analysis.column_types, v_count);
        END IF;
        UPDATE pgtrickle.pgt_stream_tables st SET
            pgt_relid = v_st.pgt_relid,
            defining_query = v_analysis.defining_query,
            original_query = CASE WHEN p_query IS DISTINCT FROM v_analysis.defining_query THEN p_query END,
            defining_query_hash = hashtextextended(v_analysis.defining_query, 0),
            defining_search_path = pgtrickle._standin_expand_path(p_caller_path,
                                                                  pgtrickle._standin_outer_role()),
            is_populated = false
        WHERE st.pgt_id = v_st.pgt_id;
        PERFORM pgtrickle._standin_set_row_identity(v_st.pgt_id, v_analysis.key_columns);
        PERFORM pgtrickle._standin_record_sources(v_st.pgt_id, v_analysis.source_relids,
                                                  v_analysis.source_kinds);
        IF v_new_mode = 'IMMEDIATE' THEN
            PERFORM pgtrickle._standin_install_ivm(v_st.pgt_id);
        END IF;
        v_recompute := true;
    END IF;

    IF v_new_mode <> v_old_mode THEN
        IF p_query IS NULL THEN
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
                WHEN v_old_mode = 'IMMEDIATE' AND p_schedule IS NULL THEN '1m'
                ELSE st.schedule END
        WHERE st.pgt_id = v_st.pgt_id;
        RAISE WARNING 'stream table %.% refresh mode changed from % to %; a full refresh was applied',
            v_st.pgt_schema, v_st.pgt_name, v_old_mode, v_new_mode;
        v_recompute := true;
    END IF;
    IF v_requested IS DISTINCT FROM v_st.requested_refresh_mode OR v_orch <> v_st.orchestration_mode THEN
        UPDATE pgtrickle.pgt_stream_tables st
        SET requested_refresh_mode = v_requested, orchestration_mode = v_orch
        WHERE st.pgt_id = v_st.pgt_id;
    END IF;

    IF p_schedule IS NOT NULL THEN
        UPDATE pgtrickle.pgt_stream_tables st
        SET schedule = pgtrickle._standin_resolve_schedule(p_schedule, v_new_mode),
            target_freshness_mode = CASE WHEN st.target_freshness_mode = 'ON_COMMIT' AND v_new_mode = 'IMMEDIATE'
                                         THEN st.target_freshness_mode END,
            freshness_deadline_ms = NULL
        WHERE st.pgt_id = v_st.pgt_id;
        DELETE FROM pgtrickle.pgt_freshness_controller_state f WHERE f.pgt_id = v_st.pgt_id;
    END IF;
    IF v_target.mode IS NOT NULL THEN
        PERFORM pgtrickle._standin_apply_target_freshness(v_st.pgt_id, v_target.mode, v_target.milliseconds);
    END IF;

    IF v_recompute AND v_orch <> 'EXTERNAL' THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_st.pgt_id, 'MANUAL');
    END IF;

    UPDATE pgtrickle.pgt_stream_tables st SET
        status = coalesce(v_status, st.status),
        consecutive_errors = CASE WHEN v_status = 'ACTIVE' THEN 0 ELSE st.consecutive_errors END,
        refresh_tier = coalesce(v_tier, st.refresh_tier),
        diamond_consistency = coalesce(v_diamond, st.diamond_consistency),
        diamond_schedule_policy = coalesce(v_policy, st.diamond_schedule_policy),
        pooler_compatibility_mode = coalesce(p_pooler_compatibility_mode, st.pooler_compatibility_mode),
        updated_at = now()
    WHERE st.pgt_id = v_st.pgt_id;
    -- Reactivating an IMMEDIATE table that skipped writes while suspended rebuilds it.
    IF v_status = 'ACTIVE' AND EXISTS (
        SELECT 1 FROM pgtrickle.pgt_stream_tables st
        WHERE st.pgt_id = v_st.pgt_id AND st.refresh_mode = 'IMMEDIATE' AND st.needs_reinit) THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_st.pgt_id, 'MANUAL');
    END IF;
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
    target_freshness text DEFAULT NULL)
RETURNS void
LANGUAGE sql
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_alter(pg_catalog.current_setting('search_path'),
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
        NULL, false)
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_drop(p_caller_path text, p_name text, p_cascade boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st         pgtrickle.pgt_stream_tables;
    v_dependents text;
    v_dependent  record;
    v_guard      regprocedure;
BEGIN
    v_st := pgtrickle._standin_resolve_owned(p_name, p_caller_path);
    SELECT string_agg(st.pgt_schema || '.' || st.pgt_name, ', ' ORDER BY st.pgt_schema, st.pgt_name)
    INTO v_dependents
    FROM pgtrickle.pgt_dependencies d
    JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = d.pgt_id
    WHERE d.source_relid = v_st.pgt_relid AND d.pgt_id <> v_st.pgt_id;
    IF v_dependents IS NOT NULL AND NOT p_cascade THEN
        PERFORM pgtrickle._standin_invalid(format(
            'stream table %s.%s has dependent stream tables: %s. Use cascade => true to drop them automatically.',
            v_st.pgt_schema, v_st.pgt_name, v_dependents));
    END IF;
    FOR v_dependent IN
        SELECT st.pgt_schema, st.pgt_name FROM pgtrickle.pgt_dependencies d
        JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = d.pgt_id
        WHERE d.source_relid = v_st.pgt_relid AND d.pgt_id <> v_st.pgt_id
    LOOP
        PERFORM pgtrickle._standin_drop(p_caller_path,
            format('%I.%I', v_dependent.pgt_schema, v_dependent.pgt_name), true);
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

CREATE OR REPLACE FUNCTION pgtrickle.drop_stream_table(name text, "cascade" bool DEFAULT false)
RETURNS void
LANGUAGE sql STRICT
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_drop(pg_catalog.current_setting('search_path'), $1, $2)
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_refresh(p_caller_path text, p_name text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
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
    PERFORM pgtrickle._standin_assert_capture_ready();
    v_st := pgtrickle._standin_resolve_owned(p_name, p_caller_path);
    IF v_st.orchestration_mode = 'EXTERNAL' THEN
        PERFORM pgtrickle._standin_integration_error('PGT_EXT_ORCHESTRATION_MODE', format(
            'stream table %s.%s is EXTERNAL; refreshes must be submitted by its coordinator',
            v_st.pgt_schema, v_st.pgt_name));
    END IF;
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
    PERFORM set_config('pg_trickle.internal_refresh', 'true', true);
    PERFORM set_config('row_security', 'off', true);
    SELECT * INTO v_result FROM pgtrickle._standin_recompute(v_st.pgt_id, 'MANUAL');
    IF v_result.action = 'DIFFERENTIAL' THEN
        -- An updated row counts as one delete and one insert, as in a delta.
        RAISE INFO 'Stream table %.% refreshed (DIFFERENTIAL: +% -%)',
            v_st.pgt_schema, v_st.pgt_name, v_result.rows_inserted + v_result.rows_updated,
            v_result.rows_deleted + v_result.rows_updated;
    ELSIF v_result.changed OR NOT v_st.is_populated THEN
        RAISE INFO 'Stream table %.% refreshed (FULL)', v_st.pgt_schema, v_st.pgt_name;
    ELSE
        RAISE INFO 'Stream table %.% refreshed (FULL, no-op — data_timestamp preserved)',
            v_st.pgt_schema, v_st.pgt_name;
    END IF;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.refresh_stream_table(name text)
RETURNS void
LANGUAGE sql STRICT
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_refresh(pg_catalog.current_setting('search_path'), $1)
$fn$;

-- The release declares write_and_refresh SECURITY DEFINER and runs the SQL as the captured
-- caller. PL/pgSQL cannot hand definer rights back for one statement, so here the function
-- is SECURITY INVOKER (the SQL runs as the caller) and only the refresh it calls runs with
-- definer rights. EXECUTE is revoked from PUBLIC, as in the release.
CREATE OR REPLACE FUNCTION pgtrickle.write_and_refresh(sql text, stream_table_name text)
RETURNS void
LANGUAGE plpgsql STRICT
AS $fn$
BEGIN
    EXECUTE $1;
    PERFORM pgtrickle.refresh_stream_table($2);
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_pause(p_caller_path text, p_name text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st pgtrickle.pgt_stream_tables;
BEGIN
    v_st := pgtrickle._standin_resolve_owned(p_name, p_caller_path);
    UPDATE pgtrickle.pgt_stream_tables st SET status = 'SUSPENDED', updated_at = now()
    WHERE st.pgt_id = v_st.pgt_id;
    RAISE INFO 'Stream table %.% paused (pgt_id=%)', v_st.pgt_schema, v_st.pgt_name, v_st.pgt_id;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.pause_stream_table(name text)
RETURNS void
LANGUAGE sql STRICT
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_pause(pg_catalog.current_setting('search_path'), $1)
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle._standin_resume(p_caller_path text, p_name text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st pgtrickle.pgt_stream_tables;
BEGIN
    v_st := pgtrickle._standin_resolve_owned(p_name, p_caller_path);
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
    -- An IMMEDIATE table that skipped writes while suspended is rebuilt.
    IF v_st.refresh_mode = 'IMMEDIATE' AND v_st.needs_reinit THEN
        PERFORM pgtrickle._standin_recompute_guarded(v_st.pgt_id, 'MANUAL');
    END IF;
    IF NOT v_st.pooler_compatibility_mode THEN
        PERFORM pg_notify('pg_trickle_alert', pgtrickle._standin_compact_json(jsonb_build_object(
            'event', 'resumed',
            'database_oid', (SELECT d.oid::bigint FROM pg_catalog.pg_database d
                             WHERE d.datname = pg_catalog.current_database()),
            'pgt_schema', v_st.pgt_schema,
            'pgt_name', v_st.pgt_name,
            'st', v_st.pgt_schema || '.' || v_st.pgt_name,
            'previous_status', 'SUSPENDED')));
    END IF;
    RAISE INFO 'Stream table %.% resumed (pgt_id=%)', v_st.pgt_schema, v_st.pgt_name, v_st.pgt_id;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.resume_stream_table(name text)
RETURNS void
LANGUAGE sql STRICT
SECURITY DEFINER
AS $fn$
    SELECT pgtrickle._standin_resume(pg_catalog.current_setting('search_path'), $1)
$fn$;

-- Quiesces capture before an upgrade. The stand-in has no scheduler to drain, so the drain
-- completes at once and the state becomes QUIESCED.
CREATE OR REPLACE FUNCTION pgtrickle.quiesce(timeout_s int DEFAULT 60)
RETURNS bool
LANGUAGE plpgsql STRICT
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
BEGIN
    PERFORM pgtrickle._standin_assert_capture_ready();
    UPDATE pgtrickle.pgt_capture_instance SET state = 'QUIESCED', last_seen_at = now() WHERE singleton;
    RETURN true;
END;
$fn$;

-- The release's backward-compatible alias of quiesce(60).
CREATE OR REPLACE FUNCTION pgtrickle.pause_all()
RETURNS bool
LANGUAGE sql STRICT
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$ SELECT pgtrickle.quiesce(60) $fn$;

-- Resumes capture after an upgrade; refused while quarantined. True when it ended a quiesce.
CREATE OR REPLACE FUNCTION pgtrickle.resume_all()
RETURNS bool
LANGUAGE plpgsql STRICT
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_state text := pgtrickle._standin_capture_gate();
BEGIN
    IF v_state = 'QUARANTINED' THEN
        PERFORM pgtrickle._standin_invalid(
            'capture instance is quarantined; recover_capture_instance() is required');
    END IF;
    UPDATE pgtrickle.pgt_capture_instance SET state = 'ACTIVE', last_seen_at = now() WHERE singleton;
    RETURN v_state = 'QUIESCED';
END;
$fn$;

-- -------------------------------------------------------------------------------------
-- Monitoring (SECURITY INVOKER, as in the release: they read the catalog as the caller)
-- -------------------------------------------------------------------------------------

-- Seconds since the last refresh that changed data. Unqualified names mean public (not
-- current_schema()). NULL for unknown or unpopulated tables.
CREATE OR REPLACE FUNCTION pgtrickle.get_staleness(name text)
RETURNS double precision
LANGUAGE sql STRICT
AS $fn$
    SELECT EXTRACT(EPOCH FROM (now() - st.data_timestamp))::float8
    FROM pgtrickle.pgt_stream_tables st,
         pgtrickle._standin_parse_name_public($1) n
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
    action text, status text, rows_inserted bigint, rows_updated bigint, rows_deleted bigint,
    duration_ms float8, error_message text, refresh_reason text, refresh_reason_detail text)
LANGUAGE sql STRICT
AS $fn$
    SELECT h.refresh_id, h.data_timestamp, h.start_time, h.end_time, h.action, h.status,
           coalesce(h.rows_inserted, 0), h.rows_updated, coalesce(h.rows_deleted, 0),
           coalesce(h.duration_ms, (EXTRACT(EPOCH FROM (h.end_time - h.start_time)) * 1000)::float8),
           h.error_message, h.refresh_reason, h.refresh_reason_detail
    FROM pgtrickle.pgt_refresh_history h
    JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = h.pgt_id,
         pgtrickle._standin_parse_name_public($1) n
    WHERE st.pgt_schema = n.schema_name AND st.pgt_name = n.table_name
    ORDER BY h.refresh_id DESC
    LIMIT $2
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.explain_refresh_mode(name text)
RETURNS TABLE (configured_mode text, effective_mode text, downgrade_reason text)
LANGUAGE plpgsql STRICT
AS $fn$
DECLARE
    v_name record;
    v_st   pgtrickle.pgt_stream_tables;
BEGIN
    SELECT coalesce(n.schema_name, pg_catalog.current_schema()::text, 'public') AS schema_name,
           n.table_name
    INTO v_name FROM pgtrickle._standin_parse_name($1) n;
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables st
    WHERE st.pgt_schema = v_name.schema_name AND st.pgt_name = v_name.table_name;
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

-- One row per stream table with an interval target: the target, the controller's
-- percentiles (never sampled by the stand-in, so NULL) and its SLA status.
CREATE OR REPLACE FUNCTION pgtrickle.freshness()
RETURNS TABLE (stream_table text, target interval, p50 interval, p95 interval, p99 interval,
               status text)
LANGUAGE sql STRICT STABLE PARALLEL SAFE
AS $fn$
    SELECT st.pgt_schema || '.' || st.pgt_name,
           st.freshness_deadline_ms * interval '1 millisecond',
           f.p50_freshness_ms * interval '1 millisecond',
           f.p95_freshness_ms * interval '1 millisecond',
           f.p99_freshness_ms * interval '1 millisecond',
           coalesce(f.sla_status, 'INSUFFICIENT_DATA')
    FROM pgtrickle.pgt_stream_tables st
    LEFT JOIN pgtrickle.pgt_freshness_controller_state f ON f.pgt_id = st.pgt_id
    WHERE st.target_freshness_mode = 'INTERVAL' AND st.freshness_deadline_ms IS NOT NULL
    ORDER BY st.pgt_schema, st.pgt_name
$fn$;

-- The stream table's execution contract (stand-in shape, see the header): version 1, the
-- catalog's contract_generation, the sha256 digest of the contract document and the document.
CREATE OR REPLACE FUNCTION pgtrickle._standin_contract(p_stream_table regclass)
RETURNS TABLE (contract_version smallint, contract_generation bigint, contract_digest bytea,
               contract jsonb)
LANGUAGE plpgsql
SET search_path = pgtrickle, pg_catalog, pg_temp
AS $fn$
DECLARE
    v_st  pgtrickle.pgt_stream_tables;
    v_doc jsonb;
BEGIN
    SELECT * INTO v_st FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_relid = p_stream_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = '42P01',
            MESSAGE = format('stream table not found: %s', p_stream_table);
    END IF;
    PERFORM pgtrickle._standin_check_owner(v_st);
    v_doc := jsonb_build_object(
        'stream_table', v_st.pgt_schema || '.' || v_st.pgt_name,
        'relid', v_st.pgt_relid,
        'defining_query', v_st.defining_query,
        'refresh_mode', v_st.refresh_mode,
        'requested_refresh_mode', v_st.requested_refresh_mode,
        'orchestration_mode', v_st.orchestration_mode,
        'row_identity_version', v_st.row_identity_version,
        'defining_search_path', v_st.defining_search_path,
        'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'relid', d.source_relid, 'source_type', d.source_type)
                        ORDER BY d.source_relid), '[]'::jsonb)
                    FROM pgtrickle.pgt_dependencies d WHERE d.pgt_id = v_st.pgt_id),
        'columns', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                        ORDER BY a.attnum), '[]'::jsonb)
                    FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = v_st.pgt_relid AND a.attnum > 0 AND NOT a.attisdropped));
    contract_version := 1;
    contract_generation := v_st.contract_generation;
    contract_digest := sha256(convert_to(v_doc::text, 'UTF8'));
    contract := v_doc;
    RETURN NEXT;
END;
$fn$;

CREATE OR REPLACE FUNCTION pgtrickle.stream_table_contract(stream_table regclass)
RETURNS TABLE (contract_version smallint, contract_generation bigint, contract_digest bytea,
               contract jsonb)
LANGUAGE sql STRICT
SECURITY DEFINER
AS $fn$
    SELECT * FROM pgtrickle._standin_contract($1)
$fn$;

-- -------------------------------------------------------------------------------------
-- Privileges (the end of the release's install script)
-- -------------------------------------------------------------------------------------

GRANT USAGE ON SCHEMA pgtrickle TO pgtrickle_reader, pgtrickle_operator, pgtrickle_admin;
GRANT SELECT ON pgtrickle.pg_stat_progress_pgtrickle
    TO pgtrickle_reader, pgtrickle_operator, pgtrickle_admin;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pgtrickle FROM PUBLIC;

GRANT EXECUTE ON FUNCTION pgtrickle.refresh_stream_table(text) TO pgtrickle_operator;
GRANT EXECUTE ON FUNCTION pgtrickle.pause_stream_table(text) TO pgtrickle_operator;
GRANT EXECUTE ON FUNCTION pgtrickle.resume_stream_table(text) TO pgtrickle_operator;
GRANT EXECUTE ON FUNCTION pgtrickle.create_stream_table(
    text, text, text, text, boolean, text, text, text, boolean, boolean,
    text, integer, double precision, text, boolean, text, integer, text, text) TO pgtrickle_admin;
GRANT EXECUTE ON FUNCTION pgtrickle.alter_stream_table(
    text, text, text, text, text, text, text, text, boolean, boolean,
    text, text, bigint, integer, text, integer, double precision, text,
    double precision, text) TO pgtrickle_admin;
GRANT EXECUTE ON FUNCTION pgtrickle.drop_stream_table(text, boolean) TO pgtrickle_admin;

-- public_read, as far as the stand-in has those functions
GRANT EXECUTE ON FUNCTION pgtrickle.freshness() TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.explain_refresh_mode(text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.get_refresh_history(text, integer) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.get_staleness(text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.parse_duration_seconds(text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.pgt_status() TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle.version() TO PUBLIC;

-- Stand-in internals that the functions above call with the caller's rights.
GRANT EXECUTE ON FUNCTION pgtrickle._standin_parse_name(text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle._standin_parse_name_public(text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle._standin_parse_component(text, text) TO PUBLIC;
GRANT EXECUTE ON FUNCTION pgtrickle._standin_invalid(text) TO PUBLIC;
