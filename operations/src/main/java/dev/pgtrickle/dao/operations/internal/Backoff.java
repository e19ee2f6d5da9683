package dev.pgtrickle.dao.operations.internal;

import java.time.Duration;

/**
 * Exponential back-off: each {@link #next()} returns the current delay and doubles it, up to a
 * maximum; {@link #reset()} starts again from the initial delay. Not thread-safe: one per loop.
 */
public final class Backoff {
  private final long initialNanos;
  private final long maxNanos;
  private long nextNanos;

  /** Back-off from {@code initial}, doubling up to {@code max}. */
  public Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "back-off needs 0 < initial <= max, got " + initial + " and " + max);
    }
    this.initialNanos = initial.toNanos();
    this.maxNanos = max.toNanos();
    this.nextNanos = initialNanos;
  }

  /**
   * Returns the delay to wait now, in nanoseconds, and doubles the next one (up to the maximum).
   */
  public long next() {
    long delay = nextNanos;
    nextNanos = nextNanos > maxNanos / 2 ? maxNanos : nextNanos * 2;
    return delay;
  }

  /** Starts again from the initial delay. */
  public void reset() {
    nextNanos = initialNanos;
  }
}
