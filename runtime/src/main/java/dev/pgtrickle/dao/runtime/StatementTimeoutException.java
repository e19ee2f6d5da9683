package dev.pgtrickle.dao.runtime;

/**
 * A statement against a stream table was cancelled (SQLState {@code 57014}): it ran longer than the
 * session's {@code statement_timeout}, or it was cancelled by {@code Statement.cancel()} or {@code
 * pg_cancel_backend}; the message, the server's, says which. The connection stays usable and
 * nothing was read. Raise the timeout for this read ({@code SET statement_timeout} on the
 * connection, or the pool's connection init SQL), or make the defining query's result smaller.
 */
public class StatementTimeoutException extends StreamTableAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param message what was cancelled
   * @param sql the statement
   * @param sqlState the server's SQLState, {@code 57014}
   * @param cause the driver's exception
   */
  public StatementTimeoutException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
