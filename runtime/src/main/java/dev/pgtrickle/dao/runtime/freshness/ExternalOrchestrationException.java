package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.OrchestrationMode;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * pg_trickle refused to refresh the stream table because its refreshes belong to an external
 * coordinator ({@link OrchestrationMode#EXTERNAL}, pg_trickle 0.93 and later; the extension's error
 * code {@code PGT_EXT_ORCHESTRATION_MODE}). Submit the refresh through the coordinator, or switch
 * the table back to MANAGED orchestration.
 */
public class ExternalOrchestrationException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param message what failed
   * @param sql the statement, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public ExternalOrchestrationException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
