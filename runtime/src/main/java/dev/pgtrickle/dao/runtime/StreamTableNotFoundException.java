package dev.pgtrickle.dao.runtime;

/**
 * The stream table does not exist: pg_trickle's catalog has no row for it, or the server reported
 * SQLState {@code 42P01} (undefined table), on any path (reads, freshness, refresh, pause, resume,
 * subscriptions, definitions). Check the name and schema in {@code @StreamTableView}, the
 * connection's database, and that the migration creating the stream table has run. Its reason is
 * {@link Reason#NOT_FOUND}.
 */
public class StreamTableNotFoundException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param streamTable the missing stream table
   * @param message the details
   * @param sql the statement that failed, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public StreamTableNotFoundException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(Reason.NOT_FOUND, streamTable, null, message, sql, sqlState, cause);
  }
}
