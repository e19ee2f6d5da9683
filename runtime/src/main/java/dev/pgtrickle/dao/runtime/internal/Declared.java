package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * What the generated implementations of {@code @StreamTableRepository} interfaces call besides
 * {@link Queries} and {@code Select}: checking how many rows a {@code @Query} returned, reading a
 * scalar, binding a named parameter, escaping a value for {@code IgnoreCase}.
 */
public final class Declared {
  private static final String EXACTLY_ONE = "exactly one row";
  private static final String AT_MOST_ONE = "at most one row";

  private Declared() {}

  /**
   * The only element of {@code rows}.
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there are none or several
   */
  public static <T> T one(List<T> rows, StreamTableName table, String sql) {
    if (rows.size() != 1) {
      throw Failures.unexpectedRowCount(table, EXACTLY_ONE, rows.size(), sql);
    }
    return rows.get(0);
  }

  /**
   * The only element of {@code rows}, empty if there is none (or it is null).
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there are several
   */
  public static <T> Optional<T> optional(List<T> rows, StreamTableName table, String sql) {
    if (rows.size() > 1) {
      throw Failures.unexpectedRowCount(table, AT_MOST_ONE, rows.size(), sql);
    }
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  /**
   * {@code value}, which a method returning a primitive cannot return as null.
   *
   * @param method the method, as {@code OrderTotalsQueries.total}, for the message
   */
  public static <T> T present(T value, StreamTableName table, String method) {
    if (value == null) {
      throw ColumnMappingException.unexpectedNull(table, "the first column of the query", method);
    }
    return value;
  }

  /** Reads the first column of each row as {@code kind}. */
  public static <T> RowMapper<T> firstColumn(ValueKind<T> kind, StreamTableName table) {
    return row -> kind.read(row, 1, table, "the first column of the query");
  }

  /** Binds {@code value} as {@code kind}, or SQL NULL when it is null. */
  public static <T> void bind(PreparedStatement statement, int index, ValueKind<T> kind, T value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else {
      kind.bind(statement, index, value);
    }
  }

  /**
   * {@code value} as a {@code LIKE} pattern that matches exactly it: {@code \}, {@code %} and
   * {@code _} escaped, for derived finders' {@code IgnoreCase} ({@code "col" ILIKE ?}).
   */
  public static String literalPattern(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder pattern = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }
}
