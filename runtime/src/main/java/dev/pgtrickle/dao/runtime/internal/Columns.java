package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The factories of column constants, one per component type, called by generated DAOs ({@code
 * static final TextColumn<OrderTotals> REGION = Columns.ofString("region");}); the processor has
 * already validated the name.
 */
public final class Columns {
  private Columns() {}

  /**
   * Returns the column named {@code name}, with no Java type to bind its values by: they are bound
   * with {@code setObject}, and {@code Select.min}/{@code max} over it cannot be read. Kept for
   * code generated before the typed factories; generated code now calls the factory for the
   * component's type ({@link #ofLong}, {@link #ofString}, ...).
   */
  public static <R, V> TypedColumn<R, V> of(String name) {
    return new TypedColumn<>(name, ValueKind.untyped());
  }

  /** A {@code String} component: a {@code text} or {@code varchar} column. */
  public static <R> TypedTextColumn<R> ofString(String name) {
    return new TypedTextColumn<>(name);
  }

  /** A {@code boolean} or {@code Boolean} component: a {@code boolean} column. */
  public static <R> TypedColumn<R, Boolean> ofBoolean(String name) {
    return new TypedColumn<>(name, ValueKind.BOOLEAN);
  }

  /**
   * A {@code short} or {@code Short} component: a {@code smallint} column, whose {@code sum} is a
   * {@code bigint} ({@code Long}) and whose {@code avg} is a {@code numeric} ({@code BigDecimal}).
   */
  public static <R> TypedNumberColumn<R, Short, Long, BigDecimal> ofShort(String name) {
    return new TypedNumberColumn<>(name, ValueKind.SHORT, ValueKind.LONG, ValueKind.BIG_DECIMAL);
  }

  /**
   * An {@code int} or {@code Integer} component: an {@code integer} column, whose {@code sum} is a
   * {@code bigint} ({@code Long}) and whose {@code avg} is a {@code numeric} ({@code BigDecimal}).
   */
  public static <R> TypedNumberColumn<R, Integer, Long, BigDecimal> ofInteger(String name) {
    return new TypedNumberColumn<>(name, ValueKind.INTEGER, ValueKind.LONG, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code long} or {@code Long} component: a {@code bigint} column, whose {@code sum} and {@code
   * avg} are {@code numeric} ({@code BigDecimal}), so a sum never overflows.
   */
  public static <R> TypedNumberColumn<R, Long, BigDecimal, BigDecimal> ofLong(String name) {
    return new TypedNumberColumn<>(
        name, ValueKind.LONG, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code float} or {@code Float} component: a {@code real} column, whose {@code sum} is a
   * {@code real} ({@code Float}) and whose {@code avg} is a {@code double precision} ({@code
   * Double}).
   */
  public static <R> TypedNumberColumn<R, Float, Float, Double> ofFloat(String name) {
    return new TypedNumberColumn<>(name, ValueKind.FLOAT, ValueKind.FLOAT, ValueKind.DOUBLE);
  }

  /**
   * A {@code double} or {@code Double} component: a {@code double precision} column, whose {@code
   * sum} and {@code avg} are {@code double precision} ({@code Double}).
   */
  public static <R> TypedNumberColumn<R, Double, Double, Double> ofDouble(String name) {
    return new TypedNumberColumn<>(name, ValueKind.DOUBLE, ValueKind.DOUBLE, ValueKind.DOUBLE);
  }

  /**
   * A {@code BigDecimal} component: a {@code numeric} column, whose {@code sum} and {@code avg} are
   * {@code numeric} ({@code BigDecimal}).
   */
  public static <R> TypedNumberColumn<R, BigDecimal, BigDecimal, BigDecimal> ofBigDecimal(
      String name) {
    return new TypedNumberColumn<>(
        name, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code BigInteger} component: a {@code numeric} column of integers, whose {@code sum} and
   * {@code avg} are {@code numeric} ({@code BigDecimal}), as PostgreSQL returns them.
   */
  public static <R> TypedNumberColumn<R, BigInteger, BigDecimal, BigDecimal> ofBigInteger(
      String name) {
    return new TypedNumberColumn<>(
        name, ValueKind.BIG_INTEGER, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /** A {@code LocalDate} component: a {@code date} column. */
  public static <R> TypedColumn<R, LocalDate> ofLocalDate(String name) {
    return new TypedColumn<>(name, ValueKind.LOCAL_DATE);
  }

  /** A {@code LocalTime} component: a {@code time} column. */
  public static <R> TypedColumn<R, LocalTime> ofLocalTime(String name) {
    return new TypedColumn<>(name, ValueKind.LOCAL_TIME);
  }

  /** A {@code LocalDateTime} component: a {@code timestamp} (without time zone) column. */
  public static <R> TypedColumn<R, LocalDateTime> ofLocalDateTime(String name) {
    return new TypedColumn<>(name, ValueKind.LOCAL_DATE_TIME);
  }

  /** An {@code OffsetDateTime} component: a {@code timestamptz} column. */
  public static <R> TypedColumn<R, OffsetDateTime> ofOffsetDateTime(String name) {
    return new TypedColumn<>(name, ValueKind.OFFSET_DATE_TIME);
  }

  /** An {@code Instant} component: a {@code timestamptz} column. */
  public static <R> TypedColumn<R, Instant> ofInstant(String name) {
    return new TypedColumn<>(name, ValueKind.INSTANT);
  }

  /** A {@code UUID} component: a {@code uuid} column. */
  public static <R> TypedColumn<R, UUID> ofUuid(String name) {
    return new TypedColumn<>(name, ValueKind.UUID);
  }

  /** A {@code byte[]} component: a {@code bytea} column. */
  public static <R> TypedColumn<R, byte[]> ofBytes(String name) {
    return new TypedColumn<>(name, ValueKind.BYTES);
  }

  /**
   * A {@link RowIdentity} component, the {@code @RowId} one: pg_trickle's {@code __pgt_row_id}, a
   * {@code bytea}.
   */
  public static <R> TypedColumn<R, RowIdentity> ofRowId(String name) {
    return new TypedColumn<>(name, ValueKind.ROW_ID);
  }

  /**
   * An enum component stored as {@code text}, bound by {@link Enum#name()} and read back through
   * {@code valueOf}, the enum's own method: {@code Columns.ofEnum("shade", Shade::valueOf)}.
   */
  public static <R, E extends Enum<E>> TypedColumn<R, E> ofEnum(
      String name, Function<String, E> valueOf) {
    return new TypedColumn<>(
        name, ValueKind.enumerated(Objects.requireNonNull(valueOf, "valueOf")));
  }

  /** A {@code List<String>} component: a {@code text[]} column. */
  public static <R> TypedColumn<R, List<String>> ofStringList(String name) {
    return new TypedColumn<>(name, ValueKind.STRING_LIST);
  }

  /** A {@code List<Long>} component: a {@code bigint[]} column. */
  public static <R> TypedColumn<R, List<Long>> ofLongList(String name) {
    return new TypedColumn<>(name, ValueKind.LONG_LIST);
  }

  /** A {@code List<Integer>} component: an {@code integer[]} column. */
  public static <R> TypedColumn<R, List<Integer>> ofIntegerList(String name) {
    return new TypedColumn<>(name, ValueKind.INTEGER_LIST);
  }
}
