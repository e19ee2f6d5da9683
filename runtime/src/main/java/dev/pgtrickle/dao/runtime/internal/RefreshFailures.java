package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.freshness.ReadReplicaException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import java.sql.SQLException;

/**
 * Turns the errors of pg_trickle's functions and of catalog reads into typed exceptions. The
 * SQLStates are the extension's (reference sections 2.2 to 2.4): {@code 42P01} for an unknown
 * stream table, {@code 22023} for a SUSPENDED or ERROR table and for a standby (told apart by the
 * message, whose wording the reference quotes), {@code 42501} for a missing privilege.
 */
public final class RefreshFailures {
  static final String INVALID_PARAMETER_VALUE = "22023";
  static final String QUERY_CANCELED = "57014";

  private RefreshFailures() {}

  /** Whether {@code e} is a statement cancelled by {@code statement_timeout}. */
  public static boolean isStatementTimeout(SQLException e) {
    return QUERY_CANCELED.equals(e.getSQLState());
  }

  /**
   * Translates a failure of {@code sql} while {@code doing} (for example {@code "refreshing"})
   * stream table {@code table}.
   */
  public static StreamTableException translate(
      StreamTableName table, String doing, String sql, SQLException e) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage());
    if (Failures.UNDEFINED_TABLE.equals(state)) {
      return new StreamTableNotFoundException(
          table,
          "stream table " + table + " does not exist (" + message + "). Check the name and schema"
              + " (exact case), the database, and that pg_trickle is installed in it",
          sql,
          state,
          e);
    }
    if (INVALID_PARAMETER_VALUE.equals(state)) {
      if (message.contains("read replica") || message.contains("recovery mode")) {
        return new ReadReplicaException(table, message, sql, state, e);
      }
      if (message.contains("is suspended")) {
        return new StreamTableSuspendedException(
            table, StreamTableStatus.SUSPENDED, message, sql, state, e);
      }
      if (message.contains("in error state")) {
        return new StreamTableSuspendedException(
            table, StreamTableStatus.ERROR, message, sql, state, e);
      }
    }
    if (Failures.INSUFFICIENT_PRIVILEGE.equals(state)) {
      return new StreamTablePrivilegeException(
          table,
          doing + " stream table " + table + " was refused: " + message + ". A refresh writes the"
              + " stream table, pgtrickle.pgt_stream_tables, pgtrickle.pgt_refresh_history and the"
              + " change buffers in pgtrickle_changes with the caller's privileges; run it as the"
              + " stream table's owner (pg_trickle grants nothing by default). Reads need only"
              + " USAGE on the schemas and SELECT on " + table.sql()
              + " and pgtrickle.pgt_stream_tables",
          sql,
          state,
          e);
    }
    return new StreamTableAccessException(
        table, doing + " stream table " + table + " failed: " + message, sql, state, e);
  }
}
