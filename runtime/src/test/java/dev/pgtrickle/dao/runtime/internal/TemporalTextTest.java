package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

  @Test
  void datesUsePostgresqlEraAndFourDigitYears() {
    assertEquals("2024-02-29", TemporalText.date(LocalDate.of(2024, 2, 29)));
    assertEquals("0005-01-02", TemporalText.date(LocalDate.of(5, 1, 2)));
    assertEquals("10000-01-01", TemporalText.date(LocalDate.of(10000, 1, 1)));
    assertEquals("0001-01-01 BC", TemporalText.date(LocalDate.of(0, 1, 1)));
    assertEquals("0006-03-04 BC", TemporalText.date(LocalDate.of(-5, 3, 4)));
    assertEquals("infinity", TemporalText.date(LocalDate.MAX));
    assertEquals("-infinity", TemporalText.date(LocalDate.MIN));
  }

  @Test
  void timesRoundHalfUpToMicrosecondsAndMayReachMidnight() {
    assertEquals("10:15", TemporalText.time(LocalTime.of(10, 15)));
    assertEquals("10:15:30.000001", TemporalText.time(LocalTime.of(10, 15, 30, 500)));
    assertEquals("10:15:30", TemporalText.time(LocalTime.of(10, 15, 30, 499)));
    assertEquals("10:15:30.123457", TemporalText.time(LocalTime.of(10, 15, 30, 123_456_789)));
    assertEquals("24:00:00", TemporalText.time(LocalTime.MAX));
    assertEquals("23:59:59.999999", TemporalText.time(LocalTime.of(23, 59, 59, 999_999_499)));
  }

  @Test
  void timestampsCarryRoundingIntoTheDateAndWriteTheEraLast() {
    assertEquals(
        "2024-01-02 03:04:05.500",
        TemporalText.timestamp(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000)));
    assertEquals(
        "2025-01-01 00:00",
        TemporalText.timestamp(LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_999)));
    assertEquals(
        "0001-01-01 10:00:01.000001 BC",
        TemporalText.timestamp(LocalDateTime.of(0, 1, 1, 10, 0, 1, 500)));
    assertEquals("infinity", TemporalText.timestamp(LocalDateTime.MAX));
    assertEquals("-infinity", TemporalText.timestamp(LocalDateTime.MIN));
  }

  @Test
  void timestampsWithOffsetsAreWrittenInUtc() {
    assertEquals(
        "2024-01-02 01:04+00",
        TemporalText.timestamptz(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2))));
    assertEquals(
        "0001-01-01 07:00+00 BC",
        TemporalText.timestamptz(OffsetDateTime.of(0, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(3))));
    assertEquals("infinity", TemporalText.timestamptz(OffsetDateTime.MAX));
    assertEquals("-infinity", TemporalText.timestamptz(OffsetDateTime.MIN));
    assertEquals(
        "2024-01-02 03:04:05.123+00",
        TemporalText.instant(Instant.parse("2024-01-02T03:04:05.123Z")));
  }
}
