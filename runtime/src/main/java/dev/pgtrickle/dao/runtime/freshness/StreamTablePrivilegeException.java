package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * The role lacks a privilege the operation needs (SQLState {@code 42501}). The message lists the
 * grants the operation needs: a read needs {@code USAGE} on the stream table's schema,
 * {@code SELECT} on the stream table, {@code USAGE ON SCHEMA pgtrickle} and
 * {@code SELECT ON pgtrickle.pgt_stream_tables}; a refresh writes the stream table, the catalog,
 * the refresh history and the change buffers, which in practice means running it as the stream
 * table's owner (pg_trickle grants nothing by default).
 */
public class StreamTablePrivilegeException extends StreamTableAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param message what failed and which grants are needed
   * @param sql the statement that failed
   * @param sqlState the server's SQLState
   * @param cause the driver's exception
   */
  public StreamTablePrivilegeException(
      StreamTableName streamTable, String message, String sql, String sqlState, Throwable cause) {
    super(streamTable, message, sql, sqlState, cause);
  }
}
