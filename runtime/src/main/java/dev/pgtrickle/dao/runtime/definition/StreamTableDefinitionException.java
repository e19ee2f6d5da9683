package dev.pgtrickle.dao.runtime.definition;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * Creating, changing or dropping a stream table from its definition failed: pg_trickle rejected the
 * definition (SQLState {@code 22023} invalid argument, {@code 0A000} unsupported, {@code 42000}
 * query), a source table is missing, or the connection failed. Carries the stream table, the
 * statement, the SQLState and the driver's exception.
 */
public class StreamTableDefinitionException extends StreamTableAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table being created, changed or dropped
   * @param message what failed
   * @param sql the statement that failed
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public StreamTableDefinitionException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
