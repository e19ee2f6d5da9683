package dev.pgtrickle.dao.it.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.definitions.internal.DefinitionRules;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compile-time check of {@code targetFreshness} agrees with PostgreSQL 18 itself, which is what
 * pg_trickle uses to read it ({@code $1::interval}, then months and epoch milliseconds): same
 * accepted texts, same milliseconds, same rejections.
 */
class TargetFreshnessGrammarIT {
  private static TestDatabase db;

  @BeforeAll
  static void createDatabase() throws SQLException {
    db = TestDatabase.create("target_freshness_it");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "30 seconds",
        "5m",
        "5min",
        "1h30m",
        "1 hour 30 minutes",
        "00:05:00",
        "1:30",
        "PT5M",
        "P1D",
        "P2W",
        "300",
        "5 s",
        "2w",
        "@ 5 mins",
        "1.5h",
        "1 day",
        "1d",
        "1 week 2 days",
        "10ms",
        "0.5 ms",
        "3 millisecond",
        "90 sec",
        "1 hr",
        "1h 30m",
        "0 mon 5 s",
        "1 mon",
        "1y",
        "P1M",
        "2 decades",
        "5 minutes ago",
        "-5s",
        "0s",
        "1us",
        "foo",
        "5 fortnights",
        "1 hour ago",
        "12:00:00.5",
        "+5s",
        "5 SECONDS",
        "1 Day 2 Hours"
      })
  void agreesWithPostgresql(String text) throws SQLException {
    assertEquals(postgresql(text), ours(text), text);
  }

  private static String ours(String text) {
    try {
      Optional<Duration> duration = DefinitionRules.targetFreshness(text);
      return "ok " + duration.orElseThrow().toMillis();
    } catch (IllegalArgumentException e) {
      return "rejected";
    }
  }

  /** pg_trickle's parse_target_freshness, as SQL: months, then milliseconds, then rounding. */
  private static String postgresql(String text) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT (EXTRACT(YEAR FROM x.i) * 12 + EXTRACT(MONTH FROM x.i))::int,"
                    + " EXTRACT(EPOCH FROM x.i)::float8 * 1000"
                    + " FROM (SELECT CAST(CAST(? AS text) AS interval) AS i) x")) {
      s.setString(1, text.trim());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getInt(1) != 0) {
          return "rejected";
        }
        double ms = rs.getDouble(2);
        long rounded = Math.round(ms);
        return ms <= 0 || rounded <= 0 ? "rejected" : "ok " + rounded;
      }
    } catch (SQLException e) {
      if ("22007".equals(e.getSQLState()) || "22015".equals(e.getSQLState())) {
        return "rejected"; // invalid_datetime_format, interval_field_overflow
      }
      throw e;
    }
  }
}
