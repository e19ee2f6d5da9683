package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.Identifiers;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A typed column of a stream table: the record type {@code R} it belongs to and the Java type
 * {@code V} of its values. Generated DAOs expose one constant per record component, for example
 * {@code OrderTotalsDao.REGION} of type {@code TextColumn<OrderTotals>} and {@code
 * OrderTotalsDao.ORDER_COUNT} of type {@code NumberColumn<OrderTotals, Long, BigDecimal,
 * BigDecimal>}, so that a comparison with a value of the wrong type, or an ordering or condition
 * over another record's column, does not compile.
 *
 * <p>Every column offers the comparisons ({@link #eq}, {@link #ne}, {@link #gt}, {@link #ge},
 * {@link #lt}, {@link #le}, {@link #between}, {@link #in}, {@link #isNull}, {@link #isNotNull}) and
 * the orderings ({@link #asc()}, {@link #desc()}). Text columns ({@link TextColumn}) add {@code
 * like}/{@code ilike}; numeric columns ({@link NumberColumn}) carry the types of their sums and
 * averages. Values are always bind parameters, bound as the column's type. {@code eq(null)} means
 * {@code IS NULL} and {@code ne(null)} {@code IS NOT NULL}, as in Spring Data; the other
 * comparisons reject a null value, since SQL's {@code > NULL} is never true.
 *
 * <p>Instances are immutable and thread-safe; their SQL fragments are computed once, when the
 * constant is created, so building a condition concatenates no strings.
 *
 * <p>The factories ({@link #ofString}, {@link #ofLong}, ...) are called by generated code, one per
 * component type; the processor has already validated the name.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values (boxed for primitive components)
 */
public sealed class Column<R, V> permits TextColumn, NumberColumn {
  private final String name;
  private final String sql;
  private final ValueKind<V> kind;
  private final Sort<R> asc;
  private final Sort<R> desc;
  final String eq;
  final String ne;
  final String gt;
  final String ge;
  final String lt;
  final String le;
  private final String between;
  private final String isNull;
  private final String isNotNull;
  private final String anyOf;
  private final String count;
  private final String min;
  private final String max;

  Column(String name, ValueKind<V> kind) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sql = Identifiers.quote(name);
    this.asc = Sort.of(sql, " ASC");
    this.desc = Sort.of(sql, " DESC");
    this.eq = sql + " = ?";
    this.ne = sql + " <> ?";
    this.gt = sql + " > ?";
    this.ge = sql + " >= ?";
    this.lt = sql + " < ?";
    this.le = sql + " <= ?";
    this.between = sql + " BETWEEN ? AND ?";
    this.isNull = sql + " IS NULL";
    this.isNotNull = sql + " IS NOT NULL";
    this.anyOf = kind.bindsArrays() ? sql + " = ANY(?)" : null;
    this.count = aggregate("count(" + sql + ")");
    this.min = aggregate(kind.min(sql));
    this.max = aggregate(kind.max(sql));
  }

  /**
   * Returns the column named {@code name}, with no Java type to bind its values by: they are bound
   * with {@code setObject}, and {@link Select#min}/{@link Select#max} over it cannot be read. Kept
   * for code generated before the typed factories; generated code now calls the factory for the
   * component's type ({@link #ofLong}, {@link #ofString}, ...).
   */
  public static <R, V> Column<R, V> of(String name) {
    return new Column<>(name, ValueKind.untyped());
  }

  /** A {@code String} component: a {@code text} or {@code varchar} column. */
  public static <R> TextColumn<R> ofString(String name) {
    return new TextColumn<>(name);
  }

  /** A {@code boolean} or {@code Boolean} component: a {@code boolean} column. */
  public static <R> Column<R, Boolean> ofBoolean(String name) {
    return new Column<>(name, ValueKind.BOOLEAN);
  }

  /**
   * A {@code short} or {@code Short} component: a {@code smallint} column, whose {@code sum} is a
   * {@code bigint} ({@code Long}) and whose {@code avg} is a {@code numeric} ({@code BigDecimal}).
   */
  public static <R> NumberColumn<R, Short, Long, BigDecimal> ofShort(String name) {
    return new NumberColumn<>(name, ValueKind.SHORT, ValueKind.LONG, ValueKind.BIG_DECIMAL);
  }

  /**
   * An {@code int} or {@code Integer} component: an {@code integer} column, whose {@code sum} is a
   * {@code bigint} ({@code Long}) and whose {@code avg} is a {@code numeric} ({@code BigDecimal}).
   */
  public static <R> NumberColumn<R, Integer, Long, BigDecimal> ofInteger(String name) {
    return new NumberColumn<>(name, ValueKind.INTEGER, ValueKind.LONG, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code long} or {@code Long} component: a {@code bigint} column, whose {@code sum} and {@code
   * avg} are {@code numeric} ({@code BigDecimal}), so a sum never overflows.
   */
  public static <R> NumberColumn<R, Long, BigDecimal, BigDecimal> ofLong(String name) {
    return new NumberColumn<>(name, ValueKind.LONG, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code float} or {@code Float} component: a {@code real} column, whose {@code sum} is a
   * {@code real} ({@code Float}) and whose {@code avg} is a {@code double precision} ({@code
   * Double}).
   */
  public static <R> NumberColumn<R, Float, Float, Double> ofFloat(String name) {
    return new NumberColumn<>(name, ValueKind.FLOAT, ValueKind.FLOAT, ValueKind.DOUBLE);
  }

  /**
   * A {@code double} or {@code Double} component: a {@code double precision} column, whose {@code
   * sum} and {@code avg} are {@code double precision} ({@code Double}).
   */
  public static <R> NumberColumn<R, Double, Double, Double> ofDouble(String name) {
    return new NumberColumn<>(name, ValueKind.DOUBLE, ValueKind.DOUBLE, ValueKind.DOUBLE);
  }

  /**
   * A {@code BigDecimal} component: a {@code numeric} column, whose {@code sum} and {@code avg} are
   * {@code numeric} ({@code BigDecimal}).
   */
  public static <R> NumberColumn<R, BigDecimal, BigDecimal, BigDecimal> ofBigDecimal(String name) {
    return new NumberColumn<>(
        name, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /**
   * A {@code BigInteger} component: a {@code numeric} column of integers, whose {@code sum} and
   * {@code avg} are {@code numeric} ({@code BigDecimal}), as PostgreSQL returns them.
   */
  public static <R> NumberColumn<R, BigInteger, BigDecimal, BigDecimal> ofBigInteger(String name) {
    return new NumberColumn<>(
        name, ValueKind.BIG_INTEGER, ValueKind.BIG_DECIMAL, ValueKind.BIG_DECIMAL);
  }

  /** A {@code LocalDate} component: a {@code date} column. */
  public static <R> Column<R, LocalDate> ofLocalDate(String name) {
    return new Column<>(name, ValueKind.LOCAL_DATE);
  }

  /** A {@code LocalTime} component: a {@code time} column. */
  public static <R> Column<R, LocalTime> ofLocalTime(String name) {
    return new Column<>(name, ValueKind.LOCAL_TIME);
  }

  /** A {@code LocalDateTime} component: a {@code timestamp} (without time zone) column. */
  public static <R> Column<R, LocalDateTime> ofLocalDateTime(String name) {
    return new Column<>(name, ValueKind.LOCAL_DATE_TIME);
  }

  /** An {@code OffsetDateTime} component: a {@code timestamptz} column. */
  public static <R> Column<R, OffsetDateTime> ofOffsetDateTime(String name) {
    return new Column<>(name, ValueKind.OFFSET_DATE_TIME);
  }

  /** An {@code Instant} component: a {@code timestamptz} column. */
  public static <R> Column<R, Instant> ofInstant(String name) {
    return new Column<>(name, ValueKind.INSTANT);
  }

  /** A {@code UUID} component: a {@code uuid} column. */
  public static <R> Column<R, UUID> ofUuid(String name) {
    return new Column<>(name, ValueKind.UUID);
  }

  /** A {@code byte[]} component: a {@code bytea} column. */
  public static <R> Column<R, byte[]> ofBytes(String name) {
    return new Column<>(name, ValueKind.BYTES);
  }

  /**
   * A {@link RowIdentity} component, the {@code @RowId} one: pg_trickle's {@code __pgt_row_id}, a
   * {@code bytea}.
   */
  public static <R> Column<R, RowIdentity> ofRowId(String name) {
    return new Column<>(name, ValueKind.ROW_ID);
  }

  /**
   * An enum component stored as {@code text}, bound by {@link Enum#name()} and read back through
   * {@code valueOf}, the enum's own method: {@code Column.ofEnum("shade", Shade::valueOf)}.
   */
  public static <R, E extends Enum<E>> Column<R, E> ofEnum(
      String name, Function<String, E> valueOf) {
    return new Column<>(name, ValueKind.enumerated(Objects.requireNonNull(valueOf, "valueOf")));
  }

  /** A {@code List<String>} component: a {@code text[]} column. */
  public static <R> Column<R, List<String>> ofStringList(String name) {
    return new Column<>(name, ValueKind.STRING_LIST);
  }

  /** A {@code List<Long>} component: a {@code bigint[]} column. */
  public static <R> Column<R, List<Long>> ofLongList(String name) {
    return new Column<>(name, ValueKind.LONG_LIST);
  }

  /** A {@code List<Integer>} component: an {@code integer[]} column. */
  public static <R> Column<R, List<Integer>> ofIntegerList(String name) {
    return new Column<>(name, ValueKind.INTEGER_LIST);
  }

  /** Returns the column's name as stored, unquoted. */
  public final String name() {
    return name;
  }

  /** Returns the column's quoted SQL identifier. */
  public final String sql() {
    return sql;
  }

  /** Ascending order on this column, with PostgreSQL's default of NULLs last. */
  public final Sort<R> asc() {
    return asc;
  }

  /** Descending order on this column, with PostgreSQL's default of NULLs first. */
  public final Sort<R> desc() {
    return desc;
  }

  /**
   * Rows whose value equals {@code value}: {@code "col" = ?}. A null {@code value} means the rows
   * whose value is NULL, {@code "col" IS NULL} (as in Spring Data), since {@code = NULL} is never
   * true.
   */
  public final Condition<R> eq(V value) {
    return value == null ? isNull() : Condition.of(eq, parameter(value));
  }

  /**
   * Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. A null {@code
   * value} means the rows whose value is not NULL, {@code "col" IS NOT NULL}.
   */
  public final Condition<R> ne(V value) {
    return value == null ? isNotNull() : Condition.of(ne, parameter(value));
  }

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  public final Condition<R> gt(V value) {
    return Condition.of(gt, parameter(value));
  }

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  public final Condition<R> ge(V value) {
    return Condition.of(ge, parameter(value));
  }

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  public final Condition<R> lt(V value) {
    return Condition.of(lt, parameter(value));
  }

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  public final Condition<R> le(V value) {
    return Condition.of(le, parameter(value));
  }

  /**
   * Rows whose value lies between {@code low} and {@code high}, both included: {@code "col" BETWEEN
   * ? AND ?}. With {@code low > high} no row does.
   */
  public final Condition<R> between(V low, V high) {
    return Condition.of(between, parameter(low), parameter(high));
  }

  /**
   * Rows whose value equals one of {@code values}. The values are bound as one array, {@code "col"
   * = ANY(?)}, so the SQL is the same for any number of them; for array-valued columns ({@code
   * List<...>}) there is one placeholder per value, {@code "col" IN (?, ?)}. With no values, no row
   * matches.
   */
  public final Condition<R> in(Collection<? extends V> values) {
    Objects.requireNonNull(values, "values");
    List<V> copy = List.copyOf(checkElements(values));
    if (anyOf != null) {
      return Condition.of(anyOf, (statement, index) -> kind.bindArray(statement, index, copy));
    }
    if (copy.isEmpty()) {
      return Condition.never();
    }
    StringBuilder list = new StringBuilder(sql.length() + 6 + 3 * copy.size()).append(sql);
    Condition.Parameter[] parameters = new Condition.Parameter[copy.size()];
    for (int i = 0; i < parameters.length; i++) {
      list.append(i == 0 ? " IN (?" : ", ?");
      parameters[i] = parameter(copy.get(i));
    }
    return Condition.of(list.append(')').toString(), parameters);
  }

  /** Rows whose value equals one of {@code values}; see {@link #in(Collection)}. */
  @SafeVarargs
  public final Condition<R> in(V... values) {
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value);
    }
    return in(list);
  }

  /** Rows whose value is NULL: {@code "col" IS NULL}. */
  public final Condition<R> isNull() {
    return Condition.of(isNull);
  }

  /** Rows whose value is not NULL: {@code "col" IS NOT NULL}. */
  public final Condition<R> isNotNull() {
    return Condition.of(isNotNull);
  }

  @Override
  public String toString() {
    return name;
  }

  /** How values are bound and read. */
  final ValueKind<V> kind() {
    return kind;
  }

  /** {@code SELECT count("col") FROM (}: the head of the statement counting non-null values. */
  final String countHead() {
    return count;
  }

  /** The head of the statement selecting the smallest value. */
  final String minHead() {
    return min;
  }

  /** The head of the statement selecting the largest value. */
  final String maxHead() {
    return max;
  }

  /** Returns {@code SELECT expression FROM (}, the head of an aggregate over a query's rows. */
  static String aggregate(String expression) {
    return "SELECT " + expression + " FROM (";
  }

  /** Binds {@code value} as this column's type; null is rejected with advice. */
  final Condition.Parameter parameter(V value) {
    if (value == null) {
      throw nullValue();
    }
    return (statement, index) -> kind.bind(statement, index, value);
  }

  private Collection<? extends V> checkElements(Collection<? extends V> values) {
    for (V value : values) {
      if (value == null) {
        throw nullValue();
      }
    }
    return values;
  }

  private NullPointerException nullValue() {
    return new NullPointerException(
        "a null value for column \""
            + name
            + "\": SQL comparisons with NULL are never true;"
            + " use eq(null), isNull() or isNotNull()");
  }
}
