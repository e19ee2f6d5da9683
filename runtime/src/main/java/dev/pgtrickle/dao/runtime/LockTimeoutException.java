package dev.pgtrickle.dao.runtime;

/**
 * A read of a stream table waited longer than the session's {@code lock_timeout} for a lock
 * (SQLState {@code 55P03}). Reads take only {@code ACCESS SHARE}, which conflicts with nothing but
 * {@code ACCESS EXCLUSIVE}: a FULL refresh's {@code TRUNCATE}, an {@code ALTER} or a {@code DROP}
 * of the stream table held it. Retry once the refresh or the DDL has committed, or raise {@code
 * lock_timeout}. Nothing was read and the connection stays usable.
 */
public class LockTimeoutException extends StreamTableAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param message what waited for which lock
   * @param sql the statement
   * @param sqlState the server's SQLState, {@code 55P03}
   * @param cause the driver's exception
   */
  public LockTimeoutException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
