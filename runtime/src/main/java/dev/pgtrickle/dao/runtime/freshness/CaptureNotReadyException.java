package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * pg_trickle refused to refresh because its change capture is not ready (pg_trickle 0.101 and
 * later, {@code 22023}): <em>quarantined</em> because the database's identity changed (a restore or
 * a clone; run {@code pgtrickle.recover_capture_instance()} and repair the affected stream tables),
 * or <em>quiesced</em> for an upgrade (run {@code pgtrickle.resume_all()}). Both need an
 * administrator; retrying does not help.
 */
public class CaptureNotReadyException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  private final boolean quarantined;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param quarantined true for a quarantined capture, false for a quiesced one
   * @param message what failed
   * @param sql the statement, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public CaptureNotReadyException(
      StreamTableName streamTable,
      boolean quarantined,
      String message,
      String sql,
      String sqlState,
      Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
    this.quarantined = quarantined;
  }

  /** Whether the capture is quarantined (database identity changed) rather than quiesced. */
  public boolean isQuarantined() {
    return quarantined;
  }
}
