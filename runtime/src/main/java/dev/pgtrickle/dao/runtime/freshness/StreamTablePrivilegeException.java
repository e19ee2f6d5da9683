package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * The role lacks a privilege the operation needs (SQLState {@code 42501}). The message lists what
 * pg_trickle 0.108 needs: a freshness read needs the role {@code pgtrickle_reader} (USAGE on schema
 * {@code pgtrickle}), {@code USAGE} on the stream table's schema, {@code SELECT} on the stream
 * table and the one catalog grant {@code SELECT ON pgtrickle.pgt_stream_tables}; refresh, pause and
 * resume are {@code SECURITY DEFINER} functions that only the stream table's owner may use, with
 * {@code EXECUTE} granted to the role {@code pgtrickle_operator}, and need no catalog privilege.
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
