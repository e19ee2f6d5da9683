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
