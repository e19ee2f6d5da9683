package dev.pgtrickle.dao.runtime;

/**
 * The {@code refresh_mode} stored in {@code pgtrickle.pgt_stream_tables}. The catalog never stores
 * {@code AUTO}: pg_trickle resolves it to {@link #DIFFERENTIAL} (or {@link #FULL}) at creation.
 */
public enum RefreshMode {
  /** Every refresh recomputes the whole defining query. */
  FULL,
  /** Refreshes apply the changes captured since the previous refresh. */
  DIFFERENTIAL,
  /**
   * Maintained by triggers inside the writer's transaction: the table is current as soon as the
   * writer commits (and, for the writer itself, before). Never refreshed by the scheduler.
   */
  IMMEDIATE
}
