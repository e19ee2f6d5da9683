package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreshnessTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "order_totals");
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Freshness reading(
      Freshness.RefreshMode mode,
      Duration interval,
      boolean populated,
      Instant lastRefresh,
      Instant data) {
    return Freshness.builder(TABLE, Freshness.Status.ACTIVE, mode, NOW.minusSeconds(3600), NOW)
        .schedule(interval == null ? null : interval.toSeconds() + "s", interval)
        .populated(populated)
        .refreshed(lastRefresh, data)
        .build();
  }

  @Test
  void ageCountsFromTheLastRefreshNotTheLastChange() {
    Freshness f =
        reading(
            Freshness.RefreshMode.DIFFERENTIAL,
            Duration.ofSeconds(30),
            true,
            NOW.minusSeconds(10),
            NOW.minusSeconds(600));
    assertEquals(Duration.ofSeconds(10), f.age());
    assertEquals(Optional.of(Duration.ofSeconds(600)), f.sinceLastChange());
    assertFalse(f.isStale());
  }

  @Test
  void olderThanTheScheduleIsStale() {
    Freshness f =
        reading(
            Freshness.RefreshMode.FULL, Duration.ofSeconds(30), true, NOW.minusSeconds(31), NOW);
    assertTrue(f.isStale());
  }

  @Test
  void immediateTablesHaveNoAgeAndAreNeverStale() {
    Freshness f =
        reading(
            Freshness.RefreshMode.IMMEDIATE,
            null,
            true,
            NOW.minusSeconds(900),
            NOW.minusSeconds(900));
    assertEquals(Duration.ZERO, f.age());
    assertFalse(f.isStale());
    assertEquals(Optional.of(Duration.ofSeconds(900)), f.sinceLastChange());
  }

  @Test
  void unpopulatedTablesAgeFromCreationAndAreStale() {
    Freshness f = reading(Freshness.RefreshMode.DIFFERENTIAL, null, false, null, null);
    assertEquals(Duration.ofHours(1), f.age());
    assertTrue(f.isStale());
    assertEquals(Optional.empty(), f.sinceLastChange());
    assertEquals(Optional.empty(), f.lastRefreshAt());
  }

  @Test
  void calculatedSchedulesHaveNoBoundToBeStaleAgainst() {
    Freshness f =
        reading(Freshness.RefreshMode.DIFFERENTIAL, null, true, NOW.minusSeconds(86_400), NOW);
    assertFalse(f.isStale());
    assertEquals(Optional.empty(), f.schedule());
  }

  @Test
  void timestampsAfterTheReadersClockGiveZeroNotNegativeAges() {
    Freshness f =
        reading(
            Freshness.RefreshMode.DIFFERENTIAL, null, true, NOW.plusSeconds(2), NOW.plusSeconds(2));
    assertEquals(Duration.ZERO, f.age());
    assertEquals(Optional.of(Duration.ZERO), f.sinceLastChange());
  }
}
