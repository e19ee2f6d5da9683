package dev.pgtrickle.dao.definitions.internal;

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

/** pg_trickle 0.108.3's grammars for schedule and target_freshness. */
class DefinitionRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "calculated",
        "CALCULATED",
        " Calculated ",
        "1",
        "5s",
        "1h30m",
        "2w",
        "1m1m",
        "@hourly",
        "@Daily",
        "*/5 * * * *",
        "0 */5 * * * *",
        "0 0 1 JAN MON-FRI",
        "15 10 ? * 6L"
      })
  void acceptsEverySchedulePgTrickleAccepts(String schedule) {
    assertEquals(Optional.empty(), DefinitionRules.scheduleProblem(schedule));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5x|invalid duration unit 'x' in '5x'",
        "1h30|trailing digits '30' without a unit in duration '1h30'",
        "0|'0' is shorter than pg_trickle.min_schedule_seconds (1 second by default)",
        "0s|'0s' is shorter than pg_trickle.min_schedule_seconds (1 second by default)",
        "-5|duration cannot be negative: '-5'",
        "@every|'@every' is not a cron keyword; use one of @annually, @daily, @hourly, @midnight,"
            + " @monthly, @weekly, @yearly",
        "* * *|the cron expression '* * *' has 3 fields; write five (minute hour day month weekday)"
            + " or six (seconds first)",
        "* * * * * * *|the cron expression '* * * * * * *' has 7 fields; write five (minute hour"
            + " day month weekday) or six (seconds first)",
        "* * * * $|the cron field '$' in '* * * * $' is not valid"
      })
  void rejectsTheRestWithTheReason(String schedule, String problem) {
    assertEquals(Optional.of(problem), DefinitionRules.scheduleProblem(schedule));
  }

  @Test
  void anEmptyScheduleIsNotCalculated() {
    assertEquals(Optional.of("the schedule is empty"), DefinitionRules.scheduleProblem("  "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "30 seconds|30000", "5m|300000", "5min|300000", "1h30m|5400000",
            "1 hour 30 minutes|5400000",
        "00:05:00|300000", "1:30|5400000", "PT5M|300000", "P1D|86400000", "300|300000",
        "5 s|5000", "2w|1209600000", "@ 5 mins|300000", "1.5h|5400000", "1 day|86400000",
        "1 week 2 days|777600000", "10ms|10", "0.5 ms|1", "3 millisecond|3", "90 sec|90000",
        "1 hr|3600000", "1h 30m|5400000", "0 mon 5 s|5000"
      })
  void readsPostgresqlIntervalsAsPostgresqlDoes(String text, long milliseconds) {
    assertEquals(
        Optional.of(Duration.ofMillis(milliseconds)), DefinitionRules.targetFreshness(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 mon|target_freshness cannot contain calendar months; use days or smaller units",
        "1y|target_freshness cannot contain calendar months; use days or smaller units",
        "P1M|target_freshness cannot contain calendar months; use days or smaller units",
        "2 decades|target_freshness cannot contain calendar months; use days or smaller units",
        "5 minutes ago|target_freshness must be a positive finite interval",
        "-5s|target_freshness must be a positive finite interval",
        "0s|target_freshness must be a positive finite interval",
        "1us|target_freshness must be at least one millisecond",
        "foo|'foo' is not a PostgreSQL interval, manual or on_commit",
        "5 fortnights|'5 fortnights' is not a PostgreSQL interval, manual or on_commit",
        "P|'P' is not a PostgreSQL interval, manual or on_commit"
      })
  void rejectsWhatPgTrickleRejects(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DefinitionRules.targetFreshness(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void manualAndOnCommitAreKeywords() {
    assertEquals(Optional.empty(), DefinitionRules.targetFreshness(" MANUAL "));
    assertEquals(Optional.empty(), DefinitionRules.targetFreshness("on commit"));
    assertTrue(DefinitionRules.isManual("manual"));
    assertTrue(DefinitionRules.isOnCommit("On_Commit"));
    assertFalse(DefinitionRules.isOnCommit("manual"));
    assertThrows(IllegalArgumentException.class, () -> DefinitionRules.targetFreshness(" "));
  }
}
