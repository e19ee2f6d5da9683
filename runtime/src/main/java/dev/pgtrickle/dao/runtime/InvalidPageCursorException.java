package dev.pgtrickle.dao.runtime;

/**
 * A page cursor ({@link PageRequest#after(String, int)}) could not be used: it is not a cursor this
 * library wrote (not Base64url, truncated, another version), or it belongs to another stream table
 * or ordering. Cursors usually come from clients (a {@code ?after=} parameter), so a REST endpoint
 * should answer this with {@code 400 Bad Request}. Nothing was read. Its reason is {@link
 * Reason#INVALID_PAGE_CURSOR}.
 */
public class InvalidPageCursorException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table the page was asked of
   * @param problem what is wrong with the cursor
   */
  public InvalidPageCursorException(StreamTableName streamTable, String problem) {
    super(
        Reason.INVALID_PAGE_CURSOR,
        streamTable,
        null,
        "invalid page cursor for stream table "
            + streamTable
            + ": "
            + problem
            + "; pass the nextCursor() of a page of the same query, or none for the first page",
        null,
        null,
        null);
  }
}
