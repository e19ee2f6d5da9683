package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs single-row statements such as aggregates, on either a caller's connection (left open) or one
 * taken from a data source (closed before returning), in a read-only transaction. Every {@link
 * SQLException} becomes a {@link dev.pgtrickle.dao.runtime.StreamTableException} naming the stream
 * table and the SQL; every resource is closed on every path.
 */
public final class Statements {
  private Statements() {}

  /** Reads the value of a single-row statement from its row. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads from the current row; never advances it. */
    T read(ResultSet row) throws SQLException;
  }

  /**
   * Runs {@code sql}, a statement that returns exactly one row (an aggregate without {@code GROUP
   * BY}), and reads its value, on {@code connection} or a connection from {@code dataSource}.
   */
  public static <T> T single(
      DataSource dataSource,
      Connection connection,
      StreamTableName table,
      String sql,
      Binder binder,
      Reader<T> reader) {
    if (connection != null) {
      try {
        return single(connection, sql, binder, reader);
      } catch (SQLException e) {
        throw Failures.translate(table, sql, e);
      }
    }
    try (Connection owned = dataSource.getConnection()) {
      return single(owned, sql, binder, reader);
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  /**
   * Runs {@code sql}, which returns exactly one row, on {@code connection} in a read-only
   * transaction ({@link ReadOnly#query}) and reads it.
   */
  public static <T> T single(Connection connection, String sql, Binder binder, Reader<T> reader)
      throws SQLException {
    return ReadOnly.query(
        connection,
        sql,
        binder,
        row -> {
          if (!row.next()) {
            throw new SQLException("the statement returned no row, where one was expected");
          }
          return reader.read(row);
        });
  }
}
