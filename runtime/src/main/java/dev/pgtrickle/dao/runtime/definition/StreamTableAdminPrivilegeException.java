package dev.pgtrickle.dao.runtime.definition;

import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * The role that applies definitions may not create, change or drop the stream table (SQLState
 * {@code 42501}). On pg_trickle 0.108.3, EXECUTE on {@code create_stream_table}, {@code
 * create_stream_table_if_not_exists}, {@code create_or_replace_stream_table}, {@code
 * alter_stream_table} and {@code drop_stream_table} is revoked from PUBLIC and granted to the role
 * {@code pgtrickle_admin}; changing or dropping an existing stream table also needs ownership of it
 * (membership in its owner role) or superuser. {@link #needsOwnership()} says which of the two the
 * server asked for. Reading a stream table never needs either.
 */
public class StreamTableAdminPrivilegeException extends StreamTableDefinitionException {
  private static final long serialVersionUID = 1L;

  private final boolean needsOwnership;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param message what failed and what to grant
   * @param sql the statement that failed
   * @param sqlState the server's SQLState
   * @param cause the driver's exception
   * @param needsOwnership whether the server asked for ownership of an existing stream table,
   *     rather than EXECUTE on the function
   */
  public StreamTableAdminPrivilegeException(
      StreamTableName streamTable,
      String message,
      String sql,
      String sqlState,
      Throwable cause,
      boolean needsOwnership) {
    super(streamTable, message, sql, sqlState, cause);
    this.needsOwnership = needsOwnership;
  }

  /**
   * Whether the role lacks ownership of the existing stream table ("must be owner"), as opposed
   * to EXECUTE on pg_trickle's function (granted through {@code pgtrickle_admin}).
   */
  public boolean needsOwnership() {
    return needsOwnership;
  }
}
