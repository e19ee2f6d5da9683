package dev.pgtrickle.dao.runtime.freshness;

import static dev.pgtrickle.dao.runtime.freshness.Readings.aged;
import static dev.pgtrickle.dao.runtime.freshness.Readings.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.RefreshMode;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreshnessVerdictTest {
  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Test
  void withinTheBudgetIsFresh() {
    assertEquals(
        FreshnessVerdict.FRESH, FreshnessVerdict.of(aged(RefreshMode.DIFFERENTIAL, 10), BUDGET));
    assertEquals(
        FreshnessVerdict.STALE, FreshnessVerdict.of(aged(RefreshMode.DIFFERENTIAL, 11), BUDGET));
    assertEquals(FreshnessVerdict.STALE, FreshnessVerdict.of(aged(RefreshMode.FULL, 11), BUDGET));
  }

  @Test
  void withoutABudgetTheScheduleBounds() {
    assertEquals(FreshnessVerdict.FRESH, FreshnessVerdict.of(aged(RefreshMode.FULL, 30)));
    assertEquals(FreshnessVerdict.STALE, FreshnessVerdict.of(aged(RefreshMode.FULL, 31)));
  }

  @Test
  void immediateTablesAreNeverStale() {
    assertEquals(
        FreshnessVerdict.FRESH,
        FreshnessVerdict.of(aged(RefreshMode.IMMEDIATE, 1_000_000), BUDGET));
    assertEquals(
        FreshnessVerdict.FRESH,
        FreshnessVerdict.of(aged(RefreshMode.IMMEDIATE, 1_000_000), Duration.ZERO));
  }

  @Test
  void suspendedAndErrorTablesAreReportedAsSuchWhateverTheirAge() {
    assertEquals(
        FreshnessVerdict.SUSPENDED,
        FreshnessVerdict.of(
            reading(StreamTableStatus.SUSPENDED, RefreshMode.DIFFERENTIAL, true, 0), BUDGET));
    assertEquals(
        FreshnessVerdict.ERROR,
        FreshnessVerdict.of(
            reading(StreamTableStatus.ERROR, RefreshMode.IMMEDIATE, true, 0), BUDGET));
    assertTrue(FreshnessVerdict.SUSPENDED.isSuspended());
    assertTrue(FreshnessVerdict.ERROR.isSuspended());
    assertFalse(FreshnessVerdict.STALE.isSuspended());
  }

  @Test
  void unpopulatedTablesHoldNoData() {
    assertEquals(
        FreshnessVerdict.NOT_POPULATED,
        FreshnessVerdict.of(
            reading(StreamTableStatus.INITIALIZING, RefreshMode.FULL, false, 0), BUDGET));
  }
}
