package dev.pgtrickle.dao.runtime;

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
public interface NumberColumn<R, V extends Number, S extends Number, A extends Number>
    extends Column<R, V> {
  /** Rows whose value equals {@code value}, bound as a {@code bigint}: {@code "col" = ?}. */
  Condition<R> eq(long value);

  /** Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. */
  Condition<R> ne(long value);

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  Condition<R> gt(long value);

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  Condition<R> ge(long value);

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  Condition<R> lt(long value);

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  Condition<R> le(long value);
}
