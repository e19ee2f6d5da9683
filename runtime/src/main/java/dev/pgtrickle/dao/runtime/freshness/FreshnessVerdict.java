package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.RefreshMode;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Freshness} reading means for a read with a staleness budget. The rules, in order:
 *
 * <ol>
 *   <li>{@link StreamTableStatus#SUSPENDED SUSPENDED} and {@link StreamTableStatus#ERROR ERROR}
 *       tables are reported as such, whatever their age: nothing refreshes them until {@code
 *       pgtrickle.resume_stream_table} is called;
 *   <li>a table that was never populated holds no data yet: {@link #NOT_POPULATED};
 *   <li>an ACTIVE, populated {@link RefreshMode#IMMEDIATE IMMEDIATE} table is {@link #FRESH}
 *       ({@link Freshness#isImmediatelyMaintained()}): it is maintained inside each writer's
 *       transaction, so its timestamps say nothing about its staleness;
 *   <li>with a budget, the table is {@link #STALE} when its {@link Freshness#age() age} (server
 *       time since {@code last_refresh_at}, the start of its last refresh of any kind) exceeds the
 *       budget;
 *   <li>without a budget, the table's own bound is used ({@link Freshness#isStale()}): its {@code
 *       target_freshness} (pg_trickle 0.86 and later), else a duration schedule such as {@code
 *       30s}; CALCULATED and cron schedules without a target give no bound.
 * </ol>
 */
public enum FreshnessVerdict {
  /** Within the budget (or the schedule): the data may be used as current. */
  FRESH,
  /** Older than the budget (or the schedule). */
  STALE,
  /** Never populated by a refresh: the table holds nothing yet. */
  NOT_POPULATED,
  /** Suspended: not refreshed until resumed. */
  SUSPENDED,
  /** In error state after a non-retryable failure: not refreshed until resumed. */
  ERROR;

  /** Judges {@code freshness} against the table's own schedule. */
  public static FreshnessVerdict of(Freshness freshness) {
    return of(freshness, null);
  }

  /**
   * Judges {@code freshness} against {@code maxStaleness}, or against the table's own schedule when
   * {@code maxStaleness} is null.
   */
  public static FreshnessVerdict of(Freshness freshness, Duration maxStaleness) {
    Objects.requireNonNull(freshness, "freshness");
    if (freshness.status() == StreamTableStatus.SUSPENDED) {
      return SUSPENDED;
    }
    if (freshness.status() == StreamTableStatus.ERROR) {
      return ERROR;
    }
    if (!freshness.isPopulated()) {
      return NOT_POPULATED;
    }
    if (freshness.isImmediatelyMaintained()) {
      return FRESH;
    }
    if (maxStaleness != null) {
      return freshness.age().compareTo(maxStaleness) > 0 ? STALE : FRESH;
    }
    return freshness.isStale() ? STALE : FRESH;
  }

  /** Whether the table is suspended or in error state, i.e. not being refreshed. */
  public boolean isSuspended() {
    return this == SUSPENDED || this == ERROR;
  }
}
