package dev.pgtrickle.dao.it.roundtrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random values of every supported type from one seed: ordinary ones, the extremes PostgreSQL can
 * store (and the Java type can hold), and NULLs. Times have PostgreSQL's microsecond precision;
 * dates and timestamps span PostgreSQL's range where Java's reaches.
 */
final class Values {
  private static final String TEXT_POOL =
      "aZ09 '\"\\%_,{}()[];:-/*\t\n\u00e9\u00df\u6f22\u5b57\u2028\u2029\u0301\u05d0NULL";
  private static final int[] EMOJI = {0x1F600, 0x1F4A9, 0x10FFFF - 2, 0x1D11E};

  private final Random random;

  Values(long seed) {
    random = new Random(seed);
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** {@code value}, or null one time in seven. */
  <T> T nullable(Supplier<T> value) {
    return chance(14) ? null : value.get();
  }

  @SafeVarargs
  private <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  String text() {
    if (chance(5)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int length = chance(5) ? 2000 : random.nextInt(20);
    for (int i = 0; i < length; i++) {
      if (chance(5)) {
        out.appendCodePoint(EMOJI[random.nextInt(EMOJI.length)]);
      } else {
        out.append(TEXT_POOL.charAt(random.nextInt(TEXT_POOL.length())));
      }
    }
    return out.toString();
  }

  boolean bool() {
    return random.nextBoolean();
  }

  short small() {
    return chance(20)
        ? oneOf(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1)
        : (short) random.nextInt();
  }

  int medium() {
    return chance(20) ? oneOf(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1) : random.nextInt();
  }

  long big() {
    return chance(20) ? oneOf(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L) : random.nextLong();
  }

  float real() {
    return chance(30)
        ? oneOf(
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            Float.MIN_NORMAL,
            -0.0f,
            0.0f,
            1.0e-30f)
        : finite(Float.intBitsToFloat(random.nextInt()));
  }

  private float finite(float value) {
    return Float.isNaN(value) || Float.isInfinite(value) || Math.abs(value) < Float.MIN_NORMAL
        ? random.nextFloat()
        : value;
  }

  double dbl() {
    if (chance(30)) {
      return oneOf(
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          Double.MIN_NORMAL,
          -0.0,
          0.0,
          0.1,
          1e-300);
    }
    double value = Double.longBitsToDouble(random.nextLong());
    return Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) < Double.MIN_NORMAL
        ? random.nextGaussian()
        : value;
  }

  BigDecimal amount() {
    if (chance(15)) {
      return oneOf(
          new BigDecimal("0"),
          new BigDecimal("0.00"),
          new BigDecimal("-1.50"),
          new BigDecimal("1" + "0".repeat(130) + ".000001"),
          new BigDecimal("0." + "0".repeat(300) + "1"),
          new BigDecimal(new BigInteger(3000, random)).negate());
    }
    return new BigDecimal(new BigInteger(1 + random.nextInt(160), random), random.nextInt(30))
        .multiply(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
  }

  BigInteger huge() {
    BigInteger value = new BigInteger(1 + random.nextInt(400), random);
    return random.nextBoolean() ? value : value.negate();
  }

  LocalDate day() {
    if (chance(10)) {
      return oneOf(
          LocalDate.of(-4712, 1, 1),
          LocalDate.of(5874897, 12, 31),
          LocalDate.of(1, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(1970, 1, 1),
          LocalDate.of(2000, 2, 29));
    }
    LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_900_000) - 700_000);
    return bcLeapDay(day) ? day.plusDays(1) : day;
  }

  LocalTime clock() {
    if (chance(10)) {
      return oneOf(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000), LocalTime.NOON);
    }
    return LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000L) * 1000);
  }

  LocalDateTime local() {
    if (chance(10)) {
      return oneOf(
          LocalDateTime.of(-4712, 1, 1, 0, 0),
          LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000),
          LocalDateTime.of(1970, 1, 1, 0, 0));
    }
    LocalDate day = day();
    if (day.getYear() > 294276) {
      day = LocalDate.of(294276, 12, 31); // timestamp ends there, date goes on to 5874897
    }
    return day.atTime(clock());
  }

  OffsetDateTime stamped() {
    ZoneOffset offset =
        ZoneOffset.ofTotalSeconds((random.nextInt(31) - 15) * 3600 + oneOf(0, 1800, 2700));
    LocalDateTime local =
        LocalDateTime.of(1 + random.nextInt(9998), 1, 1, 0, 0)
            .plusSeconds(Math.floorMod(random.nextLong(), 365L * 86_400))
            .plusNanos(random.nextInt(1_000_000) * 1000L);
    return OffsetDateTime.of(local, offset);
  }

  Instant instant() {
    if (chance(10)) {
      return oneOf(
          Instant.EPOCH,
          Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999Z"));
    }
    // Within timestamptz's range (4713 BC to 294276 AD): pgjdbc binds an earlier instant as
    // '-infinity' without a word, a write-side conversion this read-side suite does not test.
    Instant instant =
        Instant.ofEpochSecond(
                random.nextLong() % 200_000_000_000L, random.nextInt(1_000_000) * 1000L)
            .truncatedTo(ChronoUnit.MICROS);
    return bcLeapDay(instant.atOffset(ZoneOffset.UTC).toLocalDate())
        ? instant.plusSeconds(86_400)
        : instant;
  }

  /**
   * Whether {@code day} is February 29 before 1 AD: pgjdbc 42.7 cannot parse the text form of such
   * a date, and reads it as a {@code ColumnMappingException} (ExactValuesIT), so the round trip,
   * which wants exact values, leaves them out.
   */
  static boolean bcLeapDay(LocalDate day) {
    return day.getYear() <= 0 && day.getMonthValue() == 2 && day.getDayOfMonth() == 29;
  }

  UUID uuid() {
    return chance(10)
        ? oneOf(new UUID(0, 0), new UUID(-1, -1))
        : new UUID(random.nextLong(), random.nextLong());
  }

  byte[] bytes() {
    byte[] bytes = new byte[chance(10) ? 0 : random.nextInt(64)];
    random.nextBytes(bytes);
    return bytes;
  }

  RoundTrip.Shade shade() {
    return RoundTrip.Shade.values()[random.nextInt(RoundTrip.Shade.values().length)];
  }

  <T> List<T> list(Supplier<T> element) {
    int size = chance(10) ? 0 : random.nextInt(6);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(chance(15) ? null : element.get());
    }
    return list;
  }
}
