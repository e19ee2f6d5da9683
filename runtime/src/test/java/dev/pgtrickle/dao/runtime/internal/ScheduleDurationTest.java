package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleDurationTest {

  @ParameterizedTest(name = "{0} = {1}s")
  @CsvSource({
    "30s, 30",
    "5m, 300",
    "1h, 3600",
    "1h30m, 5400",
    "2m30s, 150",
    "1d, 86400",
    "2w, 1209600",
    "60, 60",
    "+60, 60",
    "0, 0",
    "0s, 0",
    "30s1h, 3630",
    "1m1m, 120",
    "007s, 7",
    "1w1d1h1m1s, 694861"
  })
  void acceptsPgTricklesGrammar(String text, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), ScheduleDuration.parse(text));
  }

  @Test
  void trimsUnicodeWhiteSpaceLikeRust() {
    assertEquals(Duration.ofSeconds(30), ScheduleDuration.parse(" \t30s\n"));
    assertEquals(Duration.ofMinutes(5), ScheduleDuration.parse("\u00a05m\u3000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "-5",
        "-5s",
        "5x",
        "5S",
        "5M",
        "1h30",
        "s",
        "m5",
        "1.5h",
        "1 h",
        "5ms",
        "+5m",
        "٣s",
        "30sec",
        "PT30S",
        "99999999999999999999",
        "9999999999999999999w"
      })
  void rejectsEverythingElse(String text) {
    assertThrows(IllegalArgumentException.class, () -> ScheduleDuration.parse(text));
    assertEquals(Optional.empty(), ScheduleDuration.tryParse(text));
  }

  @Test
  void messagesFollowPgTrickle() {
    assertTrue(message("1h30").contains("trailing digits '30' without a unit"));
    assertTrue(message("5x").contains("invalid duration unit 'x'"));
    assertTrue(message("h").contains("expected a number before 'h'"));
    assertTrue(message("-5").contains("cannot be negative"));
    assertTrue(message("").contains("cannot be empty"));
    assertTrue(message("@hourly").contains("cron expression"));
  }

  @Test
  void cronExpressionsAreSchedulesButNotDurations() {
    assertTrue(ScheduleDuration.isCron("@hourly"));
    assertTrue(ScheduleDuration.isCron("*/5 * * * *"));
    assertFalse(ScheduleDuration.isCron("5m"));
    assertThrows(IllegalArgumentException.class, () -> ScheduleDuration.parse("*/5 * * * *"));
  }

  @Test
  void formatsLargestUnitsFirstAndRoundTrips() {
    assertEquals("1h30m", ScheduleDuration.format(Duration.ofSeconds(5400)));
    assertEquals("0s", ScheduleDuration.format(Duration.ZERO));
    assertEquals("1w1d1h1m1s", ScheduleDuration.format(Duration.ofSeconds(694861)));
    assertEquals("30s", ScheduleDuration.format(Duration.ofMillis(30_900)));
    for (long seconds : new long[] {1, 59, 60, 61, 3599, 86_400, 1_000_000}) {
      Duration d = Duration.ofSeconds(seconds);
      assertEquals(d, ScheduleDuration.parse(ScheduleDuration.format(d)));
    }
    assertThrows(
        IllegalArgumentException.class, () -> ScheduleDuration.format(Duration.ofSeconds(-1)));
  }

  private static String message(String text) {
    return assertThrows(IllegalArgumentException.class, () -> ScheduleDuration.parse(text))
        .getMessage();
  }
}
