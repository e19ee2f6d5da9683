package dev.pgtrickle.dao.operations;

import static dev.pgtrickle.dao.runtime.Readings.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.Readings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessTokenTest {

  private static Freshness refreshedAt(Freshness.RefreshMode mode, Instant lastRefreshAt) {
    return Freshness.builder(
            Readings.TABLE, Freshness.Status.ACTIVE, mode, NOW.minusSeconds(3600), NOW)
        .populated(lastRefreshAt != null)
        .refreshed(lastRefreshAt, lastRefreshAt)
        .build();
  }

  @Test
  void onlyARefreshThatStartedStrictlyAfterTheWriteCovers() {
    FreshnessToken token = FreshnessToken.at(NOW.minusSeconds(5));
    assertTrue(
        token.isCoveredBy(refreshedAt(Freshness.RefreshMode.DIFFERENTIAL, NOW.minusSeconds(4))));
    assertFalse(
        token.isCoveredBy(refreshedAt(Freshness.RefreshMode.DIFFERENTIAL, NOW.minusSeconds(5))));
    assertFalse(token.isCoveredBy(refreshedAt(Freshness.RefreshMode.FULL, NOW.minusSeconds(6))));
    assertFalse(token.isCoveredBy(refreshedAt(Freshness.RefreshMode.FULL, null)));
    assertTrue(
        token.isCoveredBy(
            refreshedAt(Freshness.RefreshMode.FULL, NOW.minusSeconds(5).plusNanos(1000))));
  }

  @Test
  void immediateTablesCoverEveryCommittedWrite() {
    FreshnessToken token = FreshnessToken.at(NOW);
    assertTrue(
        token.isCoveredBy(refreshedAt(Freshness.RefreshMode.IMMEDIATE, NOW.minusSeconds(3600))));
  }

  @Test
  void tokensTravelAsText() {
    FreshnessToken token = FreshnessToken.at(Instant.parse("2026-11-25T12:00:00.123456Z"));
    assertEquals("2026-11-25T12:00:00.123456Z", token.toString());
    assertEquals(token, FreshnessToken.parse(token.toString()));
    assertEquals(token.hashCode(), FreshnessToken.parse(token.toString()).hashCode());
    assertThrows(IllegalArgumentException.class, () -> FreshnessToken.parse("yesterday"));
  }

  @Test
  void theLaterTokenCoversBothWrites() {
    FreshnessToken early = FreshnessToken.at(NOW.minusSeconds(1));
    FreshnessToken late = FreshnessToken.at(NOW);
    assertEquals(late, early.max(late));
    assertEquals(late, late.max(early));
    assertTrue(early.compareTo(late) < 0);
  }
}
