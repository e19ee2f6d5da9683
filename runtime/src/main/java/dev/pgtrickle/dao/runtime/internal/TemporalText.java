package dev.pgtrickle.dao.runtime.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes {@code java.time} values in PostgreSQL's input syntax, for the elements of array
 * parameters ({@code = ANY(?)}), where the driver would otherwise use {@code toString()}, which
 * PostgreSQL rejects for years before 1 AD and after 9999 AD.
 *
 * <p>The text matches what pgjdbc sends for the same value through {@code setObject}, so a value
 * compared with {@code eq} and with {@code in} selects the same rows: {@code MAX} and {@code MIN}
 * become {@code infinity} and {@code -infinity}, years up to 0 are written with {@code BC},
 * nanoseconds are rounded half up to microseconds (PostgreSQL's precision), and a time that rounds
 * up to midnight is {@code 24:00:00}. Offsets are normalised to UTC, which keeps the instant.
 */
final class TemporalText {
  private static final LocalTime LAST_MICROSECOND = LocalTime.MAX.truncatedTo(ChronoUnit.MICROS);

  private TemporalText() {}

  static String date(LocalDate value) {
    if (value.equals(LocalDate.MAX)) {
      return "infinity";
    }
    if (value.equals(LocalDate.MIN)) {
      return "-infinity";
    }
    StringBuilder text = new StringBuilder(16);
    appendDate(text, value);
    return era(text, value.getYear()).toString();
  }

  static String time(LocalTime value) {
    if (value.isAfter(LAST_MICROSECOND) && value.getNano() % 1000 >= 500) {
      return "24:00:00";
    }
    return value.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
  }

  static String timestamp(LocalDateTime value) {
    if (value.equals(LocalDateTime.MAX)) {
      return "infinity";
    }
    if (value.equals(LocalDateTime.MIN)) {
      return "-infinity";
    }
    LocalDateTime rounded = value.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    StringBuilder text = new StringBuilder(32);
    appendDate(text, rounded.toLocalDate());
    text.append(' ').append(rounded.toLocalTime());
    return era(text, rounded.getYear()).toString();
  }

  static String timestamptz(OffsetDateTime value) {
    if (value.equals(OffsetDateTime.MAX)) {
      return "infinity";
    }
    if (value.equals(OffsetDateTime.MIN)) {
      return "-infinity";
    }
    LocalDateTime utc =
        value
            .withOffsetSameInstant(ZoneOffset.UTC)
            .toLocalDateTime()
            .plusNanos(500)
            .truncatedTo(ChronoUnit.MICROS);
    StringBuilder text = new StringBuilder(40);
    appendDate(text, utc.toLocalDate());
    text.append(' ').append(utc.toLocalTime()).append("+00");
    return era(text, utc.getYear()).toString();
  }

  static String instant(Instant value) {
    return timestamptz(value.atOffset(ZoneOffset.UTC));
  }

  private static void appendDate(StringBuilder text, LocalDate date) {
    int year = date.getYear();
    pad(text, year > 0 ? year : 1 - year, 4);
    text.append('-');
    pad(text, date.getMonthValue(), 2);
    text.append('-');
    pad(text, date.getDayOfMonth(), 2);
  }

  private static StringBuilder era(StringBuilder text, int year) {
    return year > 0 ? text : text.append(" BC");
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
