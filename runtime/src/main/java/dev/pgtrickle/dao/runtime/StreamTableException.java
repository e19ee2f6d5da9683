package dev.pgtrickle.dao.runtime;

import java.util.Optional;

/**
 * The base of every exception this library throws: unchecked, and always naming the stream table it
 * was working on. Where a statement was run, the SQL and the server's SQLState are kept, and the
 * driver's {@link java.sql.SQLException} is the cause.
 */
public class StreamTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StreamTableName streamTable;
  private final String sql;
  private final String sqlState;

  /**
   * Creates an exception.
   *
   * @param streamTable the stream table concerned
   * @param message what failed and, where possible, what to do
   * @param sql the statement that was run, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the underlying exception, or null
   */
  public StreamTableException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(message, cause);
    this.streamTable = streamTable;
    this.sql = sql;
    this.sqlState = sqlState;
  }

  /** The stream table concerned. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /** The SQL statement that failed, when one was run. */
  public Optional<String> sql() {
    return Optional.ofNullable(sql);
  }

  /** The server's SQLState (for example {@code 42P01}), when the server reported one. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder(super.getMessage());
    if (sqlState != null) {
      message.append(" [SQLState ").append(sqlState).append(']');
    }
    if (sql != null) {
      message.append(" [SQL: ").append(sql).append(']');
    }
    return message.toString();
  }
}
