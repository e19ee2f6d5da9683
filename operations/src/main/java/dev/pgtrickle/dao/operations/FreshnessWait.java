package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import dev.pgtrickle.dao.runtime.internal.Backoff;
import dev.pgtrickle.dao.runtime.internal.Failures;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Read-your-writes waiting: reads the catalog until a refresh that started after a {@link
 * FreshnessToken} has completed. Between reads it sleeps with exponential back-off (10 ms doubling
 * up to a maximum), and wakes early when {@code wake} is released, which the {@code
 * StreamTableWatcher} does on every event of the table. No busy spinning, and no LISTEN connection
 * needed for plain polling.
 */
final class FreshnessWait {
  /** The first pause between two catalog reads. */
  static final Duration FIRST_PAUSE = Duration.ofMillis(10);

  /** The longest pause between two catalog reads of a DAO's own wait. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(1);

  private FreshnessWait() {}

  /**
   * Waits, reading the table's freshness with {@code read} and sleeping with back-off up to {@code
   * maxPause} in between, waking early whenever {@code wake} (if not null) is released.
   *
   * @param refresher if not null, and the table does not reflect the write yet, one refresh is run
   *     with it ({@link StreamTableRefresher.WhenBusy#WAIT_THEN_REFRESH}) instead of waiting for
   *     the scheduler
   * @return the freshness that showed the write reflected
   * @throws StreamTableException with reason {@code FRESHNESS_TIMEOUT} if no such refresh completed
   *     within {@code timeout}
   * @throws StreamTableSuspendedException if the table is SUSPENDED or in ERROR state
   */
  static Freshness await(
      StreamTableName table,
      Supplier<Freshness> read,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher,
      Semaphore wake,
      Duration maxPause) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(read, "read");
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
      Freshness freshness = read.get();
      if (token.isCoveredBy(freshness)) {
        return freshness;
      }
      if (Fresh.Verdict.of(freshness).isSuspended()) {
        throw new StreamTableSuspendedException(freshness);
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw Failures.freshnessTimeout(
            table,
            "no refresh of " + table + " that started after write " + token + " has completed",
            timeout,
            freshness,
            null,
            null,
            null);
      }
      if (refresher != null && !refreshed) {
        refreshed = true;
        refresher.refresh(
            table, StreamTableRefresher.WhenBusy.WAIT_THEN_REFRESH, Duration.ofNanos(remaining));
        continue;
      }
      try {
        if (sleeper.tryAcquire(Math.min(backoff.next(), remaining), TimeUnit.NANOSECONDS)) {
          sleeper.drainPermits();
        }
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
  }
}
