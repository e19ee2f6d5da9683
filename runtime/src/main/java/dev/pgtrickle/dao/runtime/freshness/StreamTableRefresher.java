package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.internal.Backoff;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.RefreshFailures;
import dev.pgtrickle.dao.runtime.internal.ServerMessages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Refreshes stream tables on demand with {@code pgtrickle.refresh_stream_table}, and says truly
 * what happened.
 *
 * <h2>Why a type of its own, apart from the read DAOs</h2>
 *
 * A refresh writes: the stream table (TRUNCATE and INSERT, or a MERGE), pg_trickle's catalog, its
 * refresh history and its change buffers, all with the caller's privileges (no pg_trickle
 * function is {@code SECURITY DEFINER}). A read DAO needs only {@code SELECT}. Keeping refresh on
 * this separate, injectable type lets the application read through a read-only role's
 * {@code DataSource} and give this class, only where refreshing is wanted, a {@code DataSource}
 * of a role allowed to refresh (in practice the stream tables' owner). A DAO can never refresh by
 * accident, and the read role never needs write privileges.
 *
 * <h2>What a call does</h2>
 *
 * <ul>
 *   <li>It takes its own connection from the {@code DataSource} and runs the refresh in its own
 *       transaction, never in a caller's: the extension's {@code SET LOCAL
 *       pg_trickle.internal_refresh} and {@code row_security = off} last until that transaction
 *       ends, and they end at the commit here. (So do not give it a {@code DataSource} that hands
 *       out the caller's transaction-bound connection.)
 *   <li>It detects a <em>skipped</em> refresh. When another refresh holds the table's lock,
 *       pg_trickle only raises the NOTICE {@code refresh skipped: ... another refresh is already
 *       in progress} and returns normally. A call counts as refreshed only when there was no such
 *       NOTICE <em>and</em>, read back in the same transaction, {@code last_refresh_at} is not
 *       older than the transaction's start ({@code now()}, which is what a refresh writes there);
 *       the second check still works when a pool sets {@code client_min_messages} above NOTICE.
 *   <li>On a skip it follows its {@link WhenBusy} policy. To wait, it queues (in a new
 *       transaction) for the two locks a refresh takes, the transaction-level advisory lock on
 *       the table's {@code pgt_id} and the catalog row; both are granted the moment the running
 *       refresh commits or rolls back, so there is no polling. Holding them, it either accepts the
 *       other refresh (when {@code last_refresh_at} moved) or refreshes itself; the extension's
 *       own lock attempts then succeed, because a session may take a lock it holds again.
 *   <li>Everything, waiting and refreshing, is bounded by the timeout, enforced by the server
 *       with a transaction-local {@code statement_timeout}.
 * </ul>
 *
 * <p>Errors are typed: {@link StreamTableNotFoundException} (no such stream table,
 * {@code 42P01}), {@link StreamTableSuspendedException} (SUSPENDED or ERROR, {@code 22023}, with
 * the statement that resumes it), {@link ReadReplicaException} (a standby, {@code 22023}),
 * {@link StreamTablePrivilegeException} ({@code 42501}), {@link RefreshSkippedException}
 * ({@link WhenBusy#FAIL}), {@link FreshnessTimeoutException}; anything else is a
 * {@link StreamTableAccessException}.
 *
 * <p>Immutable and thread-safe; each call uses its own connection.
 */
public final class StreamTableRefresher {
  private static final String CANNOT_REFRESH = ", so it cannot be refreshed";

  /** The default timeout for a call, waiting included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

  static final String PREPARE_SQL =
      "SELECT st.pgt_id, st.last_refresh_at, set_config('statement_timeout', ?, true)"
          + " FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = ? AND st.pgt_name = ?";
  static final String WAIT_FOR_ADVISORY_LOCK_SQL = "SELECT pg_advisory_xact_lock(?)";
  static final String WAIT_FOR_CATALOG_ROW_SQL =
      "SELECT st.last_refresh_at FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_id = ?"
          + " FOR UPDATE";
  static final String REFRESH_SQL = "SELECT pgtrickle.refresh_stream_table(?)";
  static final String READ_BACK_SQL =
      "SELECT " + FreshnessQuery.ALIASED_SELECT_LIST + ", transaction_timestamp()"
          + " FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = ? AND st.pgt_name = ?";

  private static final Duration RETRY_INITIAL = Duration.ofMillis(10);
  private static final Duration RETRY_MAX = Duration.ofMillis(500);

  private final DataSource dataSource;
  private final WhenBusy whenBusy;
  private final Duration timeout;

  /**
   * A refresher with {@link WhenBusy#WAIT_THEN_REFRESH} and the {@link #DEFAULT_TIMEOUT}.
   *
   * @param dataSource connections of a role allowed to refresh, on the primary
   */
  public StreamTableRefresher(DataSource dataSource) {
    this(dataSource, WhenBusy.WAIT_THEN_REFRESH, DEFAULT_TIMEOUT);
  }

  /**
   * A refresher with the given defaults.
   *
   * @param dataSource connections of a role allowed to refresh, on the primary
   * @param whenBusy what to do when another refresh is in progress
   * @param timeout the time a call may take, waiting included; positive
   */
  public StreamTableRefresher(DataSource dataSource, WhenBusy whenBusy, Duration timeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.whenBusy = Objects.requireNonNull(whenBusy, "whenBusy");
    this.timeout = checkTimeout(timeout);
  }

  /** The policy for a refresh already in progress. */
  public WhenBusy whenBusy() {
    return whenBusy;
  }

  /** The time a call may take, waiting included. */
  public Duration timeout() {
    return timeout;
  }

  /** Refreshes {@code table} with this refresher's policy and timeout. */
  public RefreshResult refresh(StreamTableName table) {
    return refresh(table, whenBusy, timeout);
  }

  /**
   * Refreshes {@code table} in a transaction of its own.
   *
   * @param table the stream table
   * @param whenBusy what to do when another refresh is in progress
   * @param timeout the time the call may take, waiting included; positive
   * @return what happened
   */
  public RefreshResult refresh(StreamTableName table, WhenBusy whenBusy, Duration timeout) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(whenBusy, "whenBusy");
    long start = System.nanoTime();
    long deadline = start + checkTimeout(timeout).toNanos();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try {
        return refresh(connection, table, whenBusy, timeout, start, deadline);
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw RefreshFailures.translate(table, "refreshing", null, e);
    }
  }

  private RefreshResult refresh(
      Connection connection,
      StreamTableName table,
      WhenBusy whenBusy,
      Duration timeout,
      long start,
      long deadline) {
    Attempt first = attempt(connection, table, false, false, null, timeout, deadline);
    if (first.outcome != null) {
      return first.result(Duration.ZERO);
    }
    if (whenBusy == WhenBusy.FAIL) {
      throw new RefreshSkippedException(table, first.messages, REFRESH_SQL);
    }
    Backoff backoff = new Backoff(RETRY_INITIAL, RETRY_MAX);
    while (true) {
      Attempt next =
          attempt(
              connection,
              table,
              true,
              whenBusy == WhenBusy.WAIT,
              first.lastRefreshBefore,
              timeout,
              deadline);
      if (next.outcome != null) {
        return next.result(Duration.ofNanos(System.nanoTime() - start));
      }
      // Still skipped although this session held both locks: a refresh that locks differently.
      long pause = Math.min(backoff.next(), deadline - System.nanoTime());
      if (pause <= 0) {
        throw new FreshnessTimeoutException(
            table, "another refresh of " + table + " kept " + table + " busy", timeout,
            next.freshness, null, REFRESH_SQL, null, null);
      }
      sleep(table, pause);
    }
  }

  /**
   * One transaction: look the table up and arm the timeout; when {@code waiting}, queue for the
   * locks and, if {@code acceptOther}, accept a refresh that completed after
   * {@code refreshedBefore} (the {@code last_refresh_at} seen before the first attempt); refresh;
   * read back; commit if it refreshed, else roll back.
   */
  private Attempt attempt(
      Connection connection,
      StreamTableName table,
      boolean waiting,
      boolean acceptOther,
      Instant refreshedBefore,
      Duration timeout,
      long deadline) {
    String sql = PREPARE_SQL;
    try {
      long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (remainingMillis <= 0) {
        throw new FreshnessTimeoutException(
            table, "refreshing " + table + " did not finish", timeout, null, null, null, null,
            null);
      }
      long pgtId;
      Instant lastRefreshBefore;
      try (PreparedStatement statement = connection.prepareStatement(PREPARE_SQL)) {
        statement.setString(1, Long.toString(remainingMillis));
        statement.setString(2, table.schema());
        statement.setString(3, table.name());
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next()) {
            throw Failures.notInCatalog(table, PREPARE_SQL, CANNOT_REFRESH);
          }
          pgtId = row.getLong(1);
          lastRefreshBefore = instant(row, 2);
        }
      }
      if (waiting) {
        sql = WAIT_FOR_ADVISORY_LOCK_SQL;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setLong(1, pgtId);
          statement.executeQuery().close();
        }
        sql = WAIT_FOR_CATALOG_ROW_SQL;
        Instant lastRefreshNow;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setLong(1, pgtId);
          try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
              throw Failures.notInCatalog(table, WAIT_FOR_CATALOG_ROW_SQL, CANNOT_REFRESH);
            }
            lastRefreshNow = instant(row, 1);
          }
        }
        if (acceptOther && isAfter(lastRefreshNow, refreshedBefore)) {
          ReadBack back = readBack(connection, table);
          connection.commit();
          return new Attempt(
              RefreshResult.Outcome.COMPLETED_BY_OTHER, back, List.of(), lastRefreshBefore);
        }
      }
      sql = REFRESH_SQL;
      List<String> messages = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, table.qualifiedName());
        statement.executeQuery().close();
        ServerMessages.drain(statement, messages);
      }
      sql = READ_BACK_SQL;
      ReadBack back = readBack(connection, table);
      boolean skippedNotice = messages.stream().anyMatch(m -> m.contains("refresh skipped"));
      boolean refreshed =
          !skippedNotice && !back.freshness.lastRefreshAt().orElse(Instant.MIN).isBefore(back.now);
      if (refreshed) {
        connection.commit();
        return new Attempt(
            waiting ? RefreshResult.Outcome.REFRESHED_AFTER_WAIT : RefreshResult.Outcome.REFRESHED,
            back,
            messages,
            lastRefreshBefore);
      }
      connection.rollback();
      return new Attempt(null, back, messages, lastRefreshBefore);
    } catch (SQLException e) {
      rollbackQuietly(connection, e);
      if (RefreshFailures.isStatementTimeout(e)) {
        throw new FreshnessTimeoutException(
            table,
            waiting
                ? "another refresh of " + table + " was still running, or this one did not finish,"
                : "refreshing " + table + " did not finish",
            timeout, null, null, sql, e.getSQLState(), e);
      }
      throw RefreshFailures.translate(table, "refreshing", sql, e);
    } catch (RuntimeException e) {
      rollbackQuietly(connection, e);
      throw e;
    }
  }

  private static ReadBack readBack(Connection connection, StreamTableName table)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(READ_BACK_SQL)) {
      statement.setString(1, table.schema());
      statement.setString(2, table.name());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw Failures.notInCatalog(table, READ_BACK_SQL, CANNOT_REFRESH);
        }
        return new ReadBack(
            FreshnessQuery.map(table, row, 1), instant(row, FreshnessQuery.COLUMN_COUNT + 1));
      }
    }
  }

  private static boolean isAfter(Instant value, Instant since) {
    return value != null && (since == null || value.isAfter(since));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static void rollbackQuietly(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  static void sleep(StreamTableName table, long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StreamTableAccessException(
          table, "interrupted while waiting for a refresh of " + table, null, null, e);
    }
  }

  static Duration checkTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return timeout;
  }

  private static final class ReadBack {
    final Freshness freshness;
    final Instant now;

    ReadBack(Freshness freshness, Instant now) {
      this.freshness = freshness;
      this.now = now;
    }
  }

  /** One transaction's result: an outcome, or null when the refresh was skipped. */
  private static final class Attempt {
    final RefreshResult.Outcome outcome;
    final Freshness freshness;
    final boolean dataChanged;
    final List<String> messages;
    final Instant lastRefreshBefore;

    Attempt(
        RefreshResult.Outcome outcome,
        ReadBack back,
        List<String> messages,
        Instant lastRefreshBefore) {
      this.outcome = outcome;
      this.freshness = back.freshness;
      Instant refreshedAt = back.freshness.lastRefreshAt().orElse(null);
      this.dataChanged =
          refreshedAt != null && refreshedAt.equals(back.freshness.dataTimestamp().orElse(null));
      this.messages = messages;
      this.lastRefreshBefore = lastRefreshBefore;
    }

    RefreshResult result(Duration waited) {
      return new RefreshResult(outcome, dataChanged, waited, freshness, messages);
    }
  }

}
