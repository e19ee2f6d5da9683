package dev.pgtrickle.dao.runtime;

import java.util.Objects;

/**
 * A typed column of a stream table: the record type {@code R} it belongs to and the Java type
 * {@code V} of its values. Generated DAOs expose one constant per record component, for example
 * {@code OrderTotalsDao.TOTAL} of type {@code Column<OrderTotals, BigDecimal>}, so that an ordering
 * over another record's column does not compile.
 *
 * <p>Instances are immutable; their SQL is computed once, when the constant is created.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values (boxed for primitive components)
 */
public final class Column<R, V> {
  private final String name;
  private final String sql;
  private final Order<R> asc;
  private final Order<R> desc;

  private Column(String name) {
    this.name = Objects.requireNonNull(name, "name");
    this.sql = Identifiers.quote(name);
    this.asc = Order.of(sql, " ASC");
    this.desc = Order.of(sql, " DESC");
  }

  /**
   * Returns the column named {@code name}, exactly as stored. Called by generated code; the
   * processor has already validated the name.
   */
  public static <R, V> Column<R, V> of(String name) {
    return new Column<>(name);
  }

  /** Returns the column's name as stored, unquoted. */
  public String name() {
    return name;
  }

  /** Returns the column's quoted SQL identifier. */
  public String sql() {
    return sql;
  }

  /** Ascending order on this column, with PostgreSQL's default of NULLs last. */
  public Order<R> asc() {
    return asc;
  }

  /** Descending order on this column, with PostgreSQL's default of NULLs first. */
  public Order<R> desc() {
    return desc;
  }

  @Override
  public String toString() {
    return name;
  }
}
