package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Reads column values that need more than one {@link ResultSet} getter. Generated mappers read the
 * simple types (strings, numbers, dates) with the plain getters and call these for the rest.
 */
public final class Rows {
  private Rows() {}

  /** Reads a nullable {@code boolean}. */
  public static Boolean getBooleanOrNull(ResultSet row, int index) throws SQLException {
    boolean value = row.getBoolean(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a nullable {@code smallint}. */
  public static Short getShortOrNull(ResultSet row, int index) throws SQLException {
    short value = row.getShort(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a nullable {@code integer}. */
  public static Integer getIntOrNull(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a nullable {@code bigint}. */
  public static Long getLongOrNull(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a nullable {@code real}. */
  public static Float getFloatOrNull(ResultSet row, int index) throws SQLException {
    float value = row.getFloat(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a nullable {@code double precision}. */
  public static Double getDoubleOrNull(ResultSet row, int index) throws SQLException {
    double value = row.getDouble(index);
    return row.wasNull() ? null : value;
  }

  /** Reads a {@code numeric} as a {@link BigInteger}; a fractional value is an error. */
  public static BigInteger getBigInteger(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    BigDecimal value = row.getBigDecimal(index);
    if (value == null) {
      return null;
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ColumnMappingException(
          table, column, component,
          "column \"" + column + "\" of stream table " + table + " holds " + value
              + ", which has a fraction and cannot be read into BigInteger component " + component
              + "; use BigDecimal",
          e);
    }
  }

  /** Reads a {@code bytea} {@code __pgt_row_id} as a {@link RowIdentity}; null for SQL NULL. */
  public static RowIdentity getRowId(ResultSet row, int index) throws SQLException {
    byte[] bytes = row.getBytes(index);
    return bytes == null ? null : RowIdentity.of(bytes);
  }

  /** Reads a {@code timestamptz} as an {@link Instant}. */
  public static Instant getInstant(ResultSet row, int index) throws SQLException {
    OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Reads the text of an enum constant, naming the column if no constant matches. */
  public static <E extends Enum<E>> E getEnum(
      ResultSet row,
      int index,
      Function<String, E> valueOf,
      StreamTableName table,
      String column,
      String component)
      throws SQLException {
    String text = row.getString(index);
    if (text == null) {
      return null;
    }
    try {
      return valueOf.apply(text);
    } catch (IllegalArgumentException e) {
      throw new ColumnMappingException(
          table, column, component,
          "column \"" + column + "\" of stream table " + table + " holds '" + text
              + "', which names no constant of enum component " + component,
          e);
    }
  }

  /** Reads a {@code text[]} (or {@code varchar[]}) as an unmodifiable list. */
  public static List<String> getStringList(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    if (elements instanceof String[] strings) {
      return Collections.unmodifiableList(Arrays.asList(strings));
    }
    throw wrongElements(elements, "text[]", table, column, component);
  }

  /** Reads a {@code bigint[]}, {@code integer[]} or {@code smallint[]} as an unmodifiable list. */
  public static List<Long> getLongList(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    if (elements instanceof Long[] longs) {
      return Collections.unmodifiableList(Arrays.asList(longs));
    }
    if (elements instanceof Integer[] || elements instanceof Short[]) {
      Long[] widened = new Long[elements.length];
      for (int i = 0; i < elements.length; i++) {
        widened[i] = elements[i] == null ? null : ((Number) elements[i]).longValue();
      }
      return Collections.unmodifiableList(Arrays.asList(widened));
    }
    throw wrongElements(elements, "bigint[]", table, column, component);
  }

  /** Reads an {@code integer[]} or {@code smallint[]} as an unmodifiable list. */
  public static List<Integer> getIntegerList(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    if (elements instanceof Integer[] ints) {
      return Collections.unmodifiableList(Arrays.asList(ints));
    }
    if (elements instanceof Short[]) {
      Integer[] widened = new Integer[elements.length];
      for (int i = 0; i < elements.length; i++) {
        widened[i] = elements[i] == null ? null : ((Short) elements[i]).intValue();
      }
      return Collections.unmodifiableList(Arrays.asList(widened));
    }
    throw wrongElements(elements, "integer[]", table, column, component);
  }

  private static Object[] elements(ResultSet row, int index) throws SQLException {
    Array array = row.getArray(index);
    if (array == null) {
      return null;
    }
    try {
      // pgjdbc returns boxed element arrays (Long[], String[], ...) from getArray().
      return (Object[]) array.getArray();
    } finally {
      array.free();
    }
  }

  private static ColumnMappingException wrongElements(
      Object[] elements,
      String expected,
      StreamTableName table,
      String column,
      String component) {
    return new ColumnMappingException(
        table, column, component,
        "column \"" + column + "\" of stream table " + table + " is an array of "
            + elements.getClass().getComponentType().getSimpleName() + ", but component "
            + component + " needs " + expected + "; cast the column in the defining query",
        null);
  }
}
