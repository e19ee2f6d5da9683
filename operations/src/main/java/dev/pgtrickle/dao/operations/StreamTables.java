package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Read-your-writes: mark the point after a write with {@link #markWrite(Connection)}, then wait
 * until a stream table reflects it with {@link #awaitFresherThan(StreamTableDao, FreshnessToken,
 * Duration)}, which polls the DAO's freshness with back-off and so works behind poolers and for
 * manual refreshes, or with {@link StreamTableWatcher#awaitFresherThan}, which also wakes on the
 * scheduler's events.
 *
 * <pre>{@code
 * FreshnessToken token = StreamTables.markWrite(connection); // after commit()
 * StreamTables.awaitFresherThan(orderTotalsDao, token, Duration.ofSeconds(10));
 * List<OrderTotals> totals = orderTotalsDao.findAll(); // includes the write
 * }</pre>
 */
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

  /**
   * Waits until {@code dao}'s stream table reflects the write that {@code token} marks: returns as
   * soon as the table is IMMEDIATE (and ACTIVE), or a refresh that started after the token has
   * completed. Reads {@code dao.freshness()} with back-off (10 ms doubling up to 1 s).
   *
   * @return the freshness that showed the write reflected
   * @throws dev.pgtrickle.dao.runtime.StreamTableException with reason {@code FRESHNESS_TIMEOUT}
   *     after {@code timeout}
   * @throws dev.pgtrickle.dao.runtime.StreamTableSuspendedException for a SUSPENDED or ERROR table,
   *     which nothing refreshes
   */
  public static Freshness awaitFresherThan(
      StreamTableDao<?> dao, FreshnessToken token, Duration timeout) {
    Objects.requireNonNull(dao, "dao");
    return FreshnessWait.await(
        dao.streamTable(), dao::freshness, token, timeout, null, null, FreshnessWait.MAX_PAUSE);
  }

  /**
   * {@link #awaitFresherThan(StreamTableDao, FreshnessToken, Duration)}, except that if the table
   * does not reflect the write yet, it runs one refresh with {@code refresher} ({@link
   * StreamTableRefresher.WhenBusy#WAIT_THEN_REFRESH}) instead of waiting for the scheduler.
   */
  public static Freshness awaitFresherThan(
      StreamTableDao<?> dao,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    Objects.requireNonNull(dao, "dao");
    return FreshnessWait.await(
        dao.streamTable(),
        dao::freshness,
        token,
        timeout,
        Objects.requireNonNull(refresher, "refresher"),
        null,
        FreshnessWait.MAX_PAUSE);
  }
}
