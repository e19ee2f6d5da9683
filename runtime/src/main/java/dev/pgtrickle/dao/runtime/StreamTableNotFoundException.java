package dev.pgtrickle.dao.runtime;

/**
 * The stream table does not exist: pg_trickle's catalog has no row for it, or the server reported
 * SQLState {@code 42P01} (undefined table) when it was read. Check the name and schema in
 * {@code @StreamTableView}, the connection's database, and that the migration creating the stream
 * table has run.
 */
public class StreamTableNotFoundException extends StreamTableException {
  private static final long serialVersionUID = 1L;

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
    super(streamTable, message, sql, sqlState, cause);
  }
}
