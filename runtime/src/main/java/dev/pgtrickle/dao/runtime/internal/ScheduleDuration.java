package dev.pgtrickle.dao.runtime.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * pg_trickle's duration grammar, the one its {@code schedule} parameter and {@code
 * pgtrickle.parse_duration_seconds} accept, so that a staleness budget such as
 * {@code @StreamTableView(maxStaleness = "30s")} means exactly what the same text means as a
 * schedule. The annotation processor calls {@link #parse(String)} at compile time.
 *
 * <p>The grammar, after trimming white space:
 *
 * <ul>
 *   <li>a bare integer is seconds: {@code 60}, {@code +60} (a sign as Rust's {@code i64} parser
 *       accepts it; negative values are rejected);
 *   <li>otherwise a sequence of {@code <digits><unit>} with units {@code s} (seconds), {@code m}
 *       (minutes), {@code h} (hours), {@code d} (days) and {@code w} (weeks), lower case, in any
 *       order and repeatable: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 2w}, {@code 1m1m} (two
 *       minutes);
 *   <li>no spaces, no fractions, no other units, no trailing digits without a unit ({@code 1h30} is
 *       an error). A text that starts with {@code @} or contains a space is a cron expression,
 *       which is a schedule but no duration.
 * </ul>
 *
 * <p>{@code 0s} is valid here (pg_trickle rejects it only as a schedule, below {@code
 * pg_trickle.min_schedule_seconds}).
 */
public final class ScheduleDuration {
  private ScheduleDuration() {}

  /**
   * Parses {@code text} with pg_trickle's duration grammar.
   *
   * @throws IllegalArgumentException if {@code text} is not a duration; the message says why, in
   *     the words pg_trickle uses
   */
  public static Duration parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = trim(text);
    if (s.isEmpty()) {
      throw new IllegalArgumentException("duration cannot be empty");
    }
    if (isCron(s)) {
      throw new IllegalArgumentException(
          "'"
              + s
              + "' is a cron expression, not a duration. Use a duration such as '30s', '5m' or"
              + " '1h30m'");
    }
    Long bare = bareInteger(s);
    if (bare != null) {
      if (bare < 0) {
        throw new IllegalArgumentException("duration cannot be negative: '" + s + "'");
      }
      return Duration.ofSeconds(bare);
    }
    long total = 0;
    int digitsStart = -1;
    boolean foundUnit = false;
    for (int i = 0; i < s.length(); ) {
      int ch = s.codePointAt(i);
      if (ch >= '0' && ch <= '9') {
        if (digitsStart < 0) {
          digitsStart = i;
        }
        i++;
        continue;
      }
      long multiplier = multiplier(ch);
      if (multiplier == 0) {
        throw new IllegalArgumentException(
            "invalid duration unit '"
                + new String(Character.toChars(ch))
                + "' in '"
                + s
                + "'. Use s (seconds), m (minutes), h (hours), d (days), w (weeks). Example: '5m',"
                + " '1h30m', '2d'");
      }
      if (digitsStart < 0) {
        throw new IllegalArgumentException(
            "expected a number before '" + (char) ch + "' in duration '" + s + "'");
      }
      String digits = s.substring(digitsStart, i);
      try {
        total = Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), multiplier));
      } catch (ArithmeticException | NumberFormatException e) {
        throw new IllegalArgumentException("duration '" + s + "' is too large", e);
      }
      digitsStart = -1;
      foundUnit = true;
      i++;
    }
    if (digitsStart >= 0) {
      if (foundUnit) {
        throw new IllegalArgumentException(
            "trailing digits '"
                + s.substring(digitsStart)
                + "' without a unit in duration '"
                + s
                + "'. Append s, m, h, d, or w. Example: '1h30m'");
      }
      throw new IllegalArgumentException("invalid duration '" + s + "'");
    }
    return Duration.ofSeconds(total);
  }

  /** Parses {@code text} like {@link #parse(String)}, returning empty instead of throwing. */
  public static Optional<Duration> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether pg_trickle reads {@code text} as a cron expression rather than a duration: after
   * trimming, it starts with {@code @} or contains a space.
   */
  public static boolean isCron(String text) {
    String s = trim(text);
    return s.startsWith("@") || s.indexOf(' ') >= 0;
  }

  /**
   * Renders whole seconds of {@code duration} in the grammar, largest units first: {@code PT5400S}
   * gives {@code 1h30m}, zero gives {@code 0s}. Fractions of a second are dropped.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration cannot be negative: " + duration);
    }
    long seconds = duration.getSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long[] sizes = {604_800, 86_400, 3_600, 60, 1};
    char[] units = {'w', 'd', 'h', 'm', 's'};
    for (int i = 0; i < sizes.length; i++) {
      long n = seconds / sizes[i];
      if (n > 0) {
        text.append(n).append(units[i]);
        seconds -= n * sizes[i];
      }
    }
    return text.toString();
  }

  private static long multiplier(int unit) {
    switch (unit) {
      case 's':
        return 1;
      case 'm':
        return 60;
      case 'h':
        return 3_600;
      case 'd':
        return 86_400;
      case 'w':
        return 604_800;
      default:
        return 0;
    }
  }

  /** Rust's {@code str::parse::<i64>}: an optional sign, then ASCII digits only; null otherwise. */
  private static Long bareInteger(String s) {
    int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
    if (start == s.length()) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null; // out of range: pg_trickle then fails in the unit loop too
    }
  }

  /** Rust's {@code str::trim}: strips characters with the Unicode White_Space property. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhiteSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isWhiteSpace(char c) {
    return (c >= '\t' && c <= '\r')
        || c == ' '
        || c == '\u0085'
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }
}
