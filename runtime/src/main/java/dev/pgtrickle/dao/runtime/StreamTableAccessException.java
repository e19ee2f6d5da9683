package dev.pgtrickle.dao.runtime;

/**
 * A statement against a stream table or pg_trickle's catalog failed for a reason other than a
 * missing table: a lost connection, a missing privilege ({@code 42501}), a timeout, a type mismatch
 * between the record and the table. The SQL, the SQLState and the driver's exception are kept.
 */
public class StreamTableAccessException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table concerned
   * @param message what failed
   * @param sql the statement that failed, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public StreamTableAccessException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
