package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.NumberColumn;

/**
 * The {@link NumberColumn} of generated DAOs: a {@link TypedColumn} that also knows how its sums
 * and averages are read.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values
 * @param <S> the Java type of the column's {@code sum}
 * @param <A> the Java type of the column's {@code avg}
 */
public final class TypedNumberColumn<R, V extends Number, S extends Number, A extends Number>
    extends TypedColumn<R, V> implements NumberColumn<R, V, S, A> {
  private final ValueKind<S> sumKind;
  private final ValueKind<A> avgKind;
  private final String sum;
  private final String avg;

  TypedNumberColumn(String name, ValueKind<V> kind, ValueKind<S> sumKind, ValueKind<A> avgKind) {
    super(name, kind);
    this.sumKind = sumKind;
    this.avgKind = avgKind;
    this.sum = aggregate("sum(" + sql() + ")");
    this.avg = aggregate("avg(" + sql() + ")");
  }

  /** Rows whose value equals {@code value}, bound as a {@code bigint}: {@code "col" = ?}. */
  @Override
  public final Condition<R> eq(long value) {
    return Condition.of(eq, bigint(value));
  }

  /** Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. */
  @Override
  public final Condition<R> ne(long value) {
    return Condition.of(ne, bigint(value));
  }

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  @Override
  public final Condition<R> gt(long value) {
    return Condition.of(gt, bigint(value));
  }

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  @Override
  public final Condition<R> ge(long value) {
    return Condition.of(ge, bigint(value));
  }

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  @Override
  public final Condition<R> lt(long value) {
    return Condition.of(lt, bigint(value));
  }

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  @Override
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
