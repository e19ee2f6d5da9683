package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value read from a stream table together with the {@link Freshness} that describes exactly that
 * value: the rows and pg_trickle's catalog row were read by one statement, under one snapshot, in
 * one round trip. A refresh that commits while the statement runs is either wholly in the value and
 * its freshness, or wholly out of both. An empty result still carries its freshness.
 *
 * <p>The {@link #verdict() verdict} judges the freshness against the read's staleness budget
 * ({@link ReadPolicy}), or against the table's own schedule when there was none. Under {@link
 * ReadPolicy.Mode#ACCEPT ACCEPT} a stale value is returned and flagged here.
 *
 * <p>Immutable when the value is.
 *
 * @param <T> the value: a list of rows, an {@code Optional} row, a count
 */
public final class Fresh<T> {
  private final T value;
  private final Freshness freshness;
  private final Duration maxStaleness;
  private final Fresh.Verdict verdict;

  private Fresh(T value, Freshness freshness, Duration maxStaleness) {
    this.value = Objects.requireNonNull(value, "value");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    this.maxStaleness = maxStaleness;
    this.verdict = Fresh.Verdict.of(freshness, maxStaleness);
  }

  /** A value judged against its table's own schedule. */
  public static <T> Fresh<T> of(T value, Freshness freshness) {
    return new Fresh<>(value, freshness, null);
  }

  /**
   * A value judged against {@code maxStaleness}, or against its table's schedule when {@code
   * maxStaleness} is null.
   */
  public static <T> Fresh<T> of(T value, Freshness freshness, Duration maxStaleness) {
    return new Fresh<>(value, freshness, checkBudget(maxStaleness));
  }

  /** The value that was read. */
  public T value() {
    return value;
  }

  /** The freshness of exactly this value, read in the same statement. */
  public Freshness freshness() {
    return freshness;
  }

  /** The staleness budget the value was judged against; empty for the table's own schedule. */
  public Optional<Duration> maxStaleness() {
    return Optional.ofNullable(maxStaleness);
  }

  /** What the freshness means against the budget. */
  public Fresh.Verdict verdict() {
    return verdict;
  }

  /**
   * Whether the value is not to be taken as current: older than the budget, never populated, or
   * from a SUSPENDED or ERROR table.
   */
  public boolean isStale() {
    return verdict != Fresh.Verdict.FRESH;
  }

  /** The same value and freshness judged against another budget (null: the schedule). */
  public Fresh<T> withMaxStaleness(Duration maxStaleness) {
    return new Fresh<>(value, freshness, checkBudget(maxStaleness));
  }

  /** Applies {@code function} to the value, keeping the freshness and the budget. */
  public <U> Fresh<U> map(Function<? super T, ? extends U> function) {
    return new Fresh<>(function.apply(value), freshness, maxStaleness);
  }

  static Duration checkBudget(Duration maxStaleness) {
    if (maxStaleness != null && maxStaleness.isNegative()) {
      throw new IllegalArgumentException("maxStaleness must not be negative: " + maxStaleness);
    }
    return maxStaleness;
  }

  @Override
  public String toString() {
    return "Fresh{"
        + verdict
        + ", budget="
        + (maxStaleness == null ? "schedule" : maxStaleness)
        + ", "
        + freshness
        + ", value="
        + value
        + "}";
  }

  /**
   * What a {@link Freshness} reading means for a read with a staleness budget. The rules, in order:
   *
   * <ol>
   *   <li>{@link Freshness.Status#SUSPENDED SUSPENDED} and {@link Freshness.Status#ERROR ERROR}
   *       tables are reported as such, whatever their age: nothing refreshes them until {@code
   *       pgtrickle.resume_stream_table} is called;
   *   <li>a table that was never populated holds no data yet: {@link #NOT_POPULATED};
   *   <li>an ACTIVE, populated {@link Freshness.RefreshMode#IMMEDIATE IMMEDIATE} table is {@link
   *       #FRESH} ({@link Freshness#isImmediatelyMaintained()}): it is maintained inside each
   *       writer's transaction, so its timestamps say nothing about its staleness;
   *   <li>with a budget, the table is {@link #STALE} when its {@link Freshness#age() age} (server
   *       time since {@code last_refresh_at}, the start of its last refresh of any kind) exceeds
   *       the budget;
   *   <li>without a budget, the table's own bound is used ({@link Freshness#isStale()}): its {@code
   *       target_freshness} (pg_trickle 0.86 and later), else a duration schedule such as {@code
   *       30s}; CALCULATED and cron schedules without a target give no bound.
   * </ol>
   */
  public enum Verdict {
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
    public static Fresh.Verdict of(Freshness freshness) {
      return of(freshness, null);
    }

    /**
     * Judges {@code freshness} against {@code maxStaleness}, or against the table's own schedule
     * when {@code maxStaleness} is null.
     */
    public static Fresh.Verdict of(Freshness freshness, Duration maxStaleness) {
      Objects.requireNonNull(freshness, "freshness");
      if (freshness.status() == Freshness.Status.SUSPENDED) {
        return SUSPENDED;
      }
      if (freshness.status() == Freshness.Status.ERROR) {
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
}
