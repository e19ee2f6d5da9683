package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.FreshQueries;
import dev.pgtrickle.dao.runtime.internal.Observations;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.Routing;
import dev.pgtrickle.dao.runtime.internal.RowMapper;
import dev.pgtrickle.dao.runtime.internal.ServerCheck;
import dev.pgtrickle.dao.runtime.internal.Statements;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

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
public final class Select<R> {
  private static final long NO_LIMIT = -1;
  private static final Condition.Parameter[] NO_PARAMETERS = {};
  private static final String ROWS = "";
  private static final String EXISTS = "SELECT EXISTS (";
  private static final String COUNT = Column.aggregate("count(*)");
  private static final String CLOSE = ")";
  private static final String CLOSE_DERIVED = ") AS q";
  private static final String EXACTLY_ONE = "exactly one row";
  private static final String AT_MOST_ONE = "at most one row";

  private final Base<R> base;
  private final Condition<R> where;
  private final Sort<R> order;
  private final long limit;
  private final long offset;

  /**
   * What every query of one DAO shares: where its connections come from, its statement texts and
   * how a row is read.
   *
   * @param source where connections come from: the pool's, or the caller's
   * @param sqls the DAO's cache of rendered statements
   * @param table the stream table, for messages
   * @param select {@code SELECT <quoted columns> FROM <quoted table>}
   * @param selectFresh {@code select} in its fresh form ({@code FreshSql}), or null to render it
   * @param mapper maps one row
   * @param server the DAO's one answer about the server's pg_trickle release
   * @param observer where reads are reported
   * @param budget the DAO's declared {@code maxStaleness}, or null
   */
  record Base<R>(
      ConnectionSource source,
      SelectSql sqls,
      StreamTableName table,
      String select,
      String selectFresh,
      RowMapper<R> mapper,
      ServerCheck server,
      StreamTableObserver observer,
      Duration budget) {

    /** The same DAO, reading on the caller's {@code connection}. */
    Base<R> on(Connection connection) {
      return new Base<>(
          source.on(connection),
          sqls,
          table,
          select,
          selectFresh,
          mapper,
          server,
          observer,
          budget);
    }
  }

  private Select(Base<R> base, Condition<R> where, Sort<R> order, long limit, long offset) {
    this.base = base;
    this.where = where;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
  }

  /**
   * A query over every row, read through {@code source}; for generated code that has no DAO (a
   * finder interface's implementation). Applications call a DAO's {@code query()}.
   *
   * <p>A query made here asks the server for its pg_trickle release the first time one of its fresh
   * terminals ({@link #listFresh()}) runs.
   *
   * @param source where connections come from ({@link ConnectionSource#of})
   * @param table the stream table, for messages
   * @param select {@code SELECT <quoted columns> FROM <quoted table>}, without {@code WHERE},
   *     {@code ORDER BY} or {@code LIMIT}; the columns unaliased, in the order {@code mapper} reads
   * @param mapper maps one row
   */
  public static <R> Select<R> from(
      ConnectionSource source, StreamTableName table, String select, RowMapper<R> mapper) {
    DataSource dataSource = Objects.requireNonNull(source, "source").dataSource();
    return new Select<>(
        new Base<>(
            source,
            new SelectSql(),
            Objects.requireNonNull(table, "table"),
            Objects.requireNonNull(select, "select"),
            null,
            Objects.requireNonNull(mapper, "mapper"),
            new ServerCheck(),
            dataSource == null ? StreamTableObserver.NONE : StreamTableObserver.of(dataSource),
            null),
        null,
        null,
        NO_LIMIT,
        0);
  }

  /** Every row of the DAO that {@code base} describes; called by the DAO's {@code query()}. */
  static <R> Select<R> all(Base<R> base) {
    return new Select<>(base, null, null, NO_LIMIT, 0);
  }

  /** Keeps only rows that meet {@code condition}, and any condition given before. */
  public Select<R> where(Condition<R> condition) {
    Objects.requireNonNull(condition, "condition");
    Condition<R> combined = where == null ? condition : where.and(condition);
    return new Select<>(base, combined, order, limit, offset);
  }

  /**
   * Returns rows in {@code order}, replacing any ordering given before; {@code
   * TOTAL.desc().then(REGION.asc())} orders by several columns. Without an ordering, rows come in
   * no particular order, and {@link #limit}/{@link #offset} pick arbitrary rows.
   */
  public Select<R> orderBy(Sort<R> order) {
    Objects.requireNonNull(order, "order");
    return new Select<>(base, where, order, limit, offset);
  }

  /** Returns at most {@code limit} rows ({@code LIMIT ?}); zero returns none. */
  public Select<R> limit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new Select<>(base, where, order, limit, offset);
  }

  /** Skips the first {@code offset} rows ({@code OFFSET ?}); zero skips none. */
  public Select<R> offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new Select<>(base, where, order, limit, offset);
  }

  /** Returns the rows. */
  public List<R> list() {
    return Observations.timed(base.observer(), base.table(), "query.list", () -> list(limit));
  }

  /**
   * Streams the rows through a server-side cursor, fetching them in batches, so results larger than
   * the heap can be read. The stream holds a connection (and, in auto-commit mode, a transaction)
   * until it is closed: always use it in try-with-resources.
   */
  public Stream<R> stream() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.stream",
        () -> {
          String sql = rowsSql(limit);
          Binder binder = binder(limit);
          return Queries.stream(base.source(), base.table(), sql, binder, base.mapper());
        });
  }

  /** Returns the first row, in the query's order, or empty; adds {@code LIMIT 1} (bound). */
  public Optional<R> first() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.first",
        () -> {
          List<R> rows = list(limit == NO_LIMIT ? 1 : Math.min(limit, 1));
          return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        });
  }

  /**
   * Returns the only row.
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there is no row or more
   *     than one; the exception names the stream table, the SQL and how many rows there were
   */
  public R one() {
    return Observations.timed(
        base.observer(), base.table(), "query.one", () -> unique(true).orElseThrow());
  }

  /**
   * Returns the only row, or empty if there is none (SQLAlchemy's {@code scalar_one_or_none}).
   *
   * @throws StreamTableException (reason {@code UNEXPECTED_ROW_COUNT}) if there is more than one
   *     row
   */
  public Optional<R> optional() {
    return Observations.timed(base.observer(), base.table(), "query.optional", () -> unique(false));
  }

  /** Returns the number of rows: {@code SELECT count(*) FROM (...) AS q}. */
  public long count() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.count",
        () ->
            Statements.single(
                base.source(),
                base.table(),
                aggregateSql(COUNT, false),
                binder(limit),
                row -> row.getLong(1)));
  }

  /** Returns whether there is at least one row: {@code SELECT EXISTS (...)}. */
  public boolean exists() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.exists",
        () ->
            Statements.single(
                base.source(),
                base.table(),
                sql(EXISTS, false, limit, CLOSE),
                binder(limit),
                row -> row.getBoolean(1)));
  }

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
  public Page<R> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    if (order == null) {
      throw new IllegalStateException(
          "a page of stream table "
              + base.table()
              + " needs an ordering: call orderBy(...) with"
              + " columns that identify a row");
    }
    if (limit != NO_LIMIT || offset > 0) {
      throw new IllegalStateException(
          "page() chooses the rows itself: remove limit() and offset() from the query");
    }
    return Observations.timed(base.observer(), base.table(), "query.page", () -> readPage(request));
  }

  private Page<R> readPage(PageRequest request) {
    int size = request.size();
    PageCursor.Position position = PageCursor.position(base.table(), order, request);
    if (position.isOffset()) {
      List<R> rows = list(size + 1L, position.offset());
      if (rows.size() <= size) {
        return new Page<>(rows, size, null);
      }
      return new Page<>(
          rows.subList(0, size),
          size,
          PageCursor.offset(base.table(), order, position.offset() + size));
    }
    Condition<R> seek = position.isFirst() ? null : Pages.seek(order.keys(), position.keys());
    Condition<R> condition = seek == null ? where : where == null ? seek : where.and(seek);
    return Pages.read(base, order, condition, size);
  }

  /**
   * Returns the sum of {@code column} over the rows, empty when there are none or all are NULL. The
   * type is the one PostgreSQL returns ({@link NumberColumn} has the table): {@code Long} for
   * {@code short}/{@code int} columns, {@code BigDecimal} for {@code long}, {@code BigInteger} and
   * {@code BigDecimal}, {@code Float} for {@code float}, {@code Double} for {@code double}.
   */
  public <S extends Number> Optional<S> sum(NumberColumn<R, ?, S, ?> column) {
    return aggregate(column.sumHead(), column.sumKind(), column);
  }

  /**
   * Returns the average of {@code column} over the non-NULL values, empty when there are none:
   * {@code BigDecimal} for integer and {@code numeric} columns, {@code Double} for {@code float}
   * and {@code double}.
   */
  public <A extends Number> Optional<A> avg(NumberColumn<R, ?, ?, A> column) {
    return aggregate(column.avgHead(), column.avgKind(), column);
  }

  /**
   * Returns the smallest value of {@code column}, of the column's own type, empty when there are no
   * non-NULL values. Text and enum columns compare by the column's collation (enums by name, not
   * declaration order).
   */
  public <V> Optional<V> min(Column<R, V> column) {
    return aggregate(column.minHead(), column.kind(), column);
  }

  /** Returns the largest value of {@code column}; see {@link #min}. */
  public <V> Optional<V> max(Column<R, V> column) {
    return aggregate(column.maxHead(), column.kind(), column);
  }

  /** Returns the number of rows whose {@code column} is not NULL: {@code count("col")}. */
  public long count(Column<R, ?> column) {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.count",
        () ->
            Statements.single(
                base.source(),
                base.table(),
                aggregateSql(column.countHead(), false),
                binder(limit),
                row -> row.getLong(1)));
  }

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
  public Fresh<List<R>> listFresh() {
    return listFresh(ReadPolicy.accept());
  }

  /**
   * Like {@link #listFresh()}, under {@code policy}: its budget judges the rows, and its mode
   * returns them flagged, throws ({@link StaleDataException StaleDataException}, {@link
   * StreamTableSuspendedException StreamTableSuspendedException}) or refreshes the table and reads
   * again. A policy without a budget of its own is judged against the DAO's declared {@code
   * maxStaleness} (or the table's own schedule).
   */
  public Fresh<List<R>> listFresh(ReadPolicy policy) {
    return Observations.timedFresh(
        base.observer(),
        base.table(),
        "query.listFresh",
        () ->
            FreshQueries.list(
                sourceFor(Objects.requireNonNull(policy, "policy")),
                base.table(),
                base.server(),
                freshSql(),
                binder(limit),
                base.mapper(),
                policy,
                base.budget()));
  }

  /**
   * Where a fresh read under {@code policy} runs: through a {@link ReplicaRouting}, the policy's
   * own budget picks the standby and a REFRESH policy reads the primary, which sees the refresh it
   * triggers; otherwise the DAO's source.
   */
  private ConnectionSource sourceFor(ReadPolicy policy) {
    ConnectionSource source = base.source();
    DataSource dataSource = source.dataSource();
    return dataSource == null ? source : source.through(Routing.reads(dataSource, policy));
  }

  /** The fresh form of {@link #sql()}: the DAO's own constant for every row, else rendered once. */
  private String freshSql() {
    String data = rowsSql(limit);
    if (data == base.select() && base.selectFresh() != null) {
      return base.selectFresh();
    }
    return base.sqls().fresh(base.table(), data, order == null ? "" : order.sql());
  }

  /**
   * Returns the SQL {@link #list()} runs, with a {@code ?} for every value, the limit and the
   * offset: the same {@code String} instance for every query of the same shape.
   */
  public String sql() {
    return rowsSql(limit);
  }

  @Override
  public String toString() {
    return sql();
  }

  /** The SQL of {@link #count()}; for tests. */
  String countSql() {
    return aggregateSql(COUNT, false);
  }

  /** The SQL of {@link #exists()}; for tests. */
  String existsSql() {
    return sql(EXISTS, false, limit, CLOSE);
  }

  /**
   * The SQL of an aggregate with {@code head}, such as {@link NumberColumn#sumHead()}; for tests.
   */
  String aggregateSql(String head) {
    return aggregateSql(head, true);
  }

  private List<R> list(long rowLimit) {
    return list(rowLimit, offset);
  }

  private List<R> list(long rowLimit, long skip) {
    Select<R> shaped = skip == offset ? this : offset(skip);
    String sql = shaped.rowsSql(rowLimit);
    Binder binder = shaped.binder(rowLimit);
    return Queries.list(base.source(), base.table(), sql, binder, base.mapper());
  }

  private Optional<R> unique(boolean required) {
    long fetch = limit == NO_LIMIT ? 2 : Math.min(limit, 2);
    String sql = rowsSql(fetch);
    Binder binder = binder(fetch);
    List<R> rows = Queries.list(base.source(), base.table(), sql, binder, base.mapper());
    if (rows.size() == 1) {
      return Optional.of(rows.get(0));
    }
    if (rows.isEmpty()) {
      if (required) {
        throw Failures.unexpectedRowCount(base.table(), EXACTLY_ONE, 0, sql);
      }
      return Optional.empty();
    }
    // Counted by a second statement, for the message only: at least the two rows seen.
    long counted =
        Statements.single(
            base.source(), base.table(), countSql(), binder(limit), row -> row.getLong(1));
    throw Failures.unexpectedRowCount(
        base.table(), required ? EXACTLY_ONE : AT_MOST_ONE, Math.max(2, counted), sql);
  }

  private <T> Optional<T> aggregate(String head, ValueKind<T> kind, Column<R, ?> column) {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.aggregate",
        () -> {
          String sql = aggregateSql(head, true);
          return Optional.ofNullable(
              Statements.single(
                  base.source(),
                  base.table(),
                  sql,
                  binder(limit),
                  row -> kind.read(row, 1, base.table(), column.name())));
        });
  }

  private String rowsSql(long rowLimit) {
    return sql(ROWS, true, rowLimit, ROWS);
  }

  /**
   * An aggregate over the rows as a derived table. The ordering matters only when a limit or an
   * offset picks the rows, and only to aggregates that depend on which rows they see.
   */
  private String aggregateSql(String head, boolean orderMatters) {
    return sql(head, orderMatters, limit, CLOSE_DERIVED);
  }

  private String sql(String head, boolean orderMatters, long rowLimit, String tail) {
    boolean cut = rowLimit != NO_LIMIT || offset > 0;
    boolean ordered = order != null && (head.isEmpty() || (orderMatters && cut));
    return base.sqls()
        .sql(
            new SelectSql.Shape(
                head,
                base.select(),
                where == null ? null : where.node(),
                ordered ? order.sql() : null,
                rowLimit != NO_LIMIT,
                offset > 0,
                tail));
  }

  private Binder binder(long rowLimit) {
    Condition.Parameter[] parameters = where == null ? NO_PARAMETERS : where.parameters();
    long skip = offset;
    return statement -> {
      int index = 1;
      for (Condition.Parameter parameter : parameters) {
        parameter.bind(statement, index++);
      }
      if (rowLimit != NO_LIMIT) {
        statement.setLong(index++, rowLimit);
      }
      if (skip > 0) {
        statement.setLong(index, skip);
      }
    };
  }
}
