package dev.pgtrickle.dao.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A condition on the rows of one record type's stream table, built from the operators of its {@link
 * Column} constants and combined with {@link #and}, {@link #or} and {@link #not}: {@code
 * REGION.eq("north").and(TOTAL.gt(100L).or(TOTAL.isNull()))}. A condition over another record's
 * columns does not compile.
 *
 * <p>Every value is a bind parameter; the SQL text holds only quoted column names, operators and
 * {@code ?} placeholders, and it is the same for every condition of the same shape, whatever the
 * values. Grouping follows the calls: {@code a.or(b).and(c)} is {@code (a OR b) AND c}, and nested
 * groups are parenthesised in the SQL. SQL's three-valued logic applies: a comparison with a NULL
 * column is neither true nor false, so neither {@code ne} nor {@code not()} selects rows whose
 * column is NULL; add {@code .or(COLUMN.isNull())} where those are wanted.
 *
 * <p>Immutable and thread-safe: combining returns a new condition, so conditions can be kept in
 * constants and reused.
 *
 * @param <R> the record whose columns are compared
 */
public final class Condition<R> {
  private static final Parameter[] NO_PARAMETERS = {};

  /**
   * The neutral leaves, {@code TRUE} and {@code FALSE}: instances of their own, compared by
   * identity, so that no comparison made by {@link #of} is taken for one.
   */
  private static final String TRUE = new String("TRUE");

  private static final String FALSE = new String("FALSE");

  /**
   * The value-free shape: a comparison is its SQL text itself (a column's fragment, made once per
   * column, so a comparison makes no node of its own), a group a {@link Junction}, a negation a
   * {@link Negation}.
   */
  private final Object node;

  private final Parameter[] parameters;

  private Condition(Object node, Parameter[] parameters) {
    this.node = node;
    this.parameters = parameters;
  }

  /**
   * A condition whose SQL is {@code sql}, one {@code ?} per parameter, in order. For the runtime's
   * column implementations, whose SQL is built from validated, quoted identifiers; applications
   * build conditions from column constants.
   */
  public static <R> Condition<R> of(String sql, Parameter... parameters) {
    return new Condition<>(Objects.requireNonNull(sql, "sql"), parameters);
  }

  /** The condition no row meets, rendered {@code FALSE}. */
  public static <R> Condition<R> never() {
    return new Condition<>(FALSE, NO_PARAMETERS);
  }

  /**
   * Every row meets all of {@code conditions}; with none, the condition every row meets ({@code
   * TRUE}), a neutral start for conditions built step by step.
   */
  @SafeVarargs
  public static <R> Condition<R> allOf(Condition<R>... conditions) {
    Condition<R> all = new Condition<>(TRUE, NO_PARAMETERS);
    for (Condition<R> condition : conditions) {
      all = all.and(condition);
    }
    return all;
  }

  /** Every row meets all of {@code conditions}; with none, {@code TRUE}. */
  public static <R> Condition<R> allOf(Collection<? extends Condition<R>> conditions) {
    Condition<R> all = new Condition<>(TRUE, NO_PARAMETERS);
    for (Condition<R> condition : conditions) {
      all = all.and(condition);
    }
    return all;
  }

  /** A row meets at least one of {@code conditions}; with none, no row does ({@code FALSE}). */
  @SafeVarargs
  public static <R> Condition<R> anyOf(Condition<R>... conditions) {
    Condition<R> any = never();
    for (Condition<R> condition : conditions) {
      any = any.or(condition);
    }
    return any;
  }

  /** A row meets at least one of {@code conditions}; with none, {@code FALSE}. */
  public static <R> Condition<R> anyOf(Collection<? extends Condition<R>> conditions) {
    Condition<R> any = never();
    for (Condition<R> condition : conditions) {
      any = any.or(condition);
    }
    return any;
  }

  /** Rows that meet this condition and {@code other}. */
  public Condition<R> and(Condition<R> other) {
    return combine(false, other);
  }

  /** Rows that meet this condition or {@code other}, or both. */
  public Condition<R> or(Condition<R> other) {
    return combine(true, other);
  }

  /**
   * Rows for which this condition is false; as in SQL, not those for which it is unknown because a
   * column is NULL.
   */
  public Condition<R> not() {
    Object negated;
    if (node == TRUE) {
      negated = FALSE;
    } else if (node == FALSE) {
      negated = TRUE;
    } else if (node instanceof Negation negation) {
      negated = negation.operand();
    } else {
      negated = new Negation(node);
    }
    return new Condition<>(negated, parameters);
  }

  /** The condition's SQL, with {@code ?} for each value: {@code "region" = ? AND "total" > ?}. */
  public String sql() {
    StringBuilder sql = new StringBuilder();
    render(node, sql, false);
    return sql.toString();
  }

  @Override
  public String toString() {
    return sql();
  }

  /** The shape: equal for conditions that render the same SQL, whatever their values. */
  Object node() {
    return node;
  }

  /**
   * The condition's shape, a key for caches of rendered statements: equal (and of equal hash) for
   * conditions that render the same {@link #sql()}, whatever their values.
   */
  public Object shape() {
    return node;
  }

  /**
   * Binds the condition's values to {@code statement}, the first at {@code index}, and returns the
   * index after the last.
   */
  public int bind(PreparedStatement statement, int index) throws SQLException {
    int next = index;
    for (Parameter parameter : parameters) {
      parameter.bind(statement, next++);
    }
    return next;
  }

  /** The values, one per {@code ?}, in the order of the SQL. */
  Parameter[] parameters() {
    return parameters;
  }

  private Condition<R> combine(boolean or, Condition<R> other) {
    Objects.requireNonNull(other, "other");
    String neutral = or ? FALSE : TRUE;
    if (node == neutral) {
      return other;
    }
    if (other.node == neutral) {
      return this;
    }
    List<Object> operands = new ArrayList<>();
    flatten(node, or, operands);
    flatten(other.node, or, operands);
    Parameter[] combined = Arrays.copyOf(parameters, parameters.length + other.parameters.length);
    System.arraycopy(other.parameters, 0, combined, parameters.length, other.parameters.length);
    return new Condition<>(new Junction(or, List.copyOf(operands)), combined);
  }

  private static void flatten(Object node, boolean or, List<Object> into) {
    if (node instanceof Junction junction && junction.or() == or) {
      into.addAll(junction.operands());
    } else {
      into.add(node);
    }
  }

  /** Appends {@code node}'s SQL; a group inside another group is parenthesised. */
  static void render(Object node, StringBuilder sql, boolean nested) {
    if (node instanceof String comparison) {
      sql.append(comparison);
    } else if (node instanceof Negation negation) {
      sql.append("NOT (");
      render(negation.operand(), sql, false);
      sql.append(')');
    } else {
      Junction junction = (Junction) node;
      if (nested) {
        sql.append('(');
      }
      String separator = junction.or() ? " OR " : " AND ";
      List<Object> operands = junction.operands();
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          sql.append(separator);
        }
        render(operands.get(i), sql, true);
      }
      if (nested) {
        sql.append(')');
      }
    }
  }

  /** Binds one {@code ?} of a condition. */
  @FunctionalInterface
  public interface Parameter {
    /** Binds the value to {@code statement} at {@code index}. */
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  /**
   * Operands (comparisons' texts, negations and junctions of the other kind) joined by AND or OR;
   * never directly inside a junction of the same kind. A record, so equal shapes are equal.
   */
  record Junction(boolean or, List<Object> operands) {}

  /** {@code NOT (operand)}. */
  record Negation(Object operand) {}
}
