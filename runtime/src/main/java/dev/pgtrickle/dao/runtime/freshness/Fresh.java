package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.Freshness;
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
  private final FreshnessVerdict verdict;

  private Fresh(T value, Freshness freshness, Duration maxStaleness) {
    this.value = Objects.requireNonNull(value, "value");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    this.maxStaleness = maxStaleness;
    this.verdict = FreshnessVerdict.of(freshness, maxStaleness);
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
  public FreshnessVerdict verdict() {
    return verdict;
  }

  /**
   * Whether the value is not to be taken as current: older than the budget, never populated, or
   * from a SUSPENDED or ERROR table.
   */
  public boolean isStale() {
    return verdict != FreshnessVerdict.FRESH;
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
}
