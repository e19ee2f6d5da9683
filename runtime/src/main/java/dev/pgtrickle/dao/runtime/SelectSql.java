package dev.pgtrickle.dao.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of a {@link Select}, rendered once per shape and kept in a bounded cache.
 *
 * <p>A shape is everything that decides the text and nothing that is bound: the DAO's base
 * statement, the condition's structure ({@link Condition.Node}: columns, operators, grouping), the
 * ordering's clause, whether there is a {@code LIMIT} and an {@code OFFSET}, and the statement
 * wrapped around the rows (an aggregate, {@code EXISTS}). Values never enter the key, so every
 * query of one shape gets the same {@code String} instance, which also keeps the driver's statement
 * cache warm.
 *
 * <p>The cache holds at most {@link #CAPACITY} shapes; when full, new shapes are rendered on every
 * use and not kept. Applications build queries from constants, so their shapes are few; the bound
 * only protects against code that builds unbounded variety (an {@code in} over array columns with
 * ever new numbers of values).
 */
final class SelectSql {
  /** The most shapes kept. */
  static final int CAPACITY = 2048;

  private static final ConcurrentHashMap<Shape, String> CACHE = new ConcurrentHashMap<>();

  private SelectSql() {}

  /**
   * One statement shape.
   *
   * @param head the text before the row query: empty, {@code SELECT EXISTS (} or {@code SELECT
   *     sum("x") FROM (}
   * @param select the DAO's {@code SELECT <columns> FROM <table>}
   * @param where the condition's shape, or null for every row
   * @param order the {@code ORDER BY} clause, or null
   * @param limit whether a {@code LIMIT ?} is bound
   * @param offset whether an {@code OFFSET ?} is bound
   * @param tail the text after the row query: empty, {@code )} or {@code ) AS q}
   */
  record Shape(
      String head,
      String select,
      Condition.Node where,
      String order,
      boolean limit,
      boolean offset,
      String tail) {}

  /** Returns the SQL of {@code shape}, rendering it only if it is not cached. */
  static String sql(Shape shape) {
    String sql = CACHE.get(shape);
    if (sql != null) {
      return sql;
    }
    sql = render(shape);
    if (CACHE.size() < CAPACITY) {
      String raced = CACHE.putIfAbsent(shape, sql);
      if (raced != null) {
        return raced;
      }
    }
    return sql;
  }

  /** The number of shapes cached. */
  static int size() {
    return CACHE.size();
  }

  static String render(Shape shape) {
    if (shape.head().isEmpty()
        && shape.where() == null
        && shape.order() == null
        && !shape.limit()
        && !shape.offset()) {
      return shape.select();
    }
    StringBuilder sql = new StringBuilder(256).append(shape.head()).append(shape.select());
    if (shape.where() != null) {
      sql.append(" WHERE ");
      Condition.render(shape.where(), sql, false);
    }
    if (shape.order() != null) {
      sql.append(shape.order());
    }
    if (shape.limit()) {
      sql.append(" LIMIT ?");
    }
    if (shape.offset()) {
      sql.append(" OFFSET ?");
    }
    return sql.append(shape.tail()).toString();
  }
}
