package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the statements of DAOs and queries, each in a read-only transaction ({@link ReadOnly#query})
 * on a connection of a {@link ConnectionSource}. Every JDBC resource is closed on every path, and
 * every {@link SQLException} becomes a {@link dev.pgtrickle.dao.runtime.StreamTableException} that
 * names the stream table and keeps the SQL and SQLState.
 */
public final class Queries {
  private Queries() {}

  /** Runs {@code sql} on a connection of {@code source} and maps every row. */
  public static <T> List<T> list(
      ConnectionSource source,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    try {
      return source.list(sql, binder, mapper);
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  /** Runs {@code sql}, a {@code SELECT count(*)}, on a connection of {@code source}. */
  public static long count(
      ConnectionSource source, StreamTableName table, String sql, Binder binder) {
    try {
      return source.query(sql, binder, Queries::count);
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  private static long count(ResultSet resultSet) throws SQLException {
    resultSet.next();
    return resultSet.getLong(1);
  }

  /**
   * Streams the rows of {@code sql} through a server-side cursor on a connection of {@code source};
   * the pool's connection is returned when the stream is closed or fully consumed, the caller's
   * stays open.
   */
  public static <T> Stream<T> stream(
      ConnectionSource source,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    Connection connection;
    try {
      connection = source.open();
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
    return Cursor.open(connection, source.closesConnections(), table, sql, binder, mapper);
  }
}
