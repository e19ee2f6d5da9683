package dev.pgtrickle.dao.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doublesUpToTheMaximumAndResets() {
    Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(50));
    assertEquals(10_000_000L, backoff.next());
    assertEquals(20_000_000L, backoff.next());
    assertEquals(40_000_000L, backoff.next());
    assertEquals(50_000_000L, backoff.next());
    assertEquals(50_000_000L, backoff.next());
    backoff.reset();
    assertEquals(10_000_000L, backoff.next());
  }

  @Test
  void rejectsNonsense() {
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
