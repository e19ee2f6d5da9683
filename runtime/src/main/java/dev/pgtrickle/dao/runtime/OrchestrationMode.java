package dev.pgtrickle.dao.runtime;

/** Who refreshes a stream table (pg_trickle 0.93 and later: {@code orchestration_mode}). */
public enum OrchestrationMode {
  /** pg_trickle's scheduler, and manual refreshes by the owner. The default. */
  MANAGED,
  /**
   * An external coordinator: pg_trickle's scheduler leaves the table alone and refuses {@code
   * refresh_stream_table} ({@code PGT_EXT_ORCHESTRATION_MODE}); refreshes are submitted by the
   * coordinator.
   */
  EXTERNAL
}
