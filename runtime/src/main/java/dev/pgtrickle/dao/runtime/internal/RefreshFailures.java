package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.freshness.CaptureNotReadyException;
import dev.pgtrickle.dao.runtime.freshness.ExternalOrchestrationException;
import dev.pgtrickle.dao.runtime.freshness.ReadReplicaException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import java.sql.SQLException;

/**
 * Turns the errors of pg_trickle's lifecycle functions (refresh, pause, resume) into typed
 * exceptions. The SQLStates are the extension's (reference sections 2.2 to 2.4): {@code 42P01} for
 * an unknown stream table, {@code 22023} for a SUSPENDED or ERROR table, for a standby and for a
 * quarantined or quiesced change capture (told apart by the message, whose wording 0.108's source
 * has), {@code 42501} for a caller who does not own the table or lacks {@code EXECUTE}. The refusal
 * of an EXTERNAL-orchestrated table is recognised by its code {@code PGT_EXT_ORCHESTRATION_MODE} or
 * its wording ({@code is EXTERNAL}), whatever its SQLState.
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
    if (message.contains("PGT_EXT_ORCHESTRATION_MODE") || message.contains(" is EXTERNAL")) {
      return new ExternalOrchestrationException(
          table,
          doing
              + " stream table "
              + table
              + " was refused: "
              + message
              + ". Its refreshes are"
              + " submitted by an external coordinator (orchestration_mode EXTERNAL)",
          sql,
          state,
          e);
    }
    if (Failures.UNDEFINED_TABLE.equals(state)) {
      return new StreamTableNotFoundException(
          table,
          "stream table "
              + table
              + " does not exist ("
              + message
              + "). Check the name and schema"
              + " (exact case), the database, and that pg_trickle is installed in it",
          sql,
          state,
          e);
    }
    if (INVALID_PARAMETER_VALUE.equals(state)) {
      if (message.contains("not suspended or in error state")) {
        return new StreamTableAccessException(
            table,
            doing
                + " stream table "
                + table
                + " was refused: "
                + message
                + ". Only a SUSPENDED"
                + " or ERROR table can be resumed",
            sql,
            state,
            e);
      }
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
      boolean quarantined = message.contains("capture is quarantined");
      if (quarantined || message.contains("capture is quiesced")) {
        return new CaptureNotReadyException(
            table,
            quarantined,
            doing
                + " stream table "
                + table
                + " was refused: "
                + message
                + ". An administrator must act first; retrying does not help",
            sql,
            state,
            e);
      }
    }
    if (Failures.INSUFFICIENT_PRIVILEGE.equals(state)) {
      return new StreamTablePrivilegeException(
          table,
          doing
              + " stream table "
              + table
              + " was refused: "
              + message
              + ". On pg_trickle 0.108"
              + " refresh_stream_table, pause_stream_table and resume_stream_table are SECURITY"
              + " DEFINER functions that only the stream table's owner (or a superuser) may use,"
              + " and EXECUTE on them is granted only to the role pgtrickle_operator: connect as"
              + " the owner of "
              + table.sql()
              + " and GRANT pgtrickle_operator TO that role,"
              + " with USAGE on the schema "
              + table.schema()
              + ". No catalog privilege is needed",
          sql,
          state,
          e);
    }
    return new StreamTableAccessException(
        table, doing + " stream table " + table + " failed: " + message, sql, state, e);
  }
}
