package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableException.Reason;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The one translator of driver exceptions into this library's typed exceptions, for every path:
 * reads, freshness, refresh/pause/resume ({@code pgtrickle-dao-operations}) and definitions ({@code
 * pgtrickle-dao-definitions}). The SQLStates are pg_trickle 0.108's (reference sections 2.2 to
 * 2.4):
 *
 * <table>
 *   <caption>SQLState to exception</caption>
 *   <tr><th>SQLState</th><th>path</th><th>exception (reason)</th></tr>
 *   <tr><td>{@code 42P01}</td><td>all but definitions</td><td>{@link
 *       StreamTableNotFoundException}</td></tr>
 *   <tr><td>{@code 42501}</td><td>any</td><td>{@link InsufficientPrivilegeException}, with the
 *       grants the path needs</td></tr>
 *   <tr><td>{@code 57014}</td><td>any</td><td>{@code STATEMENT_TIMEOUT}</td></tr>
 *   <tr><td>{@code 55P03}</td><td>any</td><td>{@code LOCK_TIMEOUT}</td></tr>
 *   <tr><td>{@code 08xxx}</td><td>any</td><td>{@code CONNECTION_FAILED}</td></tr>
 *   <tr><td>{@code 42883}, {@code 3F000}</td><td>all but reads</td><td>{@code
 *       UNSUPPORTED_PG_TRICKLE}: pg_trickle's functions or schema are missing</td></tr>
 *   <tr><td>message {@code PGT_EXT_ORCHESTRATION_MODE} or {@code is EXTERNAL}</td>
 *       <td>lifecycle</td><td>{@code EXTERNAL_ORCHESTRATION}</td></tr>
 *   <tr><td>{@code 22023} "not suspended or in error state"</td><td>lifecycle</td>
 *       <td>{@code NOT_SUSPENDED}</td></tr>
 *   <tr><td>{@code 22023} "read replica", "recovery mode"</td><td>lifecycle</td>
 *       <td>{@code READ_REPLICA}</td></tr>
 *   <tr><td>{@code 22023} "is suspended", "in error state"</td><td>lifecycle</td>
 *       <td>{@link StreamTableSuspendedException}</td></tr>
 *   <tr><td>{@code 22023} "capture is quarantined" / "quiesced"</td><td>lifecycle</td>
 *       <td>{@code CAPTURE_QUARANTINED} / {@code CAPTURE_QUIESCED}</td></tr>
 *   <tr><td>any other, and {@code 42P01} (a missing source table, or a dropped stream table
 *       that does not exist)</td><td>definition</td><td>{@code DEFINITION_REJECTED}</td></tr>
 *   <tr><td>any other</td><td>other paths</td><td>{@code DATABASE_ERROR}</td></tr>
 * </table>
 */
public final class Failures {
  public static final String UNDEFINED_TABLE = "42P01";
  public static final String INSUFFICIENT_PRIVILEGE = "42501";
  public static final String QUERY_CANCELED = "57014";
  public static final String LOCK_NOT_AVAILABLE = "55P03";
  public static final String INVALID_PARAMETER_VALUE = "22023";
  public static final String UNDEFINED_FUNCTION = "42883";
  public static final String INVALID_SCHEMA_NAME = "3F000";

  /** What was being done when a statement failed: decides the grants named for 42501. */
  public enum Path {
    /** Reading a stream table's rows. */
    READ,
    /** Reading pg_trickle's catalog or functions about a stream table (freshness, version). */
    FRESHNESS,
    /** {@code refresh_stream_table}, {@code pause_stream_table}, {@code resume_stream_table}. */
    LIFECYCLE,
    /** Creating, changing or dropping a stream table. */
    DEFINITION
  }

  private Failures() {}

  /**
   * {@code table} has no row in {@code pgtrickle.pgt_stream_tables}, as {@code sql} found.
   *
   * @param consequence what could therefore not be done, e.g. {@code ", so it cannot be watched"},
   *     or empty
   */
  public static StreamTableNotFoundException notInCatalog(
      StreamTableName table, String sql, String consequence) {
    return new StreamTableNotFoundException(
        table,
        "stream table "
            + table
            + " is not in pg_trickle's catalog (pgtrickle.pgt_stream_tables)"
            + consequence
            + "; check the name and schema (exact case, as in @StreamTableView) and"
            + " that the stream table was created in this database",
        sql,
        null,
        null);
  }

  /** Whether {@code e} is a statement cancelled by {@code statement_timeout} or a cancel. */
  public static boolean isStatementTimeout(SQLException e) {
    return QUERY_CANCELED.equals(e.getSQLState());
  }

  /**
   * The grants a read of {@code table} and its freshness needs on pg_trickle 0.108, for {@code
   * 42501} messages.
   */
  public static String readGrants(StreamTableName table) {
    String schema = Identifiers.quote(table.schema());
    return "The reading role needs USAGE on schema "
        + schema
        + " and SELECT on "
        + table.sql()
        + " (GRANT SELECT ON "
        + table.sql()
        + " TO <role>); on pg_trickle 0.108 freshness, fresh"
        + " reads and subscriptions also need the role pgtrickle_reader (USAGE on schema"
        + " pgtrickle) and the one catalog grant GRANT SELECT ON pgtrickle.pgt_stream_tables TO"
        + " <role>, which no pg_trickle role includes: every function that reports freshness"
        + " reads that table as its caller";
  }

  /**
   * The grants refresh, pause and resume of {@code table} need on pg_trickle 0.108, for {@code
   * 42501} messages.
   */
  public static String lifecycleGrants(StreamTableName table) {
    return "On pg_trickle 0.108 refresh_stream_table, pause_stream_table and resume_stream_table"
        + " are SECURITY DEFINER functions that only the stream table's owner (or a superuser) may"
        + " use, and EXECUTE on them is granted only to the role pgtrickle_operator: connect as the"
        + " owner of "
        + table.sql()
        + " and GRANT pgtrickle_operator TO that role, with USAGE on the schema "
        + table.schema()
        + ". No catalog privilege is needed";
  }

  /** Translates a failure of {@code sql}, a read of stream table {@code table}'s rows. */
  public static StreamTableException translate(StreamTableName table, String sql, SQLException e) {
    return translate(Path.READ, table, "reading stream table " + table, sql, e);
  }

  /**
   * Translates a failure of {@code sql} while {@code doing} something with {@code table} (for
   * example {@code "refreshing stream table public.t"}) on {@code path}; a {@code 42501} names the
   * grants {@code path} needs.
   */
  public static StreamTableException translate(
      Path path, StreamTableName table, String doing, String sql, SQLException e) {
    return translate(path, table, doing, sql, e, null);
  }

  /**
   * {@link #translate(Path, StreamTableName, String, String, SQLException)} with the grants to name
   * for {@code 42501} given by the caller (null: the path's own), for advice that depends on the
   * role or the statement.
   */
  public static StreamTableException translate(
      Path path,
      StreamTableName table,
      String doing,
      String sql,
      SQLException e,
      String privilegeAdvice) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage());
    if (path == Path.LIFECYCLE
        && (message.contains("PGT_EXT_ORCHESTRATION_MODE") || message.contains(" is EXTERNAL"))) {
      return failure(
          Reason.EXTERNAL_ORCHESTRATION,
          table,
          doing
              + " was refused: "
              + message
              + ". Its refreshes are submitted by an external coordinator (orchestration_mode"
              + " EXTERNAL)",
          sql,
          state,
          e);
    }
    if (state == null) {
      return failure(Reason.DATABASE_ERROR, table, doing + " failed: " + message, sql, null, e);
    }
    if (state.startsWith("08")) {
      return failure(
          Reason.CONNECTION_FAILED,
          table,
          doing + " failed, the connection failed: " + message,
          sql,
          state,
          e);
    }
    switch (state) {
      case UNDEFINED_TABLE:
        if (path == Path.DEFINITION) {
          break;
        }
        return new StreamTableNotFoundException(
            table,
            doing
                + " failed, it does not exist: "
                + message
                + ". Check the name and schema (exact case, as in @StreamTableView), the database,"
                + " that the stream table was created"
                + (path == Path.READ ? "" : " and that pg_trickle is installed in this database"),
            sql,
            state,
            e);
      case INSUFFICIENT_PRIVILEGE:
        return new InsufficientPrivilegeException(
            table,
            doing + " was refused: " + message + ". " + advice(path, table, privilegeAdvice),
            sql,
            state,
            e,
            message.contains("must be owner"));
      case QUERY_CANCELED:
        return failure(
            Reason.STATEMENT_TIMEOUT, table, doing + " was cancelled: " + message, sql, state, e);
      case LOCK_NOT_AVAILABLE:
        return failure(
            Reason.LOCK_TIMEOUT,
            table,
            doing
                + " waited too long for a lock: "
                + message
                + ". A FULL refresh's TRUNCATE, or DDL on the stream table, holds ACCESS EXCLUSIVE"
                + " until it commits",
            sql,
            state,
            e);
      case UNDEFINED_FUNCTION:
      case INVALID_SCHEMA_NAME:
        if (path != Path.READ) {
          return failure(
              Reason.UNSUPPORTED_PG_TRICKLE,
              table,
              doing
                  + " failed: "
                  + message
                  + ". Is the pg_trickle extension (0.108) installed in this database?",
              sql,
              state,
              e);
        }
        break;
      case INVALID_PARAMETER_VALUE:
        if (path == Path.LIFECYCLE) {
          StreamTableException lifecycle = lifecycle(table, doing, sql, state, message, e);
          if (lifecycle != null) {
            return lifecycle;
          }
        }
        break;
      default:
        break;
    }
    return failure(
        path == Path.DEFINITION ? Reason.DEFINITION_REJECTED : Reason.DATABASE_ERROR,
        table,
        doing + " failed: " + message,
        sql,
        state,
        e);
  }

  /** The {@code 22023} refusals of refresh, pause and resume, told apart by their wording. */
  private static StreamTableException lifecycle(
      StreamTableName table,
      String doing,
      String sql,
      String state,
      String message,
      SQLException e) {
    if (message.contains("not suspended or in error state")) {
      return failure(
          Reason.NOT_SUSPENDED,
          table,
          doing + " was refused: " + message + ". Only a SUSPENDED or ERROR table can be resumed",
          sql,
          state,
          e);
    }
    if (message.contains("read replica") || message.contains("recovery mode")) {
      return failure(
          Reason.READ_REPLICA,
          table,
          doing
              + " was refused, the server is a read replica ("
              + message
              + "). Only the primary refreshes stream tables: give StreamTableRefresher a DataSource"
              + " that connects to the primary",
          sql,
          state,
          e);
    }
    if (message.contains("is suspended")) {
      return new StreamTableSuspendedException(
          table, Freshness.Status.SUSPENDED, message, sql, state, e);
    }
    if (message.contains("in error state")) {
      return new StreamTableSuspendedException(
          table, Freshness.Status.ERROR, message, sql, state, e);
    }
    boolean quarantined = message.contains("capture is quarantined");
    if (quarantined || message.contains("capture is quiesced")) {
      return failure(
          quarantined ? Reason.CAPTURE_QUARANTINED : Reason.CAPTURE_QUIESCED,
          table,
          doing
              + " was refused: "
              + message
              + (quarantined
                  ? ". The database's identity changed (a restore or a clone): an administrator"
                      + " runs pgtrickle.recover_capture_instance() and repairs the affected stream"
                      + " tables"
                  : ". The capture is quiesced for an upgrade: an administrator runs"
                      + " pgtrickle.resume_all()")
              + "; retrying does not help",
          sql,
          state,
          e);
    }
    return null;
  }

  /**
   * A query expected {@code expected} (for example {@code "exactly one row"}) and selects {@code
   * rowCount} rows; reason {@code UNEXPECTED_ROW_COUNT}.
   */
  public static StreamTableException unexpectedRowCount(
      StreamTableName table, String expected, long rowCount, String sql) {
    return failure(
        Reason.UNEXPECTED_ROW_COUNT,
        table,
        "expected "
            + expected
            + " from stream table "
            + table
            + " but the query selects "
            + (rowCount == 0 ? "none" : rowCount + " rows"),
        sql,
        null,
        null);
  }

  /**
   * A keyset page ended between rows that {@code order} (as SQL) cannot tell apart; reason {@code
   * NON_UNIQUE_ORDER}.
   */
  public static StreamTableException nonUniqueOrder(
      StreamTableName table, String order, String sql) {
    return failure(
        Reason.NON_UNIQUE_ORDER,
        table,
        "the ordering"
            + order
            + " of stream table "
            + table
            + " is not unique: rows with the same keys straddle a page boundary, so keyset pages"
            + " would skip some; end the ordering with columns that identify a row, for example"
            + " the group key of the defining query",
        sql,
        null,
        null);
  }

  /**
   * The server's pg_trickle is {@code found} (null: not installed), which this release does not
   * support; reason {@code UNSUPPORTED_PG_TRICKLE}.
   */
  public static StreamTableException unsupportedPgTrickle(
      StreamTableName table, String found, String sql, String sqlState, Throwable cause) {
    return failure(
        Reason.UNSUPPORTED_PG_TRICKLE,
        table,
        (found == null
                ? "pg_trickle is not installed in this database (pgtrickle.version() does not"
                    + " exist), so stream table "
                    + table
                    + " cannot be read"
                : "the server runs pg_trickle "
                    + found
                    + ", which this version of pgtrickle-dao does not support, so stream table "
                    + table
                    + " is not read")
            + ". Supported pg_trickle releases: "
            + PgTrickleVersion.SUPPORTED
            + ". Install or upgrade pg_trickle (ALTER EXTENSION pg_trickle UPDATE), or use the"
            + " pgtrickle-dao release made for yours",
        sql,
        sqlState,
        cause);
  }

  /**
   * A fresh read inside a REPEATABLE READ or SERIALIZABLE transaction found the table rewritten
   * after the transaction's snapshot; reason {@code SNAPSHOT_TOO_OLD}.
   */
  public static StreamTableException snapshotTooOld(StreamTableName table, String sql) {
    return failure(
        Reason.SNAPSHOT_TOO_OLD,
        table,
        "stream table "
            + table
            + " was rewritten by a refresh (TRUNCATE) after this transaction took its snapshot,"
            + " so the transaction sees its storage empty or partly filled while the catalog"
            + " still describes the previous refresh. Roll the transaction back and run it again",
        sql,
        null,
        null);
  }

  /** Whether {@code e} says the caller's snapshot predates a rewrite of the table. */
  public static boolean isSnapshotTooOld(StreamTableException e) {
    return e.reason() == Reason.SNAPSHOT_TOO_OLD;
  }

  /**
   * A wait for freshness or a refresh ran out of {@code timeout}; reason {@code FRESHNESS_TIMEOUT}.
   *
   * @param what what was waited for
   * @param lastFreshness the last freshness read, or null
   * @param sql the statement that was cancelled, or null
   * @param sqlState its SQLState, or null
   * @param cause the underlying exception, or null
   */
  public static StreamTableException freshnessTimeout(
      StreamTableName table,
      String what,
      Duration timeout,
      Freshness lastFreshness,
      String sql,
      String sqlState,
      Throwable cause) {
    return failure(
        Reason.FRESHNESS_TIMEOUT,
        table,
        what
            + " within "
            + timeout
            + (lastFreshness == null ? "" : "; last seen: " + lastFreshness),
        sql,
        sqlState,
        cause);
  }

  /**
   * {@code refresh_stream_table} skipped the refresh because another was in progress; reason {@code
   * REFRESH_SKIPPED}.
   *
   * @param serverMessages the NOTICEs and INFOs the server sent, in order
   */
  public static StreamTableException refreshSkipped(
      StreamTableName table, List<String> serverMessages, String sql) {
    return failure(
        Reason.REFRESH_SKIPPED,
        table,
        "pgtrickle.refresh_stream_table did not refresh "
            + table
            + ": another refresh is already in progress"
            + (serverMessages.isEmpty()
                ? ""
                : " (server said: " + String.join("; ", serverMessages) + ")")
            + ". Use WhenBusy.WAIT_THEN_REFRESH to wait for it and refresh after it",
        sql,
        null,
        null);
  }

  /** A failure of {@code reason}, which must be one with no subtype of its own. */
  public static StreamTableException failure(
      Reason reason,
      StreamTableName table,
      String message,
      String sql,
      String state,
      Throwable cause) {
    return new StreamTableException(reason, table, message, sql, state, cause);
  }

  private static String advice(Path path, StreamTableName table, String privilegeAdvice) {
    if (privilegeAdvice != null) {
      return privilegeAdvice;
    }
    switch (path) {
      case LIFECYCLE:
        return lifecycleGrants(table);
      case DEFINITION:
        return "Creating, changing or dropping a stream table needs the role pgtrickle_admin, and"
            + " changing or dropping it ownership of it";
      default:
        return readGrants(table);
    }
  }
}
