package dev.pgtrickle.dao.runtime;

/**
 * A value read from a stream table's column does not fit the record component it maps to: for
 * example text that names no constant of an enum, a fractional {@code numeric} read into a
 * {@code BigInteger}, or an array of the wrong element type. Names the stream table, the column and
 * the record component.
 */
public class ColumnMappingException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String component;

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
      StreamTableName streamTable, String column, String component, String message, Throwable cause) {
    super(streamTable, message, null, null, cause);
    this.column = column;
    this.component = component;
  }

  /** The column's name, as stored. */
  public String column() {
    return column;
  }

  /** The record component the value was read into, as {@code Record.component}. */
  public String component() {
    return component;
  }
}
