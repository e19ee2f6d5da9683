package dev.pgtrickle.dao.runtime;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A typed query over one stream table, from a generated DAO's {@code query()}:
 *
 * <pre>{@code
 * List<OrderTotals> top = dao.query()
 *     .where(REGION.in("north", "south").and(TOTAL.gt(100L)))
 *     .orderBy(TOTAL.desc().nullsLast())
 *     .limit(10)
 *     .list();
 * Optional<BigDecimal> northTotal = dao.query().where(REGION.eq("north")).sum(TOTAL);
 * }</pre>
 *
 * <p>Conditions, orderings and aggregates take only columns of the DAO's record {@code R}, so a
 * query mixing records does not compile. Every value is a bind parameter, and so are the limit and
 * the offset: the SQL depends only on the query's shape, is rendered once per shape and cached (see
 * {@link #sql()}) in a cache that belongs to the DAO.
 *
 * <h2>Immutable</h2>
 *
 * Every builder method returns a new {@code Select} and leaves this one unchanged, so a partly
 * built query can be kept and extended in several directions ({@code var north =
 * dao.query().where(REGION.eq("north")); north.count(); north.orderBy(...).first();}) and shared
 * between threads. A one-shot mutable builder would save an allocation of a few fields per call,
 * which is nothing beside a round trip to the server, at the price of aliasing bugs. A {@code
 * Select} from {@code dao.query()} is thread-safe; one from {@code dao.on(connection).query()} is
 * as thread-safe as that connection, which JDBC connections are not.
 *
 * <h2>Terminal methods</h2>
 *
 * Each runs one statement (two for a failing {@link #one()} or {@link #optional()}) on a connection
 * from the DAO's {@code DataSource} that is returned before the method returns (for {@link
 * #stream()}, when the stream is closed), or, for a query from {@code dao.on(connection)}, on the
 * caller's connection, which stays open. On a connection in auto-commit mode (always the case for
 * the {@code DataSource}'s), the statement runs in a read-only transaction, sent as {@code BEGIN
 * READ ONLY; <statement>; COMMIT} in one round trip ({@link #stream()}, which needs a cursor,
 * switches the connection instead and pays one more round trip for the {@code COMMIT}); a function
 * that writes fails with SQLState {@code 25006}. A caller's open transaction is left alone: the
 * caller's transaction is the caller's. Failures are {@link StreamTableException}s naming the
 * stream table, the SQL and the SQLState. Aggregates honour {@code where}, and {@code limit}/{@code
 * offset} when set (over the rows in the query's order); the ordering is ignored otherwise.
 * Aggregates over no rows are empty.
 *
 * <h2>Fresh reads</h2>
 *
 * {@link #listFresh()} and {@link #listFresh(ReadPolicy)} return the rows together with the
 * freshness of exactly these rows, read by the same statement; they are judged against the DAO's
 * declared {@code maxStaleness} unless the policy brings its own budget.
 *
 * @param <R> the record type of one row
 */
public interface Select<R> {
  /** Keeps only rows that meet {@code condition}, and any condition given before. */
  Select<R> where(Condition<R> condition);

  /**
   * Returns rows in {@code order}, replacing any ordering given before; {@code
   * TOTAL.desc().then(REGION.asc())} orders by several columns. Without an ordering, rows come in
   * no particular order, and {@link #limit}/{@link #offset} pick arbitrary rows.
   */
  Select<R> orderBy(Sort<R> order);

  /** Returns at most {@code limit} rows ({@code LIMIT ?}); zero returns none. */
  Select<R> limit(long limit);

  /** Skips the first {@code offset} rows ({@code OFFSET ?}); zero skips none. */
  Select<R> offset(long offset);

  /** Returns the rows. */
  List<R> list();

  /**
   * Streams the rows through a server-side cursor, fetching them in batches, so results larger than
   * the heap can be read. The stream holds a connection (and, in auto-commit mode, a transaction)
   * until it is closed: always use it in try-with-resources.
   */
  Stream<R> stream();

  /** Returns the first row, in the query's order, or empty; adds {@code LIMIT 1} (bound). */
  Optional<R> first();

  /**
   * Returns the only row.
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there is no row or more
   *     than one; the exception names the stream table, the SQL and how many rows there were
   */
  R one();

  /**
   * Returns the only row, or empty if there is none (SQLAlchemy's {@code scalar_one_or_none}).
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there is more than one
   *     row
   */
  Optional<R> optional();

  /** Returns the number of rows: {@code SELECT count(*) FROM (...) AS q}. */
  long count();

  /** Returns whether there is at least one row: {@code SELECT EXISTS (...)}. */
  boolean exists();

  /**
   * Returns one page of the rows, in the query's order, with whether more follow and the cursor of
   * the next page; see {@link PageRequest} for the kinds of page.
   *
   * <p><b>Keyset pages</b> ({@link PageRequest#first}, and {@link PageRequest#after} with a keyset
   * cursor) seek after the previous page's last row: {@code WHERE <your condition> AND (k1 > ? OR
   * (k1 = ? AND k2 > ?) ...) ORDER BY ... LIMIT ?}, one row more than the page holds. Each key's
   * direction and NULL placement ({@code nullsFirst()}, {@code nullsLast()}, or PostgreSQL's
   * default: NULLs last ascending, first descending) are honoured, so NULL keys neither repeat nor
   * vanish. A refresh that commits between two pages shifts nothing: every row that exists in both
   * snapshots with the same keys is read exactly once, in order; rows added, removed or re-keyed by
   * the refresh appear or not depending on which side of the cursor they fall.
   *
   * <p><b>The ordering must be total</b>: end it with columns that identify a row (the group key of
   * the defining query; stream tables have no primary key, and the library does not append
   * pg_trickle's internal row id, which is not always unique and may not be readable). Rows whose
   * keys tie inside a page are harmless; a tie across a page boundary, which would make the next
   * page skip rows, is detected and raises a {@link StreamTableException} with reason {@code
   * NON_UNIQUE_ORDER}. The check compares the keys' text, so values that differ in text but compare
   * equal (numerics of different scale, {@code 1.0} and {@code 1.00}) escape it: keep such columns
   * out of the last key.
   *
   * <p><b>Offset pages</b> ({@link PageRequest#offset}, and {@code after} with an offset cursor)
   * run {@code LIMIT ? OFFSET ?}.
   *
   * @throws IllegalStateException if the query has no ordering, or has its own limit or offset
   * @throws InvalidPageCursorException if the request's cursor is malformed or belongs to another
   *     stream table or ordering
   * @throws StreamTableException (reason {@code NON_UNIQUE_ORDER}) if rows with the same keys
   *     straddle the end of the page
   */
  Page<R> page(PageRequest request);

  /**
   * Returns the sum of {@code column} over the rows, empty when there are none or all are NULL. The
   * type is the one PostgreSQL returns ({@link NumberColumn} has the table): {@code Long} for
   * {@code short}/{@code int} columns, {@code BigDecimal} for {@code long}, {@code BigInteger} and
   * {@code BigDecimal}, {@code Float} for {@code float}, {@code Double} for {@code double}.
   */
  <S extends Number> Optional<S> sum(NumberColumn<R, ?, S, ?> column);

  /**
   * Returns the average of {@code column} over the non-NULL values, empty when there are none:
   * {@code BigDecimal} for integer and {@code numeric} columns, {@code Double} for {@code float}
   * and {@code double}.
   */
  <A extends Number> Optional<A> avg(NumberColumn<R, ?, ?, A> column);

  /**
   * Returns the smallest value of {@code column}, of the column's own type, empty when there are no
   * non-NULL values. Text and enum columns compare by the column's collation (enums by name, not
   * declaration order).
   */
  <V> Optional<V> min(Column<R, V> column);

  /** Returns the largest value of {@code column}; see {@link #min}. */
  <V> Optional<V> max(Column<R, V> column);

  /** Returns the number of rows whose {@code column} is not NULL: {@code count("col")}. */
  long count(Column<R, ?> column);

  /**
   * Returns the rows together with the {@link dev.pgtrickle.dao.runtime.Freshness Freshness} of
   * exactly these rows: the query and the stream table's catalog row are read by one statement,
   * under one snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or
   * in neither. An empty result still carries its freshness. The result is judged against the DAO's
   * declared {@code maxStaleness} (or, when none is declared, the table's own schedule) and
   * returned whatever its age ({@link ReadPolicy#accept()}): see {@link Fresh#verdict()}.
   *
   * @throws StreamTableNotFoundException if the table is not in pg_trickle's catalog
   */
  Fresh<List<R>> listFresh();

  /**
   * Like {@link #listFresh()}, under {@code policy}: its budget judges the rows, and its mode
   * returns them flagged, throws ({@link StaleDataException StaleDataException}, {@link
   * StreamTableSuspendedException StreamTableSuspendedException}) or refreshes the table and reads
   * again. A policy without a budget of its own is judged against the DAO's declared {@code
   * maxStaleness} (or the table's own schedule).
   */
  Fresh<List<R>> listFresh(ReadPolicy policy);

  /**
   * Returns the SQL {@link #list()} runs, with a {@code ?} for every value, the limit and the
   * offset: the same {@code String} instance for every query of the same shape.
   */
  String sql();
}
