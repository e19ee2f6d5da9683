package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.ValueKind;

/**
 * A numeric column: a {@link Column} whose type parameters also say what PostgreSQL returns for its
 * {@link Select#sum sum} ({@code S}) and {@link Select#avg avg} ({@code A}), so the result of an
 * aggregate has the right Java type at compile time:
 *
 * <table>
 *   <caption>Aggregate result types</caption>
 *   <tr><th>component</th><th>column</th><th>{@code sum}</th><th>{@code avg}</th></tr>
 *   <tr><td>{@code short}</td><td>{@code smallint}</td>
 *       <td>{@code bigint}: {@code Long}</td><td>{@code numeric}: {@code BigDecimal}</td></tr>
 *   <tr><td>{@code int}</td><td>{@code integer}</td>
 *       <td>{@code bigint}: {@code Long}</td><td>{@code numeric}: {@code BigDecimal}</td></tr>
 *   <tr><td>{@code long}</td><td>{@code bigint}</td>
 *       <td>{@code numeric}: {@code BigDecimal}</td><td>{@code numeric}: {@code BigDecimal}</td></tr>
 *   <tr><td>{@code float}</td><td>{@code real}</td>
 *       <td>{@code real}: {@code Float}</td><td>{@code double precision}: {@code Double}</td></tr>
 *   <tr><td>{@code double}</td><td>{@code double precision}</td>
 *       <td>{@code double precision}: {@code Double}</td>
 *       <td>{@code double precision}: {@code Double}</td></tr>
 *   <tr><td>{@code BigDecimal}</td><td>{@code numeric}</td>
 *       <td>{@code numeric}: {@code BigDecimal}</td><td>{@code numeric}: {@code BigDecimal}</td></tr>
 *   <tr><td>{@code BigInteger}</td><td>{@code numeric}</td>
 *       <td>{@code numeric}: {@code BigDecimal}</td><td>{@code numeric}: {@code BigDecimal}</td></tr>
 * </table>
 *
 * <p>{@code min} and {@code max} return the column's own type {@code V}, and {@code count} a {@code
 * long}. Immutable and thread-safe.
 *
 * <h2>Integer literals</h2>
 *
 * Besides the comparisons with a value of the column's type, every numeric column compares with a
 * {@code long} ({@link #eq(long)}, {@link #ne(long)}, {@link #gt(long)}, {@link #ge(long)}, {@link
 * #lt(long)}, {@link #le(long)}), so an {@code int} literal or variable works on a {@code long}
 * column ({@code ORDER_COUNT.gt(10)}), and an integer on a {@code BigDecimal} one ({@code
 * TOTAL.ge(100)}). The value is bound as the column's own type when that is {@code smallint} or
 * {@code integer} and the value fits, else as a {@code bigint}; PostgreSQL compares {@code
 * smallint}, {@code integer}, {@code bigint} and {@code numeric} columns with it exactly, and an
 * index on the column still serves; {@code real} and {@code double precision} columns compare in
 * {@code double precision}. A boxed value of the column's own type, or {@code null}, takes the
 * column-typed comparison ({@code eq(null)} is {@code IS NULL}). For {@link #between}, write {@code
 * long} literals on a {@code long} column: {@code ORDER_COUNT.between(10L, 20L)}.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values
 * @param <S> the Java type of the column's {@code sum}
 * @param <A> the Java type of the column's {@code avg}
 */
public final class NumberColumn<R, V extends Number, S extends Number, A extends Number>
    extends Column<R, V> {
  private final ValueKind<S> sumKind;
  private final ValueKind<A> avgKind;
  private final String sum;
  private final String avg;

  NumberColumn(String name, ValueKind<V> kind, ValueKind<S> sumKind, ValueKind<A> avgKind) {
    super(name, kind);
    this.sumKind = sumKind;
    this.avgKind = avgKind;
    this.sum = aggregate("sum(" + sql() + ")");
    this.avg = aggregate("avg(" + sql() + ")");
  }

  /** Rows whose value equals {@code value}, bound as a {@code bigint}: {@code "col" = ?}. */
  public final Condition<R> eq(long value) {
    return Condition.of(eq, bigint(value));
  }

  /** Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. */
  public final Condition<R> ne(long value) {
    return Condition.of(ne, bigint(value));
  }

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  public final Condition<R> gt(long value) {
    return Condition.of(gt, bigint(value));
  }

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  public final Condition<R> ge(long value) {
    return Condition.of(ge, bigint(value));
  }

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  public final Condition<R> lt(long value) {
    return Condition.of(lt, bigint(value));
  }

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  public final Condition<R> le(long value) {
    return Condition.of(le, bigint(value));
  }

  /**
   * Binds {@code value} as the column's own type where it fits ({@code smallint}, {@code integer}),
   * else as a {@code bigint}, which PostgreSQL compares with every numeric column exactly.
   */
  private Condition.Parameter bigint(long value) {
    if (kind() == ValueKind.SHORT && value == (short) value) {
      return (statement, index) -> statement.setShort(index, (short) value);
    }
    if (kind() == ValueKind.INTEGER && value == (int) value) {
      return (statement, index) -> statement.setInt(index, (int) value);
    }
    return (statement, index) -> statement.setLong(index, value);
  }

  /** How the sum is read. */
  ValueKind<S> sumKind() {
    return sumKind;
  }

  /** How the average is read. */
  ValueKind<A> avgKind() {
    return avgKind;
  }

  /** The head of the statement summing the column. */
  String sumHead() {
    return sum;
  }

  /** The head of the statement averaging the column. */
  String avgHead() {
    return avg;
  }
}
