package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.time.Instant;

/** Freshness readings for unit tests; the operations artifact's tests use them too. */
public final class Readings {
  public static final StreamTableName TABLE = StreamTableName.of("public", "order_totals");
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private Readings() {}

  /** An ACTIVE, populated table refreshed {@code ageSeconds} ago on a 30 s schedule. */
  public static Freshness aged(Freshness.RefreshMode mode, long ageSeconds) {
    return reading(Freshness.Status.ACTIVE, mode, true, ageSeconds);
  }

  public static Freshness reading(
      Freshness.Status status, Freshness.RefreshMode mode, boolean populated, long ageSeconds) {
    Duration schedule = mode == Freshness.RefreshMode.IMMEDIATE ? null : Duration.ofSeconds(30);
    Instant refreshed = populated ? NOW.minusSeconds(ageSeconds) : null;
    return Freshness.builder(TABLE, status, mode, NOW.minusSeconds(86_400), NOW)
        .schedule(schedule == null ? null : "30s", schedule)
        .populated(populated)
        .consecutiveErrors(status == Freshness.Status.ACTIVE ? 0 : 3)
        .refreshed(refreshed, refreshed)
        .build();
  }
}
