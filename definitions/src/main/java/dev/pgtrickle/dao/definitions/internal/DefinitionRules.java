package dev.pgtrickle.dao.definitions.internal;

import dev.pgtrickle.dao.definitions.DeclaredStreamTable;
import dev.pgtrickle.dao.runtime.internal.ScheduleDuration;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pg_trickle 0.108.3's rules for the values of a stream-table definition, as its {@code
 * create_stream_table} checks them, so that the annotation processor can reject a bad
 * {@code @StreamTableDefinition} at compile time with the server's reasons.
 *
 * <ul>
 *   <li><b>schedule</b>: {@code calculated} (any case); a cron expression, which is any text that
 *       starts with {@code @} or contains a space (checked here for its shape only: an {@code @}
 *       keyword, or five or six fields); or a duration in {@link ScheduleDuration}'s grammar of at
 *       least one second ({@code pg_trickle.min_schedule_seconds}, 1 by default).
 *   <li><b>target_freshness</b>: {@code manual}, {@code on_commit} or a PostgreSQL {@code interval}
 *       that is positive, at least one millisecond, and has no months or years (pg_trickle: "cannot
 *       contain calendar months"). The interval grammar is PostgreSQL's own input syntax: numbers
 *       with units ({@code 30 seconds}, {@code 5min}, {@code 1h30m}, {@code 2 weeks}), optionally
 *       {@code @} first and {@code ago} last, {@code hh:mm[:ss]}, a bare number of seconds, and ISO
 *       8601 ({@code PT5M}).
 * </ul>
 */
public final class DefinitionRules {
  private static final Set<String> CRON_KEYWORDS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*,/\\-?#]+");

  /** Units of PostgreSQL interval input, in milliseconds; months and longer are -1. */
  private static final Map<String, Double> UNITS =
      Map.ofEntries(
          Map.entry("microsecond", 0.001),
          Map.entry("microseconds", 0.001),
          Map.entry("us", 0.001),
          Map.entry("usec", 0.001),
          Map.entry("usecs", 0.001),
          Map.entry("millisecond", 1.0),
          Map.entry("milliseconds", 1.0),
          Map.entry("ms", 1.0),
          Map.entry("msec", 1.0),
          Map.entry("msecs", 1.0),
          Map.entry("second", 1_000.0),
          Map.entry("seconds", 1_000.0),
          Map.entry("s", 1_000.0),
          Map.entry("sec", 1_000.0),
          Map.entry("secs", 1_000.0),
          Map.entry("minute", 60_000.0),
          Map.entry("minutes", 60_000.0),
          Map.entry("m", 60_000.0),
          Map.entry("min", 60_000.0),
          Map.entry("mins", 60_000.0),
          Map.entry("hour", 3_600_000.0),
          Map.entry("hours", 3_600_000.0),
          Map.entry("h", 3_600_000.0),
          Map.entry("hr", 3_600_000.0),
          Map.entry("hrs", 3_600_000.0),
          Map.entry("day", 86_400_000.0),
          Map.entry("days", 86_400_000.0),
          Map.entry("d", 86_400_000.0),
          Map.entry("week", 604_800_000.0),
          Map.entry("weeks", 604_800_000.0),
          Map.entry("w", 604_800_000.0),
          Map.entry("month", -1.0),
          Map.entry("months", -1.0),
          Map.entry("mon", -1.0),
          Map.entry("mons", -1.0),
          Map.entry("year", -1.0),
          Map.entry("years", -1.0),
          Map.entry("y", -1.0),
          Map.entry("yr", -1.0),
          Map.entry("yrs", -1.0),
          Map.entry("decade", -1.0),
          Map.entry("decades", -1.0),
          Map.entry("dec", -1.0),
          Map.entry("decs", -1.0),
          Map.entry("century", -1.0),
          Map.entry("centuries", -1.0),
          Map.entry("c", -1.0),
          Map.entry("cent", -1.0),
          Map.entry("millennium", -1.0),
          Map.entry("millennia", -1.0),
          Map.entry("mil", -1.0),
          Map.entry("mils", -1.0));

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))([a-z]*)");
  private static final Pattern CLOCK =
      Pattern.compile("([+-]?)(\\d+):(\\d+)(?::(\\d+(?:\\.\\d*)?))?");
  private static final Pattern ISO =
      Pattern.compile(
          "p(?:(\\d+)y)?(?:(\\d+)m)?(?:(\\d+)w)?(?:(\\d+)d)?"
              + "(?:t(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+(?:\\.\\d+)?)s)?)?");

  private DefinitionRules() {}

  /** Whether pg_trickle reads {@code schedule} as CALCULATED (inherit from downstream). */
  public static boolean isCalculated(String schedule) {
    return schedule.trim().equalsIgnoreCase(DeclaredStreamTable.CALCULATED);
  }

  /**
   * What is wrong with {@code schedule} as pg_trickle's {@code schedule} parameter, or empty if
   * nothing is.
   */
  public static Optional<String> scheduleProblem(String schedule) {
    String s = schedule.trim();
    if (s.isEmpty()) {
      return Optional.of("the schedule is empty");
    }
    if (isCalculated(s)) {
      return Optional.empty();
    }
    if (ScheduleDuration.isCron(s)) {
      return cronProblem(s);
    }
    try {
      Duration duration = ScheduleDuration.parse(s);
      if (duration.getSeconds() < 1) {
        return Optional.of(
            "'" + s + "' is shorter than pg_trickle.min_schedule_seconds (1 second by default)");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int end = message.indexOf(". ");
      return Optional.of(end < 0 ? message : message.substring(0, end));
    }
  }

  private static Optional<String> cronProblem(String s) {
    if (s.startsWith("@")) {
      return CRON_KEYWORDS.contains(s.toLowerCase(Locale.ROOT))
          ? Optional.empty()
          : Optional.of(
              "'" + s + "' is not a cron keyword; use one of " + String.join(", ", sorted()));
    }
    String[] fields = s.split("\\s+");
    if (fields.length != 5 && fields.length != 6) {
      return Optional.of(
          "the cron expression '"
              + s
              + "' has "
              + fields.length
              + " fields; write five (minute hour day month weekday) or six (seconds first)");
    }
    for (String field : fields) {
      if (!CRON_FIELD.matcher(field).matches()) {
        return Optional.of("the cron field '" + field + "' in '" + s + "' is not valid");
      }
    }
    return Optional.empty();
  }

  private static String[] sorted() {
    return CRON_KEYWORDS.stream().sorted().toArray(String[]::new);
  }

  /** Whether {@code targetFreshness} is {@code manual}: no scheduled refreshes. */
  public static boolean isManual(String targetFreshness) {
    return targetFreshness.trim().equalsIgnoreCase("manual");
  }

  /** Whether {@code targetFreshness} is {@code on_commit}, pg_trickle's name for IMMEDIATE. */
  public static boolean isOnCommit(String targetFreshness) {
    String s = targetFreshness.trim().toLowerCase(Locale.ROOT);
    return s.equals("on_commit") || s.equals("on commit");
  }

  /**
   * The interval {@code targetFreshness} stands for, rounded to milliseconds as pg_trickle rounds
   * it; empty for {@code manual} and {@code on_commit}.
   *
   * @throws IllegalArgumentException if pg_trickle would reject it; the message says why
   */
  public static Optional<Duration> targetFreshness(String targetFreshness) {
    String raw = targetFreshness.trim();
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("the target freshness is empty");
    }
    if (isManual(raw) || isOnCommit(raw)) {
      return Optional.empty();
    }
    double[] parsed = interval(raw.toLowerCase(Locale.ROOT));
    if (parsed == null) {
      throw new IllegalArgumentException(
          "'" + raw + "' is not a PostgreSQL interval, manual or on_commit");
    }
    if (parsed[1] != 0) {
      throw new IllegalArgumentException(
          "target_freshness cannot contain calendar months; use days or smaller units");
    }
    double milliseconds = parsed[0];
    if (!Double.isFinite(milliseconds) || milliseconds <= 0 || milliseconds > Long.MAX_VALUE) {
      throw new IllegalArgumentException("target_freshness must be a positive finite interval");
    }
    long rounded = Math.round(milliseconds);
    if (rounded <= 0) {
      throw new IllegalArgumentException("target_freshness must be at least one millisecond");
    }
    return Optional.of(Duration.ofMillis(rounded));
  }

  /** {milliseconds, months-or-longer seen (1) or not (0)}, or null when it is not an interval. */
  private static double[] interval(String s) {
    if (s.startsWith("p")) {
      return iso(s);
    }
    String text = s.startsWith("@") ? s.substring(1).trim() : s;
    String[] words = text.split("\\s+");
    int count = words.length;
    boolean ago = count > 0 && words[count - 1].equals("ago");
    if (ago) {
      count--;
    }
    if (count == 0 || words[0].isEmpty()) {
      return null;
    }
    double total = 0;
    boolean months = false;
    for (int i = 0; i < count; i++) {
      String word = words[i];
      Matcher clock = CLOCK.matcher(word);
      if (clock.matches()) {
        double ms =
            Double.parseDouble(clock.group(2)) * 3_600_000
                + Double.parseDouble(clock.group(3)) * 60_000
                + (clock.group(4) == null ? 0 : Double.parseDouble(clock.group(4)) * 1_000);
        total += clock.group(1).equals("-") ? -ms : ms;
        continue;
      }
      Matcher unit = NUMBER_AND_UNIT.matcher(word);
      int at = 0;
      boolean any = false;
      while (at < word.length() && unit.find(at) && unit.start() == at) {
        double number = Double.parseDouble(unit.group(1));
        String name = unit.group(2);
        if (name.isEmpty()
            && unit.end() == word.length()
            && i + 1 < count
            && UNITS.containsKey(words[i + 1])) {
          name = words[++i];
        }
        Double size = name.isEmpty() ? Double.valueOf(1_000) : UNITS.get(name);
        if (size == null) {
          return null;
        }
        if (size < 0) {
          months |= number != 0;
        } else {
          total += number * size;
        }
        at = unit.end();
        any = true;
      }
      if (!any || at != word.length()) {
        return null;
      }
    }
    return new double[] {ago ? -total : total, months ? 1 : 0};
  }

  private static double[] iso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.matches() || s.equals("p") || s.endsWith("t")) {
      return null;
    }
    boolean months = nonZero(m.group(1)) || nonZero(m.group(2));
    double ms =
        number(m.group(3)) * 604_800_000
            + number(m.group(4)) * 86_400_000
            + number(m.group(5)) * 3_600_000
            + number(m.group(6)) * 60_000
            + number(m.group(7)) * 1_000;
    return new double[] {ms, months ? 1 : 0};
  }

  private static boolean nonZero(String digits) {
    return digits != null && Double.parseDouble(digits) != 0;
  }

  private static double number(String digits) {
    return digits == null ? 0 : Double.parseDouble(digits);
  }
}
