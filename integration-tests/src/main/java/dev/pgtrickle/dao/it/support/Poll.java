package dev.pgtrickle.dao.it.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way tests wait for something another thread, process or server does: poll a condition
 * until it holds or a deadline passes, then fail with what was awaited and what was last seen.
 * Nothing waits a fixed time in place of synchronisation.
 */
public final class Poll {

  /** The deadline used when a test names none: generous, since CI machines are slow. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private Poll() {}

  /**
   * Waits until {@code condition} is true, checking every 10 ms, for at most {@link
   * #DEFAULT_TIMEOUT}.
   *
   * @throws AssertionError naming {@code what} if the deadline passes first
   */
  public static void until(String what, BooleanSupplier condition) {
    until(what, DEFAULT_TIMEOUT, condition);
  }

  /**
   * Waits until {@code condition} is true, checking every 10 ms, for at most {@code timeout}.
   *
   * @throws AssertionError naming {@code what} if the deadline passes first
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    value(what, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }

  /**
   * Returns the first non-null value {@code probe} gives, checking every 10 ms, for at most {@code
   * timeout}.
   *
   * @throws AssertionError naming {@code what} if the deadline passes first
   */
  public static <T> T value(String what, Duration timeout, Supplier<T> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }
}
