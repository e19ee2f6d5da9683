package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.freshness.FreshnessTimeoutException;
import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.FreshnessVerdict;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import dev.pgtrickle.dao.runtime.freshness.WhenBusy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Read-your-writes waiting: reads the catalog until a refresh that started after a {@link
 * FreshnessToken} has completed. Between reads it sleeps with exponential back-off (10 ms doubling
 * up to a maximum), and wakes early when {@code wake} is released, which the {@code
 * StreamTableWatcher} does on every event of the table. No busy spinning, and no LISTEN connection
 * needed for plain polling.
 */
public final class FreshnessWait {
  /** The first pause between two catalog reads. */
  public static final Duration FIRST_PAUSE = Duration.ofMillis(10);

  /** The longest pause between two catalog reads of a DAO's own wait. */
  public static final Duration MAX_PAUSE = Duration.ofSeconds(1);

  private FreshnessWait() {}

  /**
   * Waits, polling the catalog through {@code dataSource} with back-off up to {@link #MAX_PAUSE}.
   *
   * @param refresher if not null, and the table does not reflect the write yet, one refresh is run
   *     with it ({@link WhenBusy#WAIT_THEN_REFRESH}) instead of waiting for the scheduler
   */
  public static Freshness await(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    return await(dataSource, table, server, token, timeout, refresher, null, MAX_PAUSE);
  }

  /**
   * Waits, polling with back-off up to {@code maxPause} and waking early whenever {@code wake} (if
   * not null) is released.
   *
   * @return the freshness that showed the write reflected
   * @throws FreshnessTimeoutException if no such refresh completed within {@code timeout}
   * @throws StreamTableSuspendedException if the table is SUSPENDED or in ERROR state
   */
  public static Freshness await(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher,
      Semaphore wake,
      Duration maxPause) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Backoff backoff =
        new Backoff(FIRST_PAUSE, maxPause.compareTo(FIRST_PAUSE) > 0 ? maxPause : FIRST_PAUSE);
    Semaphore sleeper = wake != null ? wake : new Semaphore(0);
    boolean refreshed = false;
    while (true) {
      Freshness freshness = FreshnessQuery.read(dataSource, table, server);
      if (token.isCoveredBy(freshness)) {
        return freshness;
      }
      if (FreshnessVerdict.of(freshness).isSuspended()) {
        throw new StreamTableSuspendedException(freshness);
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new FreshnessTimeoutException(
            table,
            "no refresh of " + table + " that started after write " + token + " has completed",
            timeout,
            freshness,
            token,
            null,
            null,
            null);
      }
      if (refresher != null && !refreshed) {
        refreshed = true;
        refresher.refresh(table, WhenBusy.WAIT_THEN_REFRESH, Duration.ofNanos(remaining));
        continue;
      }
      try {
        if (sleeper.tryAcquire(Math.min(backoff.next(), remaining), TimeUnit.NANOSECONDS)) {
          sleeper.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StreamTableAccessException(
            table, "interrupted while waiting for a refresh of " + table, null, null, e);
      }
    }
  }
}
