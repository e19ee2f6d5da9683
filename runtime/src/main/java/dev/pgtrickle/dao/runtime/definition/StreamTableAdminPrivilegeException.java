package dev.pgtrickle.dao.runtime.definition;

import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * The role that applies definitions may not create, change or drop the stream table (SQLState
 * {@code 42501}). pg_trickle 0.108.3 revokes EXECUTE on every lifecycle function from PUBLIC and
 * grants {@code create_stream_table}, {@code alter_stream_table} and {@code drop_stream_table} to
 * the role {@code pgtrickle_admin}; {@code create_or_replace_stream_table} and {@code
 * create_stream_table_if_not_exists}, which {@link StreamTableDefinitions} calls to be idempotent,
 * are granted to no role, so the migrating role needs an explicit {@code GRANT EXECUTE} on them.
 * Changing or dropping an existing stream table also needs ownership of it (membership in its owner
 * role) or superuser. The message names the grant to run; {@link #needsOwnership()} says whether
 * the server asked for ownership. Reading a stream table never needs any of this.
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
   * Whether the role lacks ownership of the existing stream table ("must be owner"), as opposed to
   * EXECUTE on pg_trickle's function (granted through {@code pgtrickle_admin}).
   */
  public boolean needsOwnership() {
    return needsOwnership;
  }
}
