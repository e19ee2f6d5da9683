package dev.pgtrickle.dao.runtime;

import java.util.Collection;

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
 * <p>Generated code creates the constants through the runtime's internal factories, one per
 * component type, after the processor has validated the name; applications do not implement this
 * interface (a query refuses columns that do not come from a generated DAO).
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values (boxed for primitive components)
 */
public interface Column<R, V> {
  /** Returns the column's name as stored, unquoted. */
  String name();

  /** Returns the column's quoted SQL identifier. */
  String sql();

  /** Ascending order on this column, with PostgreSQL's default of NULLs last. */
  Sort<R> asc();

  /** Descending order on this column, with PostgreSQL's default of NULLs first. */
  Sort<R> desc();

  /**
   * Rows whose value equals {@code value}: {@code "col" = ?}. A null {@code value} means the rows
   * whose value is NULL, {@code "col" IS NULL} (as in Spring Data), since {@code = NULL} is never
   * true.
   */
  Condition<R> eq(V value);

  /**
   * Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. A null {@code
   * value} means the rows whose value is not NULL, {@code "col" IS NOT NULL}.
   */
  Condition<R> ne(V value);

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  Condition<R> gt(V value);

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  Condition<R> ge(V value);

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  Condition<R> lt(V value);

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  Condition<R> le(V value);

  /**
   * Rows whose value lies between {@code low} and {@code high}, both included: {@code "col" BETWEEN
   * ? AND ?}. With {@code low > high} no row does.
   */
  Condition<R> between(V low, V high);

  /**
   * Rows whose value equals one of {@code values}. The values are bound as one array, {@code "col"
   * = ANY(?)}, so the SQL is the same for any number of them; for array-valued columns ({@code
   * List<...>}) there is one placeholder per value, {@code "col" IN (?, ?)}. With no values, no row
   * matches.
   */
  Condition<R> in(Collection<? extends V> values);

  /** Rows whose value equals one of {@code values}; see {@link #in(Collection)}. */
  @SuppressWarnings("unchecked")
  Condition<R> in(V... values);

  /** Rows whose value is NULL: {@code "col" IS NULL}. */
  Condition<R> isNull();

  /** Rows whose value is not NULL: {@code "col" IS NOT NULL}. */
  Condition<R> isNotNull();
}
