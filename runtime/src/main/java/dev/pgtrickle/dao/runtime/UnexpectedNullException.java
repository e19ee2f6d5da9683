package dev.pgtrickle.dao.runtime;

/**
 * A NULL was read from a column whose record component is a primitive ({@code long}, {@code int},
 * {@code boolean}, ...). pg_trickle declares no user column NOT NULL (group keys and aggregates
 * over no rows really can be NULL), so a primitive component is a promise the defining query must
 * keep. Use the boxed type ({@code Long}, ...) where NULL can occur, or make the query never
 * produce it (for example {@code COALESCE(SUM(x), 0)}).
 */
public class UnexpectedNullException extends ColumnMappingException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param column the column that held NULL
   * @param component the primitive record component, as {@code Record.component}
   */
  public UnexpectedNullException(StreamTableName streamTable, String column, String component) {
    super(
        streamTable,
        column,
        component,
        "NULL in column \""
            + column
            + "\" of stream table "
            + streamTable.qualifiedName()
            + " cannot be read into primitive component "
            + component
            + "; declare the component with a boxed type, or keep NULL out of the defining query",
        null);
  }
}
