package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What pg_trickle 0.108 changes in a freshness reading. */
class Freshness108Test {
  private static final StreamTableName TABLE = StreamTableName.of("public", "t");
  private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

  private static Freshness.Builder immediate(Freshness.Status status, boolean populated) {
    return Freshness.builder(
            TABLE, status, Freshness.RefreshMode.IMMEDIATE, NOW.minusSeconds(3600), NOW)
        .populated(populated)
        .refreshed(NOW.minusSeconds(600), NOW.minusSeconds(600));
  }

  @Test
  void aSuspendedImmediateTableAgesAndCoversNoNewWrite() {
    Freshness suspended = immediate(Freshness.Status.SUSPENDED, true).needsReinit(true).build();
    assertFalse(suspended.isImmediatelyMaintained());
    assertEquals(Duration.ofSeconds(600), suspended.age());
    assertEquals(Fresh.Verdict.SUSPENDED, Fresh.Verdict.of(suspended));
    assertTrue(suspended.needsReinit());
  }

  @Test
  void anActivePopulatedImmediateTableIsCurrent() {
    Freshness active = immediate(Freshness.Status.ACTIVE, true).build();
    assertTrue(active.isImmediatelyMaintained());
    assertEquals(Duration.ZERO, active.age());
  }

  @Test
  void anUnpopulatedImmediateTableIsNotCurrent() {
    Freshness initializing = immediate(Freshness.Status.INITIALIZING, false).build();
    assertFalse(initializing.isImmediatelyMaintained());
    assertEquals(Fresh.Verdict.NOT_POPULATED, Fresh.Verdict.of(initializing));
  }

  @Test
  void theTargetFreshnessIsTheBoundWhenNoBudgetIsGiven() {
    Freshness f =
        Freshness.builder(
                TABLE,
                Freshness.Status.ACTIVE,
                Freshness.RefreshMode.DIFFERENTIAL,
                NOW.minusSeconds(3600),
                NOW)
            .populated(true)
            .schedule("1h", Duration.ofHours(1))
            .refreshed(NOW.minusSeconds(45), NOW.minusSeconds(45))
            .target(Freshness.TargetMode.INTERVAL, Duration.ofSeconds(30))
            .build();
    assertEquals(Optional.of(Duration.ofSeconds(30)), f.targetFreshness());
    assertEquals(Optional.of(Duration.ofSeconds(30)), f.ownBound());
    assertTrue(f.isStale(), "45 s old against a 30 s target, though within the 1 h schedule");
    assertEquals(Fresh.Verdict.STALE, Fresh.Verdict.of(f));
    assertEquals(Fresh.Verdict.FRESH, Fresh.Verdict.of(f, Duration.ofMinutes(1)));
  }

  @Test
  void onlyAnIntervalModeHasATarget() {
    Freshness manual =
        Freshness.builder(
                TABLE,
                Freshness.Status.ACTIVE,
                Freshness.RefreshMode.FULL,
                NOW.minusSeconds(3600),
                NOW)
            .populated(true)
            .refreshed(NOW.minusSeconds(9000), NOW.minusSeconds(9000))
            .target(Freshness.TargetMode.MANUAL, Duration.ofSeconds(30))
            .build();
    assertEquals(Optional.of(Freshness.TargetMode.MANUAL), manual.targetFreshnessMode());
    assertEquals(Optional.empty(), manual.targetFreshness());
    assertFalse(manual.isStale());
  }

  @Test
  void whatTheServerDoesNotHaveIsEmptyNotZero() {
    Freshness f =
        Freshness.builder(
                TABLE,
                Freshness.Status.ACTIVE,
                Freshness.RefreshMode.FULL,
                NOW.minusSeconds(3600),
                NOW)
            .build();
    assertEquals(Optional.empty(), f.slaStatus());
    assertEquals(Optional.empty(), f.p50());
    assertEquals(Optional.empty(), f.p95());
    assertEquals(Optional.empty(), f.lastErrorCode());
    assertEquals(Optional.empty(), f.lastErrorRetryable());
    assertEquals(Freshness.OrchestrationMode.MANAGED, f.orchestrationMode());
  }

  @Test
  void aSuspensionCarriesTheExtensionsErrorClassification() {
    Freshness suspended =
        Freshness.builder(
                TABLE,
                Freshness.Status.SUSPENDED,
                Freshness.RefreshMode.DIFFERENTIAL,
                NOW.minusSeconds(3600),
                NOW)
            .populated(true)
            .consecutiveErrors(3)
            .lastError(
                "canceling statement due to lock timeout", Freshness.ErrorCode.LOCK_TIMEOUT, true)
            .build();
    StreamTableSuspendedException e = new StreamTableSuspendedException(suspended);
    assertEquals(Optional.of(Freshness.ErrorCode.LOCK_TIMEOUT), e.lastErrorCode());
    assertEquals(Optional.of(true), e.lastErrorRetryable());
    assertTrue(e.getMessage().contains("last error LOCK_TIMEOUT (retryable)"), e.getMessage());
    assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
  }
}
