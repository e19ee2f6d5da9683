package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Runs the statements of generated DAOs, each in a read-only transaction ({@link ReadOnly#query}).
 * Every JDBC resource is closed on every path, and every {@link SQLException} becomes a {@link
 * dev.pgtrickle.dao.runtime.StreamTableException} that names the stream table and keeps the SQL and
 * SQLState.
 */
public final class Queries {
  private Queries() {}

  /** Runs {@code sql} on a connection from {@code dataSource} and maps every row. */
  public static <T> List<T> list(
      DataSource dataSource,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    try (Connection connection = dataSource.getConnection()) {
      return ReadOnly.query(connection, sql, binder, rows -> rows(rows, mapper));
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  /** Runs {@code sql} on {@code connection} and maps every row; the connection stays open. */
  public static <T> List<T> list(
      Connection connection,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    try {
      return ReadOnly.query(connection, sql, binder, rows -> rows(rows, mapper));
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  private static <T> List<T> rows(ResultSet resultSet, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    while (resultSet.next()) {
      rows.add(mapper.map(resultSet));
    }
    return rows;
  }

  /** Runs {@code sql}, a {@code SELECT count(*)}, on a connection from {@code dataSource}. */
  public static long count(
      DataSource dataSource, StreamTableName table, String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection()) {
      return ReadOnly.query(connection, sql, binder, Queries::count);
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  /** Runs {@code sql}, a {@code SELECT count(*)}, on {@code connection}. */
  public static long count(
      Connection connection, StreamTableName table, String sql, Binder binder) {
    try {
      return ReadOnly.query(connection, sql, binder, Queries::count);
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  private static long count(ResultSet resultSet) throws SQLException {
    resultSet.next();
    return resultSet.getLong(1);
  }

  /**
   * Streams the rows of {@code sql} through a server-side cursor on a connection from {@code
   * dataSource}; the connection is returned when the stream is closed or fully consumed.
   */
  public static <T> Stream<T> stream(
      DataSource dataSource,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
    return Cursor.open(connection, true, table, sql, binder, mapper);
  }

  /** Streams the rows of {@code sql} through a server-side cursor on {@code connection}. */
  public static <T> Stream<T> stream(
      Connection connection,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    return Cursor.open(connection, false, table, sql, binder, mapper);
  }
}
