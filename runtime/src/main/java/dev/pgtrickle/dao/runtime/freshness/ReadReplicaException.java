package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * A refresh was attempted on a hot standby (SQLState {@code 22023}, "Cannot refresh stream tables
 * on a read replica"). Stream tables can be read on a standby, where they show the primary's state
 * at the replayed position, but only the primary refreshes them: give the {@link
 * StreamTableRefresher} a {@code DataSource} of the primary.
 */
public class ReadReplicaException extends StreamTableAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param serverMessage the server's message
   * @param sql the statement that failed
   * @param sqlState the server's SQLState
   * @param cause the driver's exception
   */
  public ReadReplicaException(
      StreamTableName streamTable,
      String serverMessage,
      String sql,
      String sqlState,
      Throwable cause) {
    super(
        streamTable,
        "cannot refresh stream table "
            + streamTable
            + " on a read replica ("
            + serverMessage
            + "). Give StreamTableRefresher a DataSource that connects to the primary",
        sql,
        sqlState,
        cause);
  }
}
