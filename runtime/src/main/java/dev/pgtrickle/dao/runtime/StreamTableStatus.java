package dev.pgtrickle.dao.runtime;

/**
 * The {@code status} of a stream table in {@code pgtrickle.pgt_stream_tables}.
 *
 * <p>There is no {@code PAUSED} status: the catalog's CHECK constraint allows only these four.
 */
public enum StreamTableStatus {
  /** Created with {@code initialize => false} and not yet populated by a refresh. */
  INITIALIZING,
  /** Refreshed successfully at least once; the normal state. */
  ACTIVE,
  /**
   * Suspended by the scheduler after repeated retryable failures, or by {@code
   * alter_stream_table(status => 'SUSPENDED')}. Not refreshed until {@code
   * pgtrickle.resume_stream_table} is called.
   */
  SUSPENDED,
  /** Failed with a non-retryable error; not refreshed until resumed. */
  ERROR;

  /** Returns the status stored as {@code text}, for example {@code "ACTIVE"}. */
  static StreamTableStatus fromCatalog(String text) {
    return valueOf(text);
  }
}
