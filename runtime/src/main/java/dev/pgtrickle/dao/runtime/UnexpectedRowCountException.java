package dev.pgtrickle.dao.runtime;

/**
 * A query expected exactly one row ({@link Select#one()}) or at most one ({@link
 * Select#optional()}) and found another number. Names the stream table, the SQL and how many rows
 * the query selects; when there were several, they were counted by a second statement right after
 * the first, on the same connection.
 */
public class UnexpectedRowCountException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  private final long rowCount;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table queried
   * @param expected what was expected, for example {@code "exactly one row"}
   * @param rowCount how many rows the query selects
   * @param sql the statement run
   */
  public UnexpectedRowCountException(
      StreamTableName streamTable, String expected, long rowCount, String sql) {
    super(
        streamTable,
        "expected "
            + expected
            + " from stream table "
            + streamTable
            + " but the query selects "
            + (rowCount == 0 ? "none" : rowCount + " rows"),
        sql,
        null,
        null);
    this.rowCount = rowCount;
  }

  /** How many rows the query selects: 0, or 2 or more. */
  public long rowCount() {
    return rowCount;
  }
}
