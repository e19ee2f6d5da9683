package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads column values exactly, or not at all. Generated mappers check each column's type once per
 * result set ({@link ValueKind#check}), then read the simple types with the plain getters, which
 * are exact for the accepted types, and call these for the values a Java type may not represent:
 * {@code NaN} and {@code Infinity} in {@code numeric}, {@code infinity} in dates and timestamps,
 * {@code time '24:00'}, fractions in a {@code BigInteger}, unknown enum names, arrays of the wrong
 * element type or dimension. Each is a {@link ColumnMappingException} naming the stream table, the
 * column, the component, what the component needs and what was found; no value is ever changed to
 * fit.
 */
public final class Rows {
  private Rows() {}

  /**
   * Whether the mapper is on the first row of its result set, where it checks the column types
   * once. A driver that does not count rows ({@code getRow()} is optional for forward-only results)
   * gets the check on every row.
   */
  public static boolean firstRow(ResultSet row) throws SQLException {
    return row.getRow() <= 1;
  }

  /**
   * Whether the {@link java.sql.Types#TIMESTAMP} column at {@code index} has a time zone. pgjdbc
   * reports {@code timestamp} and {@code timestamptz} with the same JDBC type, and their names only
   * through a catalog query; but JDBC defines a datetime column's precision as the length of its
   * text form, which for {@code timestamptz} includes the offset ({@code +00:00}): 35 characters
   * against 29 for microseconds, 28 against 22 without a fraction.
   */
  static boolean zoned(ResultSetMetaData columns, int index) throws SQLException {
    int scale = columns.getScale(index);
    int fraction = scale > 0 ? scale + 1 : 0;
    return columns.getPrecision(index) - fraction > 25;
  }

  /**
   * Throws a {@link ColumnMappingException} (reason {@code UNEXPECTED_NULL}) if the column last
   * read from {@code row} was NULL: a primitive component, which cannot hold NULL, reads it.
   *
   * @param column the column, as stored
   * @param component the component as {@code Record.component}
   */
  public static void notNull(ResultSet row, StreamTableName table, String column, String component)
      throws SQLException {
    if (row.wasNull()) {
      throw ColumnMappingException.unexpectedNull(table, column, component);
    }
  }

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

  /** Reads a {@code numeric}; {@code NaN} and {@code ±Infinity} are a mapping error. */
  public static BigDecimal getBigDecimal(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    try {
      return row.getBigDecimal(index);
    } catch (SQLException e) {
      throw unrepresentable(
          row, index, "a finite numeric", "BigDecimal", table, column, component, e);
    }
  }

  /** Reads a {@code numeric} as a {@link BigInteger}; a fractional value is an error. */
  public static BigInteger getBigInteger(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    BigDecimal value = getBigDecimal(row, index, table, column, component);
    if (value == null) {
      return null;
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ColumnMappingException(
          table,
          column,
          component,
          "a numeric without a fraction",
          value.toPlainString(),
          "column \""
              + column
              + "\" of stream table "
              + table
              + " holds "
              + value
              + ", which has a fraction and cannot be read into BigInteger component "
              + component
              + "; use BigDecimal",
          e);
    }
  }

  /** Reads a {@code bytea} {@code __pgt_row_id} as a {@link RowIdentity}; null for SQL NULL. */
  public static RowIdentity getRowId(ResultSet row, int index) throws SQLException {
    byte[] bytes = row.getBytes(index);
    return bytes == null ? null : RowIdentity.of(bytes);
  }

  /** Reads a {@code date}; {@code ±infinity} is a mapping error. */
  public static LocalDate getLocalDate(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    LocalDate value = object(row, index, LocalDate.class, "date", table, column, component);
    if (value == LocalDate.MAX || value == LocalDate.MIN) {
      throw infinite(row, index, "date", "LocalDate", table, column, component);
    }
    return value;
  }

  /** Reads a {@code time}; {@code 24:00:00}, which {@link LocalTime} cannot hold, is an error. */
  public static LocalTime getLocalTime(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    LocalTime value = object(row, index, LocalTime.class, "time", table, column, component);
    // PostgreSQL keeps microseconds, so only its 24:00:00 reads as LocalTime.MAX.
    if (LocalTime.MAX.equals(value)) {
      throw new ColumnMappingException(
          table,
          column,
          component,
          "a time before 24:00:00",
          "24:00:00",
          "column \""
              + column
              + "\" of stream table "
              + table
              + " holds time 24:00:00, which"
              + " LocalTime component "
              + component
              + " cannot represent; map it in the defining"
              + " query (for example CASE WHEN t = '24:00' THEN ... END) or read an interval",
          null);
    }
    return value;
  }

  /** Reads a {@code timestamp}; {@code ±infinity} is a mapping error. */
  public static LocalDateTime getLocalDateTime(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    LocalDateTime value =
        object(row, index, LocalDateTime.class, "timestamp", table, column, component);
    if (value == LocalDateTime.MAX || value == LocalDateTime.MIN) {
      throw infinite(row, index, "timestamp", "LocalDateTime", table, column, component);
    }
    return value;
  }

  /** Reads a {@code timestamptz} in UTC; {@code ±infinity} is a mapping error. */
  public static OffsetDateTime getOffsetDateTime(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    return finiteTimestamptz(row, index, "OffsetDateTime", table, column, component);
  }

  /** Reads a {@code timestamptz} as an {@link Instant}; {@code ±infinity} is a mapping error. */
  public static Instant getInstant(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    OffsetDateTime value = finiteTimestamptz(row, index, "Instant", table, column, component);
    return value == null ? null : value.toInstant();
  }

  /** A {@code timestamptz} for a component of {@code javaType}; {@code ±infinity} is refused. */
  private static OffsetDateTime finiteTimestamptz(
      ResultSet row,
      int index,
      String javaType,
      StreamTableName table,
      String column,
      String component)
      throws SQLException {
    OffsetDateTime value =
        object(row, index, OffsetDateTime.class, "timestamptz", table, column, component);
    if (value == OffsetDateTime.MAX || value == OffsetDateTime.MIN) {
      throw infinite(row, index, "timestamptz", javaType, table, column, component);
    }
    return value;
  }

  /** Reads a {@code uuid}. */
  public static UUID getUuid(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    return object(row, index, UUID.class, "uuid", table, column, component);
  }

  private static <T> T object(
      ResultSet row,
      int index,
      Class<T> type,
      String expected,
      StreamTableName table,
      String column,
      String component)
      throws SQLException {
    try {
      return row.getObject(index, type);
    } catch (SQLException | ClassCastException e) {
      throw wrongType(row.getMetaData(), index, expected, table, column, component, e);
    } catch (DateTimeException e) {
      // pgjdbc 42.7 cannot parse the text form of a BC leap day ('3057-02-29 BC', ISO year
      // -3056), which PostgreSQL holds; its binary form (after prepareThreshold) it reads.
      String text = row.getString(index);
      throw new ColumnMappingException(
          table,
          column,
          component,
          expected + " the driver can read",
          text,
          "column \""
              + column
              + "\" of stream table "
              + table
              + " holds "
              + expected
              + " '"
              + text
              + "', which the JDBC driver failed to read into component "
              + component
              + ": "
              + e.getMessage(),
          e);
    }
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
          table,
          column,
          component,
          "the name of a constant",
          "'" + text + "'",
          "column \""
              + column
              + "\" of stream table "
              + table
              + " holds '"
              + text
              + "', which names no constant of enum component "
              + component,
          e);
    }
  }

  /** Reads a one-dimensional {@code text[]} (or {@code varchar[]}) as an unmodifiable list. */
  public static List<String> getStringList(
      ResultSet row, int index, StreamTableName table, String column, String component)
      throws SQLException {
    Object[] elements = elements(row, index, "text[]", table, column, component);
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
    Object[] elements = elements(row, index, "bigint[]", table, column, component);
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
    Object[] elements = elements(row, index, "integer[]", table, column, component);
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

  private static Object[] elements(
      ResultSet row,
      int index,
      String expected,
      StreamTableName table,
      String column,
      String component)
      throws SQLException {
    Array array;
    try {
      array = row.getArray(index);
    } catch (SQLException e) {
      throw wrongType(row.getMetaData(), index, expected, table, column, component, e);
    }
    if (array == null) {
      return null;
    }
    try {
      // pgjdbc returns boxed element arrays (Long[], String[], ...) from getArray().
      Object elements = array.getArray();
      if (elements instanceof Object[] boxed) {
        return boxed;
      }
      throw new ColumnMappingException(
          table,
          column,
          component,
          expected,
          elements.getClass().getSimpleName(),
          "column \""
              + column
              + "\" of stream table "
              + table
              + " is an array of primitive "
              + elements.getClass().getComponentType()
              + ", but component "
              + component
              + " needs "
              + expected,
          null);
    } finally {
      array.free();
    }
  }

  /**
   * The column at {@code index} has a type whose values the component cannot hold exactly; the
   * column's real type name is looked up for the message (this path only).
   */
  static ColumnMappingException wrongType(
      ResultSetMetaData columns,
      int index,
      String expected,
      StreamTableName table,
      String column,
      String component,
      Throwable cause)
      throws SQLException {
    String actual = columns.getColumnTypeName(index);
    return new ColumnMappingException(
        table,
        column,
        component,
        expected,
        actual,
        "column \""
            + column
            + "\" of stream table "
            + table
            + " is "
            + actual
            + ", but component "
            + component
            + " reads exactly only "
            + expected
            + "; change the component's type, or"
            + " cast the column in the defining query. If the stream table was altered or"
            + " recreated after start-up, run the schema verification again"
            + " (SchemaVerifier.verifyAll in pgtrickle-dao-schema) to list every difference",
        cause);
  }

  private static ColumnMappingException infinite(
      ResultSet row,
      int index,
      String type,
      String javaType,
      StreamTableName table,
      String column,
      String component)
      throws SQLException {
    String text = row.getString(index);
    return new ColumnMappingException(
        table,
        column,
        component,
        "a finite " + type,
        text,
        "column \""
            + column
            + "\" of stream table "
            + table
            + " holds "
            + type
            + " '"
            + text
            + "', which "
            + javaType
            + " component "
            + component
            + " cannot represent; keep"
            + " infinities out of the defining query (for example NULLIF(c, 'infinity'))",
        null);
  }

  private static ColumnMappingException unrepresentable(
      ResultSet row,
      int index,
      String expected,
      String javaType,
      StreamTableName table,
      String column,
      String component,
      SQLException cause)
      throws SQLException {
    String text = row.getString(index);
    return new ColumnMappingException(
        table,
        column,
        component,
        expected,
        text,
        "column \""
            + column
            + "\" of stream table "
            + table
            + " holds '"
            + text
            + "', which "
            + javaType
            + " component "
            + component
            + " cannot represent",
        cause);
  }

  private static ColumnMappingException wrongElements(
      Object[] elements, String expected, StreamTableName table, String column, String component) {
    Class<?> element = elements.getClass().getComponentType();
    if (element.isArray()) {
      return new ColumnMappingException(
          table,
          column,
          component,
          "a one-dimensional " + expected,
          "a multi-dimensional array",
          "column \""
              + column
              + "\" of stream table "
              + table
              + " holds a multi-dimensional"
              + " array, but component "
              + component
              + " reads a one-dimensional "
              + expected
              + "; unnest it in the defining query or keep arrays one-dimensional",
          null);
    }
    return new ColumnMappingException(
        table,
        column,
        component,
        expected,
        element.getSimpleName() + "[]",
        "column \""
            + column
            + "\" of stream table "
            + table
            + " is an array of "
            + element.getSimpleName()
            + ", but component "
            + component
            + " needs "
            + expected
            + "; cast the column in the defining query",
        null);
  }
}
