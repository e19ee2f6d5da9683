package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.sql.SQLException;

/** Turns driver exceptions into this library's typed exceptions. */
public final class Failures {
  static final String UNDEFINED_TABLE = "42P01";
  static final String INSUFFICIENT_PRIVILEGE = "42501";

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
        "stream table " + table + " is not in pg_trickle's catalog (pgtrickle.pgt_stream_tables)"
            + consequence + "; check the name and schema (exact case, as in @StreamTableView) and"
            + " that the stream table was created in this database",
        sql,
        null,
        null);
  }

  /** Translates a failure of {@code sql}, run against stream table {@code table}. */
  public static StreamTableException translate(StreamTableName table, String sql, SQLException e) {
    String state = e.getSQLState();
    if (UNDEFINED_TABLE.equals(state)) {
      return new StreamTableNotFoundException(
          table,
          "stream table " + table + " does not exist: " + e.getMessage()
              + ". Check @StreamTableView's name and schema and that the stream table was created",
          sql,
          state,
          e);
    }
    String hint =
        INSUFFICIENT_PRIVILEGE.equals(state)
            ? ". The reading role needs USAGE on the schema and SELECT on " + table.sql()
            : "";
    return new StreamTableAccessException(
        table, "reading stream table " + table + " failed: " + e.getMessage() + hint, sql, state, e);
  }
}
