package dev.pgtrickle.dao.runtime;

import static dev.pgtrickle.dao.runtime.Readings.aged;
import static dev.pgtrickle.dao.runtime.Readings.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadPolicyTest {
  private static final Duration BUDGET = Duration.ofSeconds(10);
  private static final List<String> ROWS = List.of("a", "b");

  private static Fresh<List<String>> read(Freshness freshness) {
    return Fresh.of(ROWS, freshness);
  }

  @Test
  void acceptReturnsStaleRowsFlagged() {
    Fresh<List<String>> result =
        ReadPolicy.accept(BUDGET).read(() -> read(aged(Freshness.RefreshMode.FULL, 60)));
    assertSame(ROWS, result.value());
    assertTrue(result.isStale());
    assertEquals(Fresh.Verdict.STALE, result.verdict());
    assertEquals(Optional.of(BUDGET), result.maxStaleness());
  }

  @Test
  void aPolicyWithoutABudgetKeepsTheOneTheValueWasJudgedAgainst() {
    Fresh<List<String>> declared = Fresh.of(ROWS, aged(Freshness.RefreshMode.FULL, 60), BUDGET);
    StaleDataException e =
        assertThrows(StaleDataException.class, () -> ReadPolicy.fail().enforce(declared));
    assertEquals(Optional.of(BUDGET), e.maxStaleness());
    assertEquals(Optional.of(BUDGET), ReadPolicy.accept().read(() -> declared).maxStaleness());
    assertEquals(
        Optional.of(Duration.ofHours(1)),
        ReadPolicy.accept(Duration.ofHours(1)).read(() -> declared).maxStaleness(),
        "a policy's own budget wins");
  }

  @Test
  void acceptReturnsSuspendedRowsFlagged() {
    Fresh<List<String>> result =
        ReadPolicy.accept()
            .read(
                () ->
                    read(reading(Freshness.Status.SUSPENDED, Freshness.RefreshMode.FULL, true, 0)));
    assertEquals(Fresh.Verdict.SUSPENDED, result.verdict());
    assertTrue(result.isStale());
  }

  @Test
  void failReturnsFreshRows() {
    Fresh<List<String>> result =
        ReadPolicy.fail(BUDGET).read(() -> read(aged(Freshness.RefreshMode.FULL, 3)));
    assertFalse(result.isStale());
    assertSame(ROWS, result.value());
  }

  @Test
  void failThrowsStaleDataWithTheMeasuredFreshnessAndTheBudget() {
    Freshness old = aged(Freshness.RefreshMode.DIFFERENTIAL, 60);
    StaleDataException e =
        assertThrows(StaleDataException.class, () -> ReadPolicy.fail(BUDGET).read(() -> read(old)));
    assertSame(old, e.freshness());
    assertEquals(Optional.of(BUDGET), e.maxStaleness());
    assertEquals(Readings.TABLE, e.streamTable());
    assertTrue(e.getMessage().contains("PT1M old"), e.getMessage());
  }

  @Test
  void failThrowsStaleDataForUnpopulatedTables() {
    StaleDataException e =
        assertThrows(
            StaleDataException.class,
            () ->
                ReadPolicy.fail(BUDGET)
                    .read(
                        () ->
                            read(
                                reading(
                                    Freshness.Status.INITIALIZING,
                                    Freshness.RefreshMode.FULL,
                                    false,
                                    0))));
    assertTrue(e.getMessage().contains("not been populated"), e.getMessage());
  }

  @Test
  void failThrowsSuspendedForSuspendedAndErrorTables() {
    for (Freshness.Status status :
        new Freshness.Status[] {Freshness.Status.SUSPENDED, Freshness.Status.ERROR}) {
      StreamTableSuspendedException e =
          assertThrows(
              StreamTableSuspendedException.class,
              () ->
                  ReadPolicy.fail(BUDGET)
                      .read(() -> read(reading(status, Freshness.RefreshMode.FULL, true, 0))));
      assertEquals(status, e.status());
      assertTrue(e.freshness().isPresent());
      assertTrue(
          e.getMessage().contains("resume_stream_table('\"public\".\"order_totals\"')"),
          e.getMessage());
    }
  }

  @Test
  void failWithoutABudgetUsesTheSchedule() {
    assertThrows(
        StaleDataException.class,
        () -> ReadPolicy.fail().read(() -> read(aged(Freshness.RefreshMode.FULL, 31))));
    assertFalse(ReadPolicy.fail().read(() -> read(aged(Freshness.RefreshMode.FULL, 29))).isStale());
  }

  @Test
  void immediateTablesPassEveryBudget() {
    Fresh<List<String>> result =
        ReadPolicy.fail(Duration.ZERO)
            .read(() -> read(aged(Freshness.RefreshMode.IMMEDIATE, 86_400)));
    assertFalse(result.isStale());
  }

  @Test
  void theReadRunsOnceUnlessRefreshing() {
    AtomicInteger reads = new AtomicInteger();
    ReadPolicy.accept(BUDGET)
        .read(
            () -> {
              reads.incrementAndGet();
              return read(aged(Freshness.RefreshMode.FULL, 60));
            });
    assertEquals(1, reads.get());
  }

  @Test
  void budgetsMustNotBeNegative() {
    assertThrows(IllegalArgumentException.class, () -> ReadPolicy.fail(Duration.ofSeconds(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReadPolicy.accept().withMaxStaleness(Duration.ofSeconds(-1)));
  }

  @Test
  void enforceJudgesAnyFreshValue() {
    Fresh<String> value = Fresh.of("x", aged(Freshness.RefreshMode.FULL, 5));
    assertSame("x", ReadPolicy.fail(BUDGET).enforce(value).value());
    assertThrows(
        StaleDataException.class, () -> ReadPolicy.fail(Duration.ofSeconds(1)).enforce(value));
  }

  @Test
  void freshValuesMapAndKeepTheirFreshness() {
    Freshness freshness = aged(Freshness.RefreshMode.FULL, 5);
    Fresh<Integer> size = Fresh.of(ROWS, freshness, BUDGET).map(List::size);
    assertEquals(2, size.value());
    assertSame(freshness, size.freshness());
    assertEquals(Optional.of(BUDGET), size.maxStaleness());
  }

  @Test
  void refreshRefreshesAStaleTableOnceThenReadsAgain() {
    List<StreamTableName> refreshed = new ArrayList<>();
    AtomicInteger reads = new AtomicInteger();
    ReadPolicy policy = ReadPolicy.refresh(BUDGET, refreshed::add);
    Fresh<List<String>> result =
        policy.read(
            () -> read(aged(Freshness.RefreshMode.FULL, reads.incrementAndGet() == 1 ? 60 : 0)));
    assertEquals(List.of(Readings.TABLE), refreshed);
    assertEquals(2, reads.get());
    assertFalse(result.isStale());
    assertEquals(ReadPolicy.Mode.REFRESH, policy.mode());
  }

  @Test
  void refreshLeavesAFreshTableAloneAndNeverRefreshesASuspendedOne() {
    List<StreamTableName> refreshed = new ArrayList<>();
    ReadPolicy policy = ReadPolicy.refresh(BUDGET, refreshed::add);
    assertFalse(policy.read(() -> read(aged(Freshness.RefreshMode.FULL, 5))).isStale());
    assertThrows(
        StreamTableSuspendedException.class,
        () ->
            policy.read(
                () ->
                    read(
                        reading(
                            Freshness.Status.SUSPENDED, Freshness.RefreshMode.FULL, true, 60))));
    assertEquals(List.of(), refreshed);
    assertThrows(NullPointerException.class, () -> ReadPolicy.refresh(BUDGET, null));
  }
}
