package dev.pgtrickle.dao.runtime;

/**
 * How a stream table's {@code target_freshness} is set (pg_trickle 0.86 and later: the catalog's
 * {@code target_freshness_mode}).
 */
public enum TargetFreshnessMode {
  /**
   * A freshness target such as {@code '30s'}: the extension's scheduler aims to keep the table at
   * most that old, and {@link Freshness#targetFreshness()} holds it.
   */
  INTERVAL,
  /** {@code 'on_commit'}: the table is IMMEDIATE, maintained in the writers' transactions. */
  ON_COMMIT,
  /** {@code 'manual'}: the scheduler leaves the table alone; only manual refreshes update it. */
  MANUAL
}
