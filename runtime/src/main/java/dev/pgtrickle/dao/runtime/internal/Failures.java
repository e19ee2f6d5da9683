package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.LockTimeoutException;
import dev.pgtrickle.dao.runtime.StatementTimeoutException;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import java.sql.SQLException;

/**
 * The one translator of driver exceptions into this library's typed exceptions, for every read:
 *
 * <table>
 *   <caption>SQLState to exception</caption>
 *   <tr><th>SQLState</th><th>exception</th></tr>
 *   <tr><td>{@code 42P01}</td><td>{@link StreamTableNotFoundException}</td></tr>
 *   <tr><td>{@code 42501}</td><td>{@link StreamTablePrivilegeException}, with the grants a
 *       read needs</td></tr>
 *   <tr><td>{@code 57014}</td><td>{@link StatementTimeoutException}</td></tr>
 *   <tr><td>{@code 55P03}</td><td>{@link LockTimeoutException}</td></tr>
 *   <tr><td>any other</td><td>{@link StreamTableAccessException}</td></tr>
 * </table>
 */
public final class Failures {
  public static final String UNDEFINED_TABLE = "42P01";
  public static final String INSUFFICIENT_PRIVILEGE = "42501";
  public static final String QUERY_CANCELED = "57014";
  public static final String LOCK_NOT_AVAILABLE = "55P03";

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

  /**
   * The grants a read of {@code table} and its freshness needs on pg_trickle 0.108, for {@code
   * 42501} messages.
   */
  public static String readGrants(StreamTableName table) {
    String schema = "\"" + table.schema().replace("\"", "\"\"") + "\"";
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

  /** Translates a failure of {@code sql}, a read of stream table {@code table}. */
  public static StreamTableException translate(StreamTableName table, String sql, SQLException e) {
    return translate(table, "reading stream table " + table, sql, e);
  }

  /**
   * Translates a failure of {@code sql} while {@code doing} something with {@code table}, for
   * example {@code "reading stream table public.t"}.
   */
  public static StreamTableException translate(
      StreamTableName table, String doing, String sql, SQLException e) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage());
    if (state == null) {
      return new StreamTableAccessException(table, doing + " failed: " + message, sql, null, e);
    }
    switch (state) {
      case UNDEFINED_TABLE:
        return new StreamTableNotFoundException(
            table,
            doing
                + " failed, it does not exist: "
                + message
                + ". Check @StreamTableView's name and schema and that the stream table was"
                + " created",
            sql,
            state,
            e);
      case INSUFFICIENT_PRIVILEGE:
        return new StreamTablePrivilegeException(
            table, doing + " was refused: " + message + ". " + readGrants(table), sql, state, e);
      case QUERY_CANCELED:
        return new StatementTimeoutException(
            table, doing + " was cancelled: " + message, sql, state, e);
      case LOCK_NOT_AVAILABLE:
        return new LockTimeoutException(
            table,
            doing
                + " waited too long for a lock: "
                + message
                + ". A FULL refresh's TRUNCATE, or"
                + " DDL on the stream table, holds ACCESS EXCLUSIVE until it commits",
            sql,
            state,
            e);
      default:
        return new StreamTableAccessException(table, doing + " failed: " + message, sql, state, e);
    }
  }
}
