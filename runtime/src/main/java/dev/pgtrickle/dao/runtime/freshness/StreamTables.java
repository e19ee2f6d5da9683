package dev.pgtrickle.dao.runtime.freshness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Read-your-writes support that works on the application's own connections. */
public final class StreamTables {
  static final String MARK_WRITE_SQL =
      "SELECT clock_timestamp(), pg_current_xact_id_if_assigned() IS NOT NULL";

  private StreamTables() {}

  /**
   * Marks the point after a write: call it on the writing connection once the write has committed,
   * and pass the token to {@link StreamTableWatcher#awaitFresherThan}.
   *
   * <p>It reads the server's {@code clock_timestamp()} in a new statement. The commit was
   * acknowledged before that statement was sent, so the time read is after the commit, on the same
   * clock that stamps refreshes; this is what makes "a refresh started after the token" mean "a
   * refresh that can see the write" (see {@link FreshnessToken}).
   *
   * <p>It refuses to run inside a transaction that has written and not committed ({@code
   * pg_current_xact_id_if_assigned()} is set): the write would not be visible to any refresh yet.
   * In auto-commit mode that cannot happen. Without auto-commit, call it after {@code commit()};
   * the query then opens a new, read-only transaction that the caller ends as usual.
   *
   * @throws IllegalStateException if the connection's transaction has uncommitted writes
   * @throws SQLException if the query fails
   */
  public static FreshnessToken markWrite(Connection connection) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    try (PreparedStatement statement = connection.prepareStatement(MARK_WRITE_SQL);
        ResultSet row = statement.executeQuery()) {
      row.next();
      OffsetDateTime serverTime = row.getObject(1, OffsetDateTime.class);
      if (row.getBoolean(2)) {
        throw new IllegalStateException(
            "StreamTables.markWrite was called inside a transaction that has written and not"
                + " committed; no refresh can see that write yet. Call it after commit()");
      }
      return FreshnessToken.at(serverTime.toInstant());
    }
  }
}
