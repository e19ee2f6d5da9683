package dev.pgtrickle.dao.runtime;

import static dev.pgtrickle.dao.runtime.Readings.aged;
import static dev.pgtrickle.dao.runtime.Readings.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreshnessVerdictTest {
  private static final Duration BUDGET = Duration.ofSeconds(10);

  @Test
  void withinTheBudgetIsFresh() {
    assertEquals(
        Fresh.Verdict.FRESH,
        Fresh.Verdict.of(aged(Freshness.RefreshMode.DIFFERENTIAL, 10), BUDGET));
    assertEquals(
        Fresh.Verdict.STALE,
        Fresh.Verdict.of(aged(Freshness.RefreshMode.DIFFERENTIAL, 11), BUDGET));
    assertEquals(
        Fresh.Verdict.STALE, Fresh.Verdict.of(aged(Freshness.RefreshMode.FULL, 11), BUDGET));
  }

  @Test
  void withoutABudgetTheScheduleBounds() {
    assertEquals(Fresh.Verdict.FRESH, Fresh.Verdict.of(aged(Freshness.RefreshMode.FULL, 30)));
    assertEquals(Fresh.Verdict.STALE, Fresh.Verdict.of(aged(Freshness.RefreshMode.FULL, 31)));
  }

  @Test
  void immediateTablesAreNeverStale() {
    assertEquals(
        Fresh.Verdict.FRESH,
        Fresh.Verdict.of(aged(Freshness.RefreshMode.IMMEDIATE, 1_000_000), BUDGET));
    assertEquals(
        Fresh.Verdict.FRESH,
        Fresh.Verdict.of(aged(Freshness.RefreshMode.IMMEDIATE, 1_000_000), Duration.ZERO));
  }

  @Test
  void suspendedAndErrorTablesAreReportedAsSuchWhateverTheirAge() {
    assertEquals(
        Fresh.Verdict.SUSPENDED,
        Fresh.Verdict.of(
            reading(Freshness.Status.SUSPENDED, Freshness.RefreshMode.DIFFERENTIAL, true, 0),
            BUDGET));
    assertEquals(
        Fresh.Verdict.ERROR,
        Fresh.Verdict.of(
            reading(Freshness.Status.ERROR, Freshness.RefreshMode.IMMEDIATE, true, 0), BUDGET));
    assertTrue(Fresh.Verdict.SUSPENDED.isSuspended());
    assertTrue(Fresh.Verdict.ERROR.isSuspended());
    assertFalse(Fresh.Verdict.STALE.isSuspended());
  }

  @Test
  void unpopulatedTablesHoldNoData() {
    assertEquals(
        Fresh.Verdict.NOT_POPULATED,
        Fresh.Verdict.of(
            reading(Freshness.Status.INITIALIZING, Freshness.RefreshMode.FULL, false, 0), BUDGET));
  }
}
