package dev.pgtrickle.dao.runtime;

/**
 * A keyset page ({@link Select#page}) ended between two rows that its ordering cannot tell apart:
 * the last row of the page and the first row after it have the same values in every key. The next
 * page, which seeks after those values, would skip the rows that tie, so the page is refused
 * instead. The ordering must be total: end it with columns that identify a row, for example the
 * group key of the stream table's defining query ({@code TOTAL.desc().then(REGION.asc())}).
 */
public class NonUniqueOrderException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table read
   * @param order the ordering, as SQL
   * @param sql the statement run
   */
  public NonUniqueOrderException(StreamTableName streamTable, String order, String sql) {
    super(
        streamTable,
        "the ordering"
            + order
            + " of stream table "
            + streamTable
            + " is not unique: rows with"
            + " the same keys straddle a page boundary, so keyset pages would skip some; end the"
            + " ordering with columns that identify a row",
        sql,
        null,
        null);
  }
}
