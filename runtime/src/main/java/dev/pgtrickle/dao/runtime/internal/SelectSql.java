package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of the {@link Select}s of one DAO, rendered once per shape and kept in a bounded cache
 * that belongs to the DAO (its {@code query()} hands it to every {@code Select}), so nothing is
 * kept in a static field: two DAOs, or two class loaders, never share or pin each other's shapes.
 *
 * <p>A shape is everything that decides the text and nothing that is bound: the DAO's base
 * statement, the condition's structure ({@link Condition#shape()}: columns, operators, grouping),
 * the ordering's clause, whether there is a {@code LIMIT} and an {@code OFFSET}, and the statement
 * wrapped around the rows (an aggregate, {@code EXISTS}). Values never enter the key, so every
 * query of one shape gets the same {@code String} instance, which also keeps the driver's statement
 * cache warm.
 *
 * <p>The two most common shapes make no key when they are read: every row is the base statement
 * itself, not cached; a condition and nothing else is kept under the condition's shape ({@link
 * #where}).
 *
 * <p>The cache holds at most {@link #CAPACITY} shapes per DAO; when full, new shapes are rendered
 * on every use and not kept. Applications build queries from constants, so their shapes are few;
 * the bound only protects against code that builds unbounded variety (an {@code in} over array
 * columns with ever new numbers of values).
 */
final class SelectSql {
  /** The most shapes kept. */
  static final int CAPACITY = 2048;

  private final ConcurrentHashMap<Object, String> cache = new ConcurrentHashMap<>();

  SelectSql() {}

  /**
   * One statement shape.
   *
   * @param head the text before the row query: empty, {@code SELECT EXISTS (} or {@code SELECT
   *     sum("x") FROM (}
   * @param select the DAO's {@code SELECT <columns> FROM <table>}
   * @param where the condition's {@link Condition#shape()}, or null for every row
   * @param order the {@code ORDER BY} clause, or null
   * @param limit whether a {@code LIMIT ?} is bound
   * @param offset whether an {@code OFFSET ?} is bound
   * @param tail the text after the row query: empty, {@code )} or {@code ) AS q}
   */
  record Shape(
      String head,
      String select,
      Object where,
      String order,
      boolean limit,
      boolean offset,
      String tail) {}

  /** The fresh form of a query's statement: its key in the cache. */
  private record FreshShape(String data, String order) {}

  /**
   * Returns the SQL of {@code shape}, rendering it only if it is not cached; {@code where} is the
   * condition whose shape the shape holds, or null.
   */
  String sql(Shape shape, Condition<?> where) {
    String sql = cache.get(shape);
    return sql != null ? sql : keep(shape, render(shape, where));
  }

  /**
   * Returns the SQL of a query with {@code where} and no other clause, {@code select WHERE
   * <condition>}, rendering it only if it is not cached. It is kept under the condition's own
   * {@link Condition#shape()}, so a read of a cached statement makes no key: {@code select} must be
   * the DAO's base statement, the same on every call, as it is for the one DAO a {@code SelectSql}
   * belongs to.
   */
  String where(String select, Condition<?> where) {
    Object shape = where.shape();
    String sql = cache.get(shape);
    return sql != null
        ? sql
        : keep(shape, render(new Shape("", select, shape, null, false, false, ""), where));
  }

  /**
   * Returns {@link FreshSql#of} of {@code table} over {@code data} (a statement {@link #sql}
   * rendered) ordered by {@code order} (a clause or empty), rendering it only if it is not cached.
   */
  String fresh(StreamTableName table, String data, String order) {
    FreshShape shape = new FreshShape(data, order);
    String sql = cache.get(shape);
    return sql != null ? sql : keep(shape, FreshSql.of(table, data, order));
  }

  private String keep(Object shape, String sql) {
    if (cache.size() < CAPACITY) {
      String raced = cache.putIfAbsent(shape, sql);
      if (raced != null) {
        return raced;
      }
    }
    return sql;
  }

  /** The number of shapes cached. */
  int size() {
    return cache.size();
  }

  static String render(Shape shape, Condition<?> condition) {
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
      sql.append(condition.sql());
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
