package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.RefreshMode;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Reads a {@link Freshness} from {@code pgtrickle.pgt_stream_tables} in one statement. Catalog
 * columns are selected by name (their order differs on upgraded installs), and the server's clock
 * comes from the same statement, so ages never mix clocks.
 */
public final class FreshnessQuery {
  /** The statement; parameters are the schema and the table name, exactly as stored. */
  public static final String SQL =
      "SELECT st.status, st.refresh_mode, st.schedule,"
          + " pgtrickle.parse_duration_seconds(st.schedule) AS schedule_seconds,"
          + " st.is_populated, st.consecutive_errors, st.last_refresh_at, st.data_timestamp,"
          + " st.created_at, statement_timestamp() AS server_time"
          + " FROM pgtrickle.pgt_stream_tables st"
          + " WHERE st.pgt_schema = ? AND st.pgt_name = ?";

  /** How many columns {@link #map(StreamTableName, ResultSet, int)} reads. */
  public static final int COLUMN_COUNT = 10;

  /**
   * The select list of {@link #SQL} with every column aliased {@code __pgt_fresh_*}, so that it
   * can sit next to a stream table's columns in one statement without making any of their names
   * ambiguous (pg_trickle reserves the {@code __pgt_} prefix).
   */
  public static final String ALIASED_SELECT_LIST =
      "st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
          + " st.schedule AS __pgt_fresh_schedule,"
          + " pgtrickle.parse_duration_seconds(st.schedule) AS __pgt_fresh_schedule_seconds,"
          + " st.is_populated AS __pgt_fresh_is_populated,"
          + " st.consecutive_errors AS __pgt_fresh_consecutive_errors,"
          + " st.last_refresh_at AS __pgt_fresh_last_refresh_at,"
          + " st.data_timestamp AS __pgt_fresh_data_timestamp,"
          + " st.created_at AS __pgt_fresh_created_at,"
          + " statement_timestamp() AS __pgt_fresh_server_time";

  /**
   * Whether the storage table was rewritten after the reading snapshot was taken: the file the
   * relation cache reads ({@code pg_relation_filenode}, always the latest) differs from the
   * {@code relfilenode} of the {@code pg_class} row the statement's snapshot sees. True only for a
   * REPEATABLE READ or SERIALIZABLE transaction that took its snapshot before a concurrent
   * {@code TRUNCATE} (a FULL refresh) committed, which then reads the new, differently filled
   * storage through its old snapshot. One more column after {@link #COLUMN_COUNT} in
   * {@link FreshSql#HEAD}.
   */
  public static final String REWRITTEN_COLUMN =
      "pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
          + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid)"
          + " AS __pgt_fresh_rewritten";

  /**
   * Renders {@code text} as a PostgreSQL string literal. An escape string ({@code E'...'}) is used
   * when the text holds a backslash, so the literal means the same whatever
   * {@code standard_conforming_strings} is set to.
   */
  public static String literal(String text) {
    String quoted = text.replace("'", "''");
    if (quoted.indexOf('\\') >= 0) {
      return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
    return "'" + quoted + "'";
  }

  private FreshnessQuery() {}

  /** Reads {@code table}'s freshness on a connection from {@code dataSource}. */
  public static Freshness read(DataSource dataSource, StreamTableName table) {
    try (Connection connection = dataSource.getConnection()) {
      return ReadOnly.query(connection, SQL, statement -> bindName(statement, table),
          row -> read(row, table));
    } catch (SQLException e) {
      throw translate(table, e);
    }
  }

  /**
   * Reads {@code table}'s freshness on {@code connection}, which stays open, in a read-only
   * transaction when it is in auto-commit mode ({@link ReadOnly}).
   */
  public static Freshness read(Connection connection, StreamTableName table) {
    try {
      return ReadOnly.query(connection, SQL, statement -> bindName(statement, table),
          row -> read(row, table));
    } catch (SQLException e) {
      throw translate(table, e);
    }
  }

  private static void bindName(PreparedStatement statement, StreamTableName table)
      throws SQLException {
    statement.setString(1, table.schema());
    statement.setString(2, table.name());
  }

  private static Freshness read(ResultSet row, StreamTableName table) throws SQLException {
    if (!row.next()) {
      throw Failures.notInCatalog(table, SQL, "");
    }
    return map(table, row);
  }

  /** Maps the current row of a result set whose first columns are those of {@link #SQL}. */
  static Freshness map(StreamTableName table, ResultSet row) throws SQLException {
    return map(table, row, 1);
  }

  /**
   * Maps the current row of a result set in which the columns of {@link #SQL} start at column
   * {@code first}.
   */
  public static Freshness map(StreamTableName table, ResultSet row, int first)
      throws SQLException {
    int at = first - 1;
    long scheduleSeconds = row.getLong(at + 4);
    Duration scheduleInterval = row.wasNull() ? null : Duration.ofSeconds(scheduleSeconds);
    return new Freshness(
        table,
        status(table, row.getString(at + 1)),
        refreshMode(table, row.getString(at + 2)),
        row.getString(at + 3),
        scheduleInterval,
        row.getBoolean(at + 5),
        row.getInt(at + 6),
        instant(row, at + 7),
        instant(row, at + 8),
        instant(row, at + 9),
        instant(row, at + 10));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static StreamTableStatus status(StreamTableName table, String text) {
    try {
      return StreamTableStatus.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown(table, "status", text, e);
    }
  }

  private static RefreshMode refreshMode(StreamTableName table, String text) {
    try {
      return RefreshMode.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown(table, "refresh_mode", text, e);
    }
  }

  private static StreamTableAccessException unknown(
      StreamTableName table, String column, String text, RuntimeException cause) {
    return new StreamTableAccessException(
        table,
        "pg_trickle's catalog holds " + column + " '" + text + "' for " + table
            + ", which this version of pgtrickle-dao does not know",
        SQL,
        null,
        cause);
  }

  static StreamTableAccessException translate(StreamTableName table, SQLException e) {
    String state = e.getSQLState();
    String hint;
    if (Failures.UNDEFINED_TABLE.equals(state)) {
      hint = ". Is the pg_trickle extension installed in this database?";
    } else if (Failures.INSUFFICIENT_PRIVILEGE.equals(state)) {
      hint =
          ". Reading freshness needs USAGE ON SCHEMA pgtrickle and"
              + " SELECT ON pgtrickle.pgt_stream_tables";
    } else {
      hint = "";
    }
    return new StreamTableAccessException(
        table,
        "reading the freshness of stream table " + table + " failed: " + e.getMessage() + hint,
        SQL,
        state,
        e);
  }
}
