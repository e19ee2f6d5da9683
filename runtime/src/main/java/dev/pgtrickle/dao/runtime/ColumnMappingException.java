package dev.pgtrickle.dao.runtime;

import java.util.Optional;

/**
 * A value read from a stream table's column does not fit the record component it maps to, and was
 * not changed to make it fit: a column whose type cannot hold every value of the component exactly
 * ({@code numeric} into {@code long}, {@code text} into {@code int}), a value the Java type cannot
 * represent ({@code NaN} or {@code Infinity} into {@code BigDecimal}, {@code infinity} into a date
 * or time, {@code time '24:00'}), a fractional {@code numeric} read into a {@code BigInteger}, text
 * that names no constant of an enum, or an array of the wrong element type or dimension. Names the
 * stream table, the column, the record component, the expected type and what was found; its reason
 * is {@link Reason#COLUMN_MAPPING}.
 *
 * <p>A NULL read into a primitive component ({@code long}, {@code int}, {@code boolean}, ...) is
 * one too, with the reason {@link Reason#UNEXPECTED_NULL}: pg_trickle declares no user column NOT
 * NULL (group keys and aggregates over no rows really can be NULL), so a primitive component is a
 * promise the defining query must keep. Use the boxed type where NULL can occur, or keep NULL out
 * of the query ({@code COALESCE(SUM(x), 0)}).
 */
public class ColumnMappingException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  private final String component;
  private final String expected;
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param column the column's name as stored
   * @param component the record component, as {@code Record.component}
   * @param message what did not fit
   * @param cause the underlying exception, or null
   */
  public ColumnMappingException(
      StreamTableName streamTable,
      String column,
      String component,
      String message,
      Throwable cause) {
    this(streamTable, column, component, null, null, message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param column the column's name as stored
   * @param component the record component, as {@code Record.component}
   * @param expected what the component needs, e.g. {@code bigint, integer or smallint}, or null
   * @param actual what the column holds: its type, or the value that does not fit, or null
   * @param message what did not fit
   * @param cause the underlying exception, or null
   */
  public ColumnMappingException(
      StreamTableName streamTable,
      String column,
      String component,
      String expected,
      String actual,
      String message,
      Throwable cause) {
    this(Reason.COLUMN_MAPPING, streamTable, column, component, expected, actual, message, cause);
  }

  private ColumnMappingException(
      Reason reason,
      StreamTableName streamTable,
      String column,
      String component,
      String expected,
      String actual,
      String message,
      Throwable cause) {
    super(reason, streamTable, column, message, null, null, cause);
    this.component = component;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The exception for a NULL in {@code column}, read into the primitive record component {@code
   * component}; its reason is {@link Reason#UNEXPECTED_NULL}.
   *
   * @param streamTable the stream table read
   * @param column the column that held NULL
   * @param component the primitive record component, as {@code Record.component}
   */
  public static ColumnMappingException unexpectedNull(
      StreamTableName streamTable, String column, String component) {
    return new ColumnMappingException(
        Reason.UNEXPECTED_NULL,
        streamTable,
        column,
        component,
        "a non-null value",
        "NULL",
        "NULL in column \""
            + column
            + "\" of stream table "
            + streamTable.qualifiedName()
            + " cannot be read into primitive component "
            + component
            + "; declare the component with a boxed type, or keep NULL out of the defining query",
        null);
  }

  /** The record component the value was read into, as {@code Record.component}. */
  public String component() {
    return component;
  }

  /** What the component needs: the column types it can read exactly, when known. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** What was found instead: the column's type or the value that does not fit, when known. */
  public Optional<String> actual() {
    return Optional.ofNullable(actual);
  }
}
