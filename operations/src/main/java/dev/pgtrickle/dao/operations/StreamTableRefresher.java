package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.operations.internal.ServerMessages;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import dev.pgtrickle.dao.runtime.internal.Backoff;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.ServerCheck;
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
 * Refreshes, pauses and resumes stream tables on demand with pg_trickle's {@code
 * refresh_stream_table}, {@code pause_stream_table} and {@code resume_stream_table}, and says truly
 * what happened.
 *
 * <h2>Who may call it</h2>
 *
 * On pg_trickle 0.108 these functions are {@code SECURITY DEFINER}: they check that the caller owns
 * the stream table (or is a superuser), and {@code EXECUTE} on them is revoked from PUBLIC and
 * granted to the role {@code pgtrickle_operator}. Give this class a {@code DataSource} of the
 * tables' owner holding {@code pgtrickle_operator} (and USAGE on the tables' schema). That is all
 * it needs: it reads no pg_trickle catalog table and locks no catalog row; it only sets two
 * transaction-local settings and calls the function. A caller without ownership or without the role
 * gets {@link InsufficientPrivilegeException} saying so. If the role may also read {@code
 * pgtrickle.pgt_stream_tables}, each result carries the table's freshness read back in the
 * refresh's own transaction ({@link RefreshResult#freshness()}).
 *
 * <h2>Why a type of its own, apart from the read DAOs</h2>
 *
 * A refresh writes the stream table, and pg_trickle lets only the owner ask for it. A read DAO
 * needs only {@code SELECT}. Keeping refresh on this separate, injectable type lets the application
 * read through a read-only role's {@code DataSource} and give this class, only where refreshing is
 * wanted, the owner's. A DAO can never refresh by accident, and the read role never needs
 * ownership.
 *
 * <h2>What a refresh does</h2>
 *
 * <ul>
 *   <li>It takes its own connection and runs the refresh in its own transaction, never in a
 *       caller's: the extension's {@code SET LOCAL pg_trickle.internal_refresh} and {@code
 *       row_security = off} last until that transaction ends. (So do not give it a {@code
 *       DataSource} that hands out the caller's transaction-bound connection.)
 *   <li>It passes the name as {@code "schema"."name"} ({@link StreamTableName#sql()}), which
 *       0.108's quote-aware parser reads back exactly, whatever the name holds.
 *   <li>It detects a <em>skipped</em> refresh. When another refresh holds the table's lock,
 *       pg_trickle only raises the NOTICE {@code refresh skipped: ... another refresh is already in
 *       progress} and returns normally; pgjdbc reports it as a {@code SQLWarning}. The transaction
 *       sets {@code client_min_messages} to {@code notice} locally, so a pool that raised it cannot
 *       hide the NOTICE. When the role can read the catalog, a {@code last_refresh_at} older than
 *       the transaction's start is a second sign.
 *   <li>Two manual refreshes of pg_trickle 0.92 and later do not skip each other: each first passes
 *       the extension's capture gate, which updates one row in the refreshing transaction, so a
 *       second one waits (bounded by the timeout) until the first commits, then refreshes. Skips
 *       come from the scheduler, whose refresh holds the table's advisory lock.
 *   <li>On a skip it follows its {@link StreamTableRefresher.WhenBusy} policy: {@link
 *       StreamTableRefresher.WhenBusy#FAIL} throws (reason {@code REFRESH_SKIPPED}); {@link
 *       StreamTableRefresher.WhenBusy#WAIT_THEN_REFRESH} tries again, in a new transaction, with
 *       back-off (10 ms doubling to 500 ms), until its own refresh runs. (It cannot queue on the
 *       extension's advisory lock, whose key is the catalog's {@code pgt_id}, which an operator may
 *       not read.)
 *   <li>Everything, waiting and refreshing, is bounded by the timeout, enforced by the server with
 *       a transaction-local {@code statement_timeout} and by the client between tries.
 * </ul>
 *
 * <p>Errors are typed by the one SQLState translator ({@code docs/errors.md}): {@link
 * StreamTableNotFoundException} (no such stream table, {@code 42P01}), {@link
 * StreamTableSuspendedException} (SUSPENDED or ERROR, {@code 22023}, with the statement that
 * resumes it), {@link InsufficientPrivilegeException} ({@code 42501}: not the owner, or no {@code
 * pgtrickle_operator}); every other failure is a {@link StreamTableException} whose {@link
 * StreamTableException#reason() reason} says which: {@code READ_REPLICA} (a standby), {@code
 * EXTERNAL_ORCHESTRATION} (refreshed by an external coordinator), {@code CAPTURE_QUARANTINED} or
 * {@code CAPTURE_QUIESCED} (pg_trickle's change capture is not ready), {@code REFRESH_SKIPPED}
 * ({@link WhenBusy#FAIL}), {@code FRESHNESS_TIMEOUT}, {@code NOT_SUSPENDED} (a resume of an ACTIVE
 * table), {@code UNSUPPORTED_PG_TRICKLE}.
 *
 * <p>Immutable and thread-safe; each call uses its own connection. It asks the server for its
 * pg_trickle release once and keeps the answer.
 */
public final class StreamTableRefresher {
  /** The default timeout for a call, waiting included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

  static final String PREPARE_SQL =
      "SELECT set_config('statement_timeout', ?, true),"
          + " set_config('client_min_messages', 'notice', true),"
          + " has_table_privilege('pgtrickle.pgt_stream_tables', 'SELECT')";
  static final String REFRESH_SQL = "SELECT pgtrickle.refresh_stream_table(?)";
  static final String PAUSE_SQL = "SELECT pgtrickle.pause_stream_table(?)";
  static final String RESUME_SQL = "SELECT pgtrickle.resume_stream_table(?)";
  static final String READ_BACK_SQL =
      "SELECT "
          + FreshnessQuery.ALIASED_SELECT_LIST
          + ", transaction_timestamp()"
          + " FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = ? AND st.pgt_name = ?";

  private static final Duration RETRY_INITIAL = Duration.ofMillis(10);
  private static final Duration RETRY_MAX = Duration.ofMillis(500);

  private final DataSource dataSource;
  private final StreamTableRefresher.WhenBusy whenBusy;
  private final Duration timeout;
  private final ServerCheck server = new ServerCheck();

  /**
   * A refresher with {@link StreamTableRefresher.WhenBusy#WAIT_THEN_REFRESH} and the {@link
   * #DEFAULT_TIMEOUT}.
   *
   * @param dataSource connections of the tables' owner holding {@code pgtrickle_operator}, on the
   *     primary
   */
  public StreamTableRefresher(DataSource dataSource) {
    this(dataSource, StreamTableRefresher.WhenBusy.WAIT_THEN_REFRESH, DEFAULT_TIMEOUT);
  }

  /**
   * A refresher with the given defaults.
   *
   * @param dataSource connections of the tables' owner holding {@code pgtrickle_operator}, on the
   *     primary
   * @param whenBusy what to do when another refresh is in progress
   * @param timeout the time a call may take, waiting included; positive
   */
  public StreamTableRefresher(
      DataSource dataSource, StreamTableRefresher.WhenBusy whenBusy, Duration timeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.whenBusy = Objects.requireNonNull(whenBusy, "whenBusy");
    this.timeout = checkTimeout(timeout);
  }

  /** The policy for a refresh already in progress. */
  public StreamTableRefresher.WhenBusy whenBusy() {
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
  public RefreshResult refresh(
      StreamTableName table, StreamTableRefresher.WhenBusy whenBusy, Duration timeout) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(whenBusy, "whenBusy");
    long start = System.nanoTime();
    long deadline = start + checkTimeout(timeout).toNanos();
    StreamTableObserver observer = StreamTableObserver.of(dataSource);
    try {
      RefreshResult result = refreshUntil(table, whenBusy, timeout, start, deadline);
      observer.refreshed(table, "done");
      return result;
    } catch (StreamTableException e) {
      observer.refreshed(
          table, e.reason() == StreamTableException.Reason.REFRESH_SKIPPED ? "skipped" : "failed");
      throw e;
    } catch (RuntimeException | Error e) {
      observer.refreshed(table, "failed");
      throw e;
    }
  }

  private RefreshResult refreshUntil(
      StreamTableName table,
      StreamTableRefresher.WhenBusy whenBusy,
      Duration timeout,
      long start,
      long deadline) {
    return inTransaction(
        table,
        REFRESH_SQL,
        connection -> {
          Backoff backoff = new Backoff(RETRY_INITIAL, RETRY_MAX);
          boolean waited = false;
          while (true) {
            Attempt attempt = attempt(connection, table, timeout, deadline);
            if (attempt.refreshed) {
              return new RefreshResult(
                  table,
                  waited
                      ? RefreshResult.Outcome.REFRESHED_AFTER_WAIT
                      : RefreshResult.Outcome.REFRESHED,
                  waited ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO,
                  attempt.freshness,
                  attempt.messages);
            }
            if (whenBusy == StreamTableRefresher.WhenBusy.FAIL) {
              throw Failures.refreshSkipped(table, attempt.messages, REFRESH_SQL);
            }
            waited = true;
            long pause = Math.min(backoff.next(), deadline - System.nanoTime());
            if (pause <= 0) {
              throw Failures.freshnessTimeout(
                  table,
                  "another refresh of " + table + " kept " + table + " busy",
                  timeout,
                  attempt.freshness,
                  REFRESH_SQL,
                  null,
                  null);
            }
            sleep(table, pause);
          }
        });
  }

  /**
   * A read policy that refreshes a table older than {@code maxStaleness} (or not populated) with
   * this refresher before returning its rows: {@code
   * query().listFresh(refresher.refreshing(budget))}. The refresh uses {@link
   * WhenBusy#WAIT_THEN_REFRESH} and this refresher's timeout, so the rows read after it are at most
   * as old as the call. See {@link ReadPolicy#refresh}.
   *
   * @param maxStaleness the budget, or null to use the table's own target or schedule
   */
  public ReadPolicy refreshing(Duration maxStaleness) {
    return ReadPolicy.refresh(
        maxStaleness, table -> refresh(table, WhenBusy.WAIT_THEN_REFRESH, timeout));
  }

  /**
   * Suspends {@code table} with {@code pgtrickle.pause_stream_table} (pg_trickle 0.79 and later):
   * its status becomes SUSPENDED, the scheduler leaves it alone, and an IMMEDIATE table stops
   * applying writes until it is resumed (and then rebuilt). Needs ownership and {@code
   * pgtrickle_operator}, like a refresh. Runs in a transaction of its own, within the refresher's
   * timeout.
   *
   * @return the messages the server sent
   */
  public List<String> pause(StreamTableName table) {
    return lifecycle(table, "pausing", PAUSE_SQL);
  }

  /**
   * Resumes a SUSPENDED or ERROR {@code table} with {@code pgtrickle.resume_stream_table}: status
   * ACTIVE, errors reset. Resuming an ACTIVE table fails ({@code 22023}, a {@link
   * StreamTableException} with the server's message). Needs ownership and {@code
   * pgtrickle_operator}. Runs in a transaction of its own, within the refresher's timeout.
   *
   * @return the messages the server sent, for example {@code Stream table s.t resumed (pgt_id=N)}
   */
  public List<String> resume(StreamTableName table) {
    return lifecycle(table, "resuming", RESUME_SQL);
  }

  private List<String> lifecycle(StreamTableName table, String doing, String sql) {
    Objects.requireNonNull(table, "table");
    long deadline = System.nanoTime() + timeout.toNanos();
    return inTransaction(
        table,
        sql,
        connection -> {
          try {
            prepare(connection, table, timeout, deadline);
            List<String> messages = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
              statement.setString(1, table.sql());
              statement.executeQuery().close();
              ServerMessages.drain(statement, messages);
            }
            connection.commit();
            return messages;
          } catch (SQLException e) {
            rollbackQuietly(connection, e);
            if (Failures.isStatementTimeout(e)) {
              throw Failures.freshnessTimeout(
                  table,
                  doing + " " + table + " did not finish",
                  timeout,
                  null,
                  sql,
                  e.getSQLState(),
                  e);
            }
            throw Failures.translate(
                Failures.Path.LIFECYCLE, table, doing + " stream table " + table, sql, e);
          } catch (RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
          }
        });
  }

  /** Runs {@code work} on a connection of its own with auto-commit off, restored after. */
  private <R> R inTransaction(StreamTableName table, String sql, Work<R> work) {
    try (Connection connection = dataSource.getConnection()) {
      server.verify(connection, table);
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try {
        return work.run(connection);
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw Failures.translate(
          Failures.Path.LIFECYCLE, table, "refreshing stream table " + table, sql, e);
    }
  }

  /** One unit of work on the refresher's connection. */
  @FunctionalInterface
  private interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  /**
   * One transaction: arm the timeout and the NOTICE level, refresh, read back if the catalog is
   * readable; commit if it refreshed, else roll back.
   */
  private Attempt attempt(
      Connection connection, StreamTableName table, Duration timeout, long deadline) {
    String sql = PREPARE_SQL;
    try {
      boolean catalogReadable = prepare(connection, table, timeout, deadline);
      sql = REFRESH_SQL;
      List<String> messages = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, table.sql());
        statement.executeQuery().close();
        ServerMessages.drain(statement, messages);
      }
      boolean refreshed = messages.stream().noneMatch(m -> m.contains("refresh skipped"));
      Freshness freshness = null;
      if (catalogReadable) {
        sql = READ_BACK_SQL;
        ReadBack back = readBack(connection, table);
        freshness = back.freshness;
        refreshed &= !freshness.lastRefreshAt().orElse(Instant.MIN).isBefore(back.now);
      }
      if (refreshed) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return new Attempt(refreshed, freshness, messages);
    } catch (SQLException e) {
      rollbackQuietly(connection, e);
      if (Failures.isStatementTimeout(e)) {
        throw Failures.freshnessTimeout(
            table,
            "refreshing " + table + " did not finish",
            timeout,
            null,
            sql,
            e.getSQLState(),
            e);
      }
      throw Failures.translate(
          Failures.Path.LIFECYCLE, table, "refreshing stream table " + table, sql, e);
    } catch (RuntimeException e) {
      rollbackQuietly(connection, e);
      throw e;
    }
  }

  /**
   * Sets the transaction's {@code statement_timeout} to what is left and its {@code
   * client_min_messages} to {@code notice}; returns whether the role may read the catalog.
   */
  private static boolean prepare(
      Connection connection, StreamTableName table, Duration timeout, long deadline)
      throws SQLException {
    long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (remainingMillis <= 0) {
      throw Failures.freshnessTimeout(
          table, "refreshing " + table + " did not finish", timeout, null, null, null, null);
    }
    try (PreparedStatement statement = connection.prepareStatement(PREPARE_SQL)) {
      statement.setString(1, Long.toString(remainingMillis));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(3);
      }
    }
  }

  private static ReadBack readBack(Connection connection, StreamTableName table)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(READ_BACK_SQL)) {
      statement.setString(1, table.schema());
      statement.setString(2, table.name());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw Failures.notInCatalog(table, READ_BACK_SQL, ", so it cannot be refreshed");
        }
        return new ReadBack(
            FreshnessQuery.map(table, row, 1), instant(row, FreshnessQuery.COLUMN_COUNT + 1));
      }
    }
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
      throw Failures.failure(
          StreamTableException.Reason.FRESHNESS_TIMEOUT,
          table,
          "interrupted while waiting for a refresh of " + table,
          null,
          null,
          e);
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

  /** One transaction's result. */
  private static final class Attempt {
    final boolean refreshed;
    final Freshness freshness;
    final List<String> messages;

    Attempt(boolean refreshed, Freshness freshness, List<String> messages) {
      this.refreshed = refreshed;
      this.freshness = freshness;
      this.messages = messages;
    }
  }

  /**
   * What {@link StreamTableRefresher} does when {@code pgtrickle.refresh_stream_table} skips the
   * refresh because another one is in progress (a scheduler run or another session's manual
   * refresh). The extension then returns normally after a NOTICE, so without this a caller would
   * believe it had refreshed.
   */
  public enum WhenBusy {
    /**
     * Try again, with back-off, until this call's own refresh runs. On return a refresh that
     * started after the call began has completed, so the table reflects every write committed
     * before the call. The default.
     */
    WAIT_THEN_REFRESH,
    /** Do not wait: throw a {@link StreamTableException} with reason {@code REFRESH_SKIPPED}. */
    FAIL
  }
}
