package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Column} of generated DAOs, created by {@link Columns}: its SQL fragments are computed
 * once, when the constant is created, so building a condition concatenates no strings; values are
 * bound through the column's {@link ValueKind}. Immutable and thread-safe.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values (boxed for primitive components)
 */
public class TypedColumn<R, V> implements Column<R, V> {
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

  TypedColumn(String name, ValueKind<V> kind) {
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

  /** Returns the column's name as stored, unquoted. */
  @Override
  public final String name() {
    return name;
  }

  /** Returns the column's quoted SQL identifier. */
  @Override
  public final String sql() {
    return sql;
  }

  /** Ascending order on this column, with PostgreSQL's default of NULLs last. */
  @Override
  public final Sort<R> asc() {
    return asc;
  }

  /** Descending order on this column, with PostgreSQL's default of NULLs first. */
  @Override
  public final Sort<R> desc() {
    return desc;
  }

  /**
   * Rows whose value equals {@code value}: {@code "col" = ?}. A null {@code value} means the rows
   * whose value is NULL, {@code "col" IS NULL} (as in Spring Data), since {@code = NULL} is never
   * true.
   */
  @Override
  public final Condition<R> eq(V value) {
    return value == null ? isNull() : Condition.of(eq, parameter(value));
  }

  /**
   * Rows whose value differs from {@code value} (not NULLs): {@code "col" <> ?}. A null {@code
   * value} means the rows whose value is not NULL, {@code "col" IS NOT NULL}.
   */
  @Override
  public final Condition<R> ne(V value) {
    return value == null ? isNotNull() : Condition.of(ne, parameter(value));
  }

  /** Rows whose value is greater than {@code value}: {@code "col" > ?}. */
  @Override
  public final Condition<R> gt(V value) {
    return Condition.of(gt, parameter(value));
  }

  /** Rows whose value is greater than or equal to {@code value}: {@code "col" >= ?}. */
  @Override
  public final Condition<R> ge(V value) {
    return Condition.of(ge, parameter(value));
  }

  /** Rows whose value is less than {@code value}: {@code "col" < ?}. */
  @Override
  public final Condition<R> lt(V value) {
    return Condition.of(lt, parameter(value));
  }

  /** Rows whose value is less than or equal to {@code value}: {@code "col" <= ?}. */
  @Override
  public final Condition<R> le(V value) {
    return Condition.of(le, parameter(value));
  }

  /**
   * Rows whose value lies between {@code low} and {@code high}, both included: {@code "col" BETWEEN
   * ? AND ?}. With {@code low > high} no row does.
   */
  @Override
  public final Condition<R> between(V low, V high) {
    return Condition.of(between, parameter(low), parameter(high));
  }

  /**
   * Rows whose value equals one of {@code values}. The values are bound as one array, {@code "col"
   * = ANY(?)}, so the SQL is the same for any number of them; for array-valued columns ({@code
   * List<...>}) there is one placeholder per value, {@code "col" IN (?, ?)}. With no values, no row
   * matches.
   */
  @Override
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
  @Override
  public final Condition<R> in(V... values) {
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value);
    }
    return in(list);
  }

  /** Rows whose value is NULL: {@code "col" IS NULL}. */
  @Override
  public final Condition<R> isNull() {
    return Condition.of(isNull);
  }

  /** Rows whose value is not NULL: {@code "col" IS NOT NULL}. */
  @Override
  public final Condition<R> isNotNull() {
    return Condition.of(isNotNull);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * {@code column} as the runtime's column.
   *
   * @throws IllegalArgumentException if {@code column} is not a generated DAO's constant
   */
  static <R, V> TypedColumn<R, V> of(Column<R, V> column) {
    if (column instanceof TypedColumn<R, V> typed) {
      return typed;
    }
    throw foreign(column);
  }

  /** {@code column} as the runtime's numeric column; see {@link #of}. */
  static <R, V extends Number, S extends Number, A extends Number>
      TypedNumberColumn<R, V, S, A> number(NumberColumn<R, V, S, A> column) {
    if (column instanceof TypedNumberColumn<R, V, S, A> typed) {
      return typed;
    }
    throw foreign(column);
  }

  private static IllegalArgumentException foreign(Column<?, ?> column) {
    return new IllegalArgumentException(
        "column "
            + Objects.requireNonNull(column, "column")
            + " ("
            + column.getClass().getName()
            + ") is not a generated DAO's column constant; queries take only those");
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
