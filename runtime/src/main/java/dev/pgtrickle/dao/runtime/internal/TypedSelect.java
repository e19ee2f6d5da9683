package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The {@link Select} of generated DAOs and repositories: immutable, each builder method returns a
 * new instance; the SQL of every shape is rendered once into the DAO's {@link SelectSql}. A query
 * is also the {@link Binder} of its own statement, so that reading it makes no objects besides the
 * rows: the query over every row is made once per DAO, a cached statement is found without a key
 * object for the common shapes, and the read runs without a function object.
 *
 * @param <R> the record type of one row
 */
public final class TypedSelect<R> implements Select<R>, Binder {
  private static final long NO_LIMIT = -1;
  private static final String ROWS = "";
  private static final String EXISTS = "SELECT EXISTS (";
  private static final String COUNT = TypedColumn.aggregate("count(*)");
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
   * What every query of one DAO shares: where its connections come from, its statement texts, how a
   * row is read, and the query over every row, which is immutable and so made once ({@link #all}).
   *
   * @param <R> the record type of one row
   */
  static final class Base<R> {
    private final ConnectionSource source;
    private final SelectSql sqls;
    private final StreamTableName table;
    private final String select;
    private final String selectFresh;
    private final RowMapper<R> mapper;
    private final ServerCheck server;
    private final StreamTableObserver observer;
    private final Duration budget;
    private final TypedSelect<R> all;

    /**
     * The DAO's constants.
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
    Base(
        ConnectionSource source,
        SelectSql sqls,
        StreamTableName table,
        String select,
        String selectFresh,
        RowMapper<R> mapper,
        ServerCheck server,
        StreamTableObserver observer,
        Duration budget) {
      this.source = source;
      this.sqls = sqls;
      this.table = table;
      this.select = select;
      this.selectFresh = selectFresh;
      this.mapper = mapper;
      this.server = server;
      this.observer = observer;
      this.budget = budget;
      // Only stores this Base: nothing reads it before the constructor returns.
      this.all = new TypedSelect<>(this, null, null, NO_LIMIT, 0);
    }

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

    ConnectionSource source() {
      return source;
    }

    SelectSql sqls() {
      return sqls;
    }

    StreamTableName table() {
      return table;
    }

    String select() {
      return select;
    }

    String selectFresh() {
      return selectFresh;
    }

    RowMapper<R> mapper() {
      return mapper;
    }

    ServerCheck server() {
      return server;
    }

    StreamTableObserver observer() {
      return observer;
    }

    Duration budget() {
      return budget;
    }

    /** The query over every row, shared by every {@code query()} and {@code findAll()}. */
    TypedSelect<R> all() {
      return all;
    }
  }

  private TypedSelect(Base<R> base, Condition<R> where, Sort<R> order, long limit, long offset) {
    this.base = base;
    this.where = where;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
  }

  /**
   * A query over every row, read through {@code source}; for generated code that has no DAO (a
   * repository's implementation). Applications call a DAO's {@code query()}.
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
  public static <R> TypedSelect<R> from(
      ConnectionSource source, StreamTableName table, String select, RowMapper<R> mapper) {
    DataSource dataSource = Objects.requireNonNull(source, "source").dataSource();
    return new Base<>(
            source,
            new SelectSql(),
            Objects.requireNonNull(table, "table"),
            Objects.requireNonNull(select, "select"),
            null,
            Objects.requireNonNull(mapper, "mapper"),
            new ServerCheck(),
            dataSource == null ? StreamTableObserver.NONE : StreamTableObserver.of(dataSource),
            null)
        .all();
  }

  /**
   * Every row of the DAO that {@code base} describes, the one instance {@code base} holds; called
   * by the DAO's {@code query()}.
   */
  static <R> Select<R> all(Base<R> base) {
    return base.all();
  }

  @Override
  public TypedSelect<R> where(Condition<R> condition) {
    Objects.requireNonNull(condition, "condition");
    Condition<R> combined = where == null ? condition : where.and(condition);
    return new TypedSelect<>(base, combined, order, limit, offset);
  }

  @Override
  public TypedSelect<R> orderBy(Sort<R> order) {
    Objects.requireNonNull(order, "order");
    return new TypedSelect<>(base, where, order, limit, offset);
  }

  @Override
  public TypedSelect<R> limit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new TypedSelect<>(base, where, order, limit, offset);
  }

  @Override
  public TypedSelect<R> offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new TypedSelect<>(base, where, order, limit, offset);
  }

  @Override
  public List<R> list() {
    return list("query.list");
  }

  /**
   * {@link #list()}, reported to the observer as {@code operation}: {@code query.list}, or {@code
   * findAll} for the DAO's {@code findAll()}. {@link Observations#timed}, written out so that the
   * read makes no function object.
   */
  List<R> list(String operation) {
    long started = System.nanoTime();
    boolean failed = true;
    try {
      List<R> rows = Queries.list(base.source(), base.table(), rowsSql(limit), this, base.mapper());
      failed = false;
      return rows;
    } finally {
      base.observer().read(base.table(), operation, System.nanoTime() - started, failed);
    }
  }

  @Override
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

  @Override
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

  @Override
  public R one() {
    return Observations.timed(
        base.observer(), base.table(), "query.one", () -> unique(true).orElseThrow());
  }

  @Override
  public Optional<R> optional() {
    return Observations.timed(base.observer(), base.table(), "query.optional", () -> unique(false));
  }

  @Override
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

  @Override
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

  @Override
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
        return Page.of(rows, size, null);
      }
      return Page.of(
          rows.subList(0, size),
          size,
          PageCursor.offset(base.table(), order, position.offset() + size));
    }
    Condition<R> seek = position.isFirst() ? null : order.after(position.keys());
    Condition<R> condition = seek == null ? where : where == null ? seek : where.and(seek);
    return Pages.read(base, order, condition, size);
  }

  @Override
  public <S extends Number> Optional<S> sum(NumberColumn<R, ?, S, ?> column) {
    return aggregate(
        TypedColumn.number(column).sumHead(), TypedColumn.number(column).sumKind(), column);
  }

  @Override
  public <A extends Number> Optional<A> avg(NumberColumn<R, ?, ?, A> column) {
    return aggregate(
        TypedColumn.number(column).avgHead(), TypedColumn.number(column).avgKind(), column);
  }

  @Override
  public <V> Optional<V> min(Column<R, V> column) {
    return aggregate(TypedColumn.of(column).minHead(), TypedColumn.of(column).kind(), column);
  }

  @Override
  public <V> Optional<V> max(Column<R, V> column) {
    return aggregate(TypedColumn.of(column).maxHead(), TypedColumn.of(column).kind(), column);
  }

  @Override
  public long count(Column<R, ?> column) {
    return Observations.timed(
        base.observer(),
        base.table(),
        "query.count",
        () ->
            Statements.single(
                base.source(),
                base.table(),
                aggregateSql(TypedColumn.of(column).countHead(), false),
                binder(limit),
                row -> row.getLong(1)));
  }

  @Override
  public Fresh<List<R>> listFresh() {
    return listFresh(ReadPolicy.accept());
  }

  @Override
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

  @Override
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
    TypedSelect<R> shaped = skip == offset ? this : offset(skip);
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
    if (!cut && order == null && head.isEmpty() && tail.isEmpty()) {
      // The two commonest shapes, read without making a key.
      return where == null ? base.select() : base.sqls().where(base.select(), where);
    }
    boolean ordered = order != null && (head.isEmpty() || (orderMatters && cut));
    return base.sqls()
        .sql(
            new SelectSql.Shape(
                head,
                base.select(),
                where == null ? null : where.shape(),
                ordered ? order.sql() : null,
                rowLimit != NO_LIMIT,
                offset > 0,
                tail),
            where);
  }

  /**
   * Binds this query's values, the condition's, then its limit and offset if it has them, to a
   * statement of its {@link #sql()}. This query is its own binder, so a read makes none.
   */
  @Override
  public void bind(PreparedStatement statement) throws SQLException {
    bind(statement, limit);
  }

  /** The binder of this query's statement with {@code rowLimit} as its limit. */
  private Binder binder(long rowLimit) {
    return rowLimit == limit ? this : statement -> bind(statement, rowLimit);
  }

  private void bind(PreparedStatement statement, long rowLimit) throws SQLException {
    int index = where == null ? 1 : where.bind(statement, 1);
    if (rowLimit != NO_LIMIT) {
      statement.setLong(index++, rowLimit);
    }
    if (offset > 0) {
      statement.setLong(index, offset);
    }
  }
}
