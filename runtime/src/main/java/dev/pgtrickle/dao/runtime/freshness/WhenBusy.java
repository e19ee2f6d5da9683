package dev.pgtrickle.dao.runtime.freshness;

/**
 * What {@link StreamTableRefresher} does when {@code pgtrickle.refresh_stream_table} skips the
 * refresh because another one is in progress (a scheduler run or another session's manual refresh).
 * The extension then returns normally after a NOTICE, so without this a caller would believe it had
 * refreshed.
 */
public enum WhenBusy {
  /**
   * Try again, with back-off, until this call's own refresh runs. On return a refresh that started
   * after the call began has completed, so the table reflects every write committed before the
   * call. The default.
   */
  WAIT_THEN_REFRESH,
  /** Do not wait: throw {@link RefreshSkippedException}. */
  FAIL
}
