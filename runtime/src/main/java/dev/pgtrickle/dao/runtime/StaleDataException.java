package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A read under {@link ReadPolicy.Mode#FAIL} found the stream table older than the staleness budget,
 * or never populated. Carries the measured {@link Freshness} (read in the same statement as the
 * rows that were discarded) and the budget. Its reason is {@link Reason#STALE}.
 */
public class StaleDataException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  private final transient Freshness freshness;
  private final Duration maxStaleness;

  /**
   * Creates the exception.
   *
   * @param freshness the measured freshness
   * @param maxStaleness the budget, or null when the table's own schedule was the bound
   */
  public StaleDataException(Freshness freshness, Duration maxStaleness) {
    super(
        Reason.STALE,
        Objects.requireNonNull(freshness, "freshness").streamTable(),
        null,
        message(freshness, maxStaleness),
        null,
        null,
        null);
    this.freshness = freshness;
    this.maxStaleness = maxStaleness;
  }

  /** The freshness that was measured. */
  public Freshness freshness() {
    return freshness;
  }

  /** The budget; empty when the table's own schedule was the bound. */
  public Optional<Duration> maxStaleness() {
    return Optional.ofNullable(maxStaleness);
  }

  private static String message(Freshness freshness, Duration maxStaleness) {
    if (!freshness.isPopulated()) {
      return "stream table "
          + freshness.streamTable()
          + " has not been populated yet (status "
          + freshness.status()
          + ", created "
          + freshness.createdAt()
          + "): it holds no data";
    }
    String bound =
        maxStaleness != null
            ? "the budget of " + maxStaleness
            : "its schedule of " + freshness.schedule().orElse("?");
    return "stream table "
        + freshness.streamTable()
        + " is stale: its data is "
        + freshness.age()
        + " old (last refresh started at "
        + freshness.lastRefreshAt().orElse(null)
        + ", server time "
        + freshness.serverTime()
        + "), over "
        + bound;
  }
}
