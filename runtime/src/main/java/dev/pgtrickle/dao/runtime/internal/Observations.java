package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StaleDataException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.util.function.Supplier;

/**
 * Reports reads to a {@link StreamTableObserver}: each read's duration and outcome, and each fresh
 * read's verdict, including those a policy refused.
 */
public final class Observations {
  private Observations() {}

  /**
   * Runs {@code read}, then reports it to {@code observer} as {@code operation} with its duration
   * (from before the connection is taken) and whether it threw.
   */
  public static <R> R timed(
      StreamTableObserver observer, StreamTableName table, String operation, Supplier<R> read) {
    long started = System.nanoTime();
    boolean failed = true;
    try {
      R result = read.get();
      failed = false;
      return result;
    } finally {
      observer.read(table, operation, System.nanoTime() - started, failed);
    }
  }

  /** {@link #timed} for a fresh read, whose verdict (or refusal) is reported as well. */
  public static <R> Fresh<R> timedFresh(
      StreamTableObserver observer,
      StreamTableName table,
      String operation,
      Supplier<Fresh<R>> read) {
    return timed(
        observer,
        table,
        operation,
        () -> {
          try {
            return verdict(observer, table, read.get());
          } catch (RuntimeException e) {
            refused(observer, table, e);
            throw e;
          }
        });
  }

  /** Reports {@code fresh}'s verdict and returns it. */
  public static <T> Fresh<T> verdict(
      StreamTableObserver observer, StreamTableName table, Fresh<T> fresh) {
    observer.freshRead(table, fresh.verdict());
    return fresh;
  }

  /** Reports the verdict of a fresh read that a policy refused with {@code failure}, if any. */
  public static void refused(
      StreamTableObserver observer, StreamTableName table, RuntimeException failure) {
    if (failure instanceof StaleDataException stale) {
      observer.freshRead(
          table, Fresh.Verdict.of(stale.freshness(), stale.maxStaleness().orElse(null)));
    } else if (failure instanceof StreamTableSuspendedException suspended) {
      observer.freshRead(
          table,
          suspended.status() == Freshness.Status.ERROR
              ? Fresh.Verdict.ERROR
              : Fresh.Verdict.SUSPENDED);
    }
  }
}
