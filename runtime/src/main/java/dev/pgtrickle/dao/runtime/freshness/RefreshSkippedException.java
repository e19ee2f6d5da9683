package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.List;

/**
 * {@code pgtrickle.refresh_stream_table} returned without refreshing because another refresh of the
 * same stream table was in progress (the extension only raises the NOTICE {@code refresh skipped:
 * ... another refresh is already in progress}), and the refresher's policy was {@link
 * WhenBusy#FAIL}. The other refresh may still be running, or may have failed.
 */
public class RefreshSkippedException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  /** An array, not a List: exceptions are Serializable and List is not. */
  private final String[] serverMessages;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param serverMessages the NOTICEs and INFOs the server sent, in order
   * @param sql the refresh statement
   */
  public RefreshSkippedException(
      StreamTableName streamTable, List<String> serverMessages, String sql) {
    super(
        streamTable,
        "pgtrickle.refresh_stream_table did not refresh "
            + streamTable
            + ": another refresh is already in progress"
            + (serverMessages.isEmpty()
                ? ""
                : " (server said: " + String.join("; ", serverMessages) + ")")
            + ". Use WhenBusy.WAIT_THEN_REFRESH to wait for it and refresh after it",
        sql,
        null,
        null);
    this.serverMessages = serverMessages.toArray(new String[0]);
  }

  /** The NOTICEs and INFOs the server sent during the skipped refresh, in order. */
  public List<String> serverMessages() {
    return List.of(serverMessages);
  }
}
