package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.freshness.FreshnessVerdict;
import dev.pgtrickle.dao.runtime.freshness.StaleDataException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;

/** Reports fresh reads' verdicts to a {@link StreamTableObserver}, including refused ones. */
final class Observations {
  private Observations() {}

  /** Reports {@code fresh}'s verdict and returns it. */
  static <T> Fresh<T> verdict(StreamTableObserver observer, StreamTableName table, Fresh<T> fresh) {
    observer.freshRead(table, fresh.verdict());
    return fresh;
  }

  /** Reports the verdict of a fresh read that a policy refused with {@code failure}, if any. */
  static void refused(
      StreamTableObserver observer, StreamTableName table, RuntimeException failure) {
    if (failure instanceof StaleDataException stale) {
      observer.freshRead(
          table, FreshnessVerdict.of(stale.freshness(), stale.maxStaleness().orElse(null)));
    } else if (failure instanceof StreamTableSuspendedException suspended) {
      observer.freshRead(
          table,
          suspended.status() == StreamTableStatus.ERROR
              ? FreshnessVerdict.ERROR
              : FreshnessVerdict.SUSPENDED);
    }
  }
}
