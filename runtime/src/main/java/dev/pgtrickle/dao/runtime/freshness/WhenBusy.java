package dev.pgtrickle.dao.runtime.freshness;

/**
 * What {@link StreamTableRefresher} does when {@code pgtrickle.refresh_stream_table} skips the
 * refresh because another one is in progress (a scheduler run or another session's manual
 * refresh). The extension then returns normally after a NOTICE, so without this a caller would
 * believe it had refreshed.
 */
public enum WhenBusy {
  /**
   * Wait for the running refresh to end, then refresh. On return a refresh that started after
   * the call began has completed, so the table reflects every write committed before the call.
   * The default.
   */
  WAIT_THEN_REFRESH,
  /**
   * Wait for the running refresh to end and accept its result if it completed
   * ({@link RefreshResult.Outcome#COMPLETED_BY_OTHER}); refresh if it failed. Cheaper, but the
   * other refresh started before the call, so writes committed just before the call may be
   * missing.
   */
  WAIT,
  /** Do not wait: throw {@link RefreshSkippedException}. */
  FAIL
}
