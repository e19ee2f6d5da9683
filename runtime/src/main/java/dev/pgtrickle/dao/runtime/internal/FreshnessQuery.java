package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.RefreshMode;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
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

  private FreshnessQuery() {}

  /** Reads {@code table}'s freshness on a connection from {@code dataSource}. */
  public static Freshness read(DataSource dataSource, StreamTableName table) {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, table);
    } catch (SQLException e) {
      throw translate(table, e);
    }
  }

  /** Reads {@code table}'s freshness on {@code connection}, which stays open. */
  public static Freshness read(Connection connection, StreamTableName table) {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      statement.setString(1, table.schema());
      statement.setString(2, table.name());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new StreamTableNotFoundException(
              table,
              "stream table " + table + " is not in pg_trickle's catalog"
                  + " (pgtrickle.pgt_stream_tables); check @StreamTableView's name and schema"
                  + " (exact case) and that the stream table was created in this database",
              SQL,
              null,
              null);
        }
        return map(table, row);
      }
    } catch (SQLException e) {
      throw translate(table, e);
    }
  }

  /** Maps the current row of a result set whose first columns are those of {@link #SQL}. */
  static Freshness map(StreamTableName table, ResultSet row) throws SQLException {
    long scheduleSeconds = row.getLong(4);
    Duration scheduleInterval = row.wasNull() ? null : Duration.ofSeconds(scheduleSeconds);
    return new Freshness(
        table,
        status(table, row.getString(1)),
        refreshMode(table, row.getString(2)),
        row.getString(3),
        scheduleInterval,
        row.getBoolean(5),
        row.getInt(6),
        instant(row, 7),
        instant(row, 8),
        instant(row, 9),
        instant(row, 10));
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

  private static StreamTableAccessException translate(StreamTableName table, SQLException e) {
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
