package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.FreshnessVerdict;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What pg_trickle 0.108 changes in a freshness reading. */
class Freshness108Test {
  private static final StreamTableName TABLE = StreamTableName.of("public", "t");
  private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

  private static Freshness.Builder immediate(StreamTableStatus status, boolean populated) {
    return Freshness.builder(TABLE, status, RefreshMode.IMMEDIATE, NOW.minusSeconds(3600), NOW)
        .populated(populated)
        .refreshed(NOW.minusSeconds(600), NOW.minusSeconds(600));
  }

  @Test
  void aSuspendedImmediateTableAgesAndCoversNoNewWrite() {
    Freshness suspended = immediate(StreamTableStatus.SUSPENDED, true).needsReinit(true).build();
    assertFalse(suspended.isImmediatelyMaintained());
    assertEquals(Duration.ofSeconds(600), suspended.age());
    assertFalse(FreshnessToken.at(NOW.minusSeconds(1)).isCoveredBy(suspended));
    assertEquals(FreshnessVerdict.SUSPENDED, FreshnessVerdict.of(suspended));
    assertTrue(suspended.needsReinit());
  }

  @Test
  void anActivePopulatedImmediateTableIsCurrent() {
    Freshness active = immediate(StreamTableStatus.ACTIVE, true).build();
    assertTrue(active.isImmediatelyMaintained());
    assertEquals(Duration.ZERO, active.age());
    assertTrue(FreshnessToken.at(NOW.minusSeconds(1)).isCoveredBy(active));
  }

  @Test
  void anUnpopulatedImmediateTableIsNotCurrent() {
    Freshness initializing = immediate(StreamTableStatus.INITIALIZING, false).build();
    assertFalse(initializing.isImmediatelyMaintained());
    assertFalse(FreshnessToken.at(NOW.minusSeconds(1)).isCoveredBy(initializing));
    assertEquals(FreshnessVerdict.NOT_POPULATED, FreshnessVerdict.of(initializing));
  }

  @Test
  void theTargetFreshnessIsTheBoundWhenNoBudgetIsGiven() {
    Freshness f =
        Freshness.builder(
                TABLE,
                StreamTableStatus.ACTIVE,
                RefreshMode.DIFFERENTIAL,
                NOW.minusSeconds(3600),
                NOW)
            .populated(true)
            .schedule("1h", Duration.ofHours(1))
            .refreshed(NOW.minusSeconds(45), NOW.minusSeconds(45))
            .target(TargetFreshnessMode.INTERVAL, Duration.ofSeconds(30))
            .build();
    assertEquals(Optional.of(Duration.ofSeconds(30)), f.targetFreshness());
    assertEquals(Optional.of(Duration.ofSeconds(30)), f.ownBound());
    assertTrue(f.isStale(), "45 s old against a 30 s target, though within the 1 h schedule");
    assertEquals(FreshnessVerdict.STALE, FreshnessVerdict.of(f));
    assertEquals(FreshnessVerdict.FRESH, FreshnessVerdict.of(f, Duration.ofMinutes(1)));
  }

  @Test
  void onlyAnIntervalModeHasATarget() {
    Freshness manual =
        Freshness.builder(
                TABLE, StreamTableStatus.ACTIVE, RefreshMode.FULL, NOW.minusSeconds(3600), NOW)
            .populated(true)
            .refreshed(NOW.minusSeconds(9000), NOW.minusSeconds(9000))
            .target(TargetFreshnessMode.MANUAL, Duration.ofSeconds(30))
            .build();
    assertEquals(Optional.of(TargetFreshnessMode.MANUAL), manual.targetFreshnessMode());
    assertEquals(Optional.empty(), manual.targetFreshness());
    assertFalse(manual.isStale());
  }

  @Test
  void whatTheServerDoesNotHaveIsEmptyNotZero() {
    Freshness f =
        Freshness.builder(
                TABLE, StreamTableStatus.ACTIVE, RefreshMode.FULL, NOW.minusSeconds(3600), NOW)
            .build();
    assertEquals(Optional.empty(), f.slaStatus());
    assertEquals(Optional.empty(), f.p50());
    assertEquals(Optional.empty(), f.p95());
    assertEquals(Optional.empty(), f.lastErrorCode());
    assertEquals(Optional.empty(), f.lastErrorRetryable());
    assertEquals(OrchestrationMode.MANAGED, f.orchestrationMode());
  }

  @Test
  void aSuspensionCarriesTheExtensionsErrorClassification() {
    Freshness suspended =
        Freshness.builder(
                TABLE,
                StreamTableStatus.SUSPENDED,
                RefreshMode.DIFFERENTIAL,
                NOW.minusSeconds(3600),
                NOW)
            .populated(true)
            .consecutiveErrors(3)
            .lastError(
                "canceling statement due to lock timeout", RefreshErrorCode.LOCK_TIMEOUT, true)
            .build();
    StreamTableSuspendedException e = new StreamTableSuspendedException(suspended);
    assertEquals(Optional.of(RefreshErrorCode.LOCK_TIMEOUT), e.lastErrorCode());
    assertEquals(Optional.of(true), e.lastErrorRetryable());
    assertTrue(e.getMessage().contains("last error LOCK_TIMEOUT (retryable)"), e.getMessage());
    assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
  }
}
