package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs single-row statements such as aggregates, on a connection of a {@link ConnectionSource}, in
 * a read-only transaction. Every {@link SQLException} becomes a {@link
 * dev.pgtrickle.dao.runtime.StreamTableException} naming the stream table and the SQL; every
 * resource is closed on every path.
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
   * BY}), and reads its value, on a connection of {@code source}.
   */
  public static <T> T single(
      ConnectionSource source, StreamTableName table, String sql, Binder binder, Reader<T> reader) {
    try {
      return source.query(sql, binder, row -> read(row, reader));
    } catch (SQLException e) {
      throw Failures.translate(table, sql, e);
    }
  }

  private static <T> T read(ResultSet row, Reader<T> reader) throws SQLException {
    if (!row.next()) {
      throw new SQLException("the statement returned no row, where one was expected");
    }
    return reader.read(row);
  }
}
