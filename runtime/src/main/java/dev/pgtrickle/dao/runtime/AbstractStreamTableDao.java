package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.FreshQueries;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.Observations;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.RowMapper;
import dev.pgtrickle.dao.runtime.internal.ServerCheck;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The superclass of every generated DAO: the reads every stream table has ({@code findAll}, {@code
 * streamAll}, {@code count}, typed {@code query()}, {@code freshness()}, fresh reads,
 * read-your-writes and change events), so that a generated DAO holds only what is its own: its
 * column constants, its statements, its {@code findBy<Component>} finders and the code that maps a
 * row to its record. It has no method that writes, and no way to reach one.
 *
 * <p>Each statement is a compile-time constant of the generated DAO, whose class javadoc shows it,
 * handed to this class by the DAO's constructor; nothing here builds SQL, except that a {@link
 * Order} appends its {@code ORDER BY} clause (built once per ordering and cached).
 *
 * <p>Every read on the {@link DataSource} takes a connection, runs in a read-only transaction and
 * returns the connection before it returns, except that a stream from {@link #streamAll()} holds
 * its connection until the stream is closed. The methods that take a {@link Connection} run on it
 * and leave it open; on a connection in auto-commit mode they too run in a read-only transaction,
 * and inside the caller's transaction they run in it.
 *
 * <p>The reads that depend on pg_trickle's SQL surface (freshness, fresh reads, read-your-writes)
 * ask the server for its pg_trickle release the first time, on the connection they are about to
 * use, and refuse a release this library does not support with a {@link StreamTableException} whose
 * reason is {@code UNSUPPORTED_PG_TRICKLE}; the answer is kept in this instance. Plain reads
 * ({@code findAll}, finders, {@code count}, typed queries) read only the stream table and ask
 * nothing.
 *
 * <p>Thread-safe: an instance holds its {@link DataSource}, the DAO's constants and the one answer
 * about the server's release.
 *
 * @param <T> the record a row is read into
 */
public abstract class AbstractStreamTableDao<T> implements StreamTableDao<T> {
  private final DataSource dataSource;
  private final StreamTableName table;
  private final String findAll;
  private final String count;
  private final String findAllFresh;
  private final Duration maxStaleness;
  private final RowMapper<T> mapper;
  private final StreamTableObserver observer;
  private final ServerCheck server = new ServerCheck();

  /**
   * Called by the generated DAO's constructor with its own constants.
   *
   * @param dataSource where every read that takes no {@link Connection} gets its connection
   * @param table the stream table
   * @param findAll {@code SELECT <columns> FROM <table>}, the columns in the order {@code mapper}
   *     reads them
   * @param count {@code SELECT count(*) FROM <table>}
   * @param findAllFresh {@code findAll} joined with the table's catalog row (see {@link
   *     dev.pgtrickle.dao.runtime.internal.FreshSql})
   * @param maxStaleness the declared {@code maxStaleness}, or null when none is declared
   * @param mapper reads the current row into a record
   */
  protected AbstractStreamTableDao(
      DataSource dataSource,
      StreamTableName table,
      String findAll,
      String count,
      String findAllFresh,
      Duration maxStaleness,
      RowMapper<T> mapper) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.table = Objects.requireNonNull(table, "table");
    this.findAll = Objects.requireNonNull(findAll, "findAll");
    this.count = Objects.requireNonNull(count, "count");
    this.findAllFresh = Objects.requireNonNull(findAllFresh, "findAllFresh");
    this.maxStaleness = maxStaleness;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.observer = StreamTableObserver.of(dataSource);
  }

  /** Returns the stream table this DAO reads, the generated DAO's {@code STREAM_TABLE}. */
  @Override
  public final StreamTableName streamTable() {
    return table;
  }

  /**
   * Returns the budget declared by the record's {@code @StreamTableView(maxStaleness = ...)}, by
   * which its fresh reads are judged, or empty when none is declared (then the table's own duration
   * schedule is the bound). Health checks and metrics read it.
   */
  public final Optional<Duration> maxStaleness() {
    return Optional.ofNullable(maxStaleness);
  }

  /**
   * Returns every row, in no particular order: the DAO's {@code FIND_ALL} statement, {@code SELECT
   * <columns> FROM <table>}.
   */
  @Override
  public final List<T> findAll() {
    return Observations.timed(
        observer,
        table,
        "findAll",
        () -> Queries.list(dataSource, table, findAll, Binder.NONE, mapper));
  }

  /** Returns every row, in no particular order, read on {@code connection}, which stays open. */
  @Override
  public final List<T> findAll(Connection connection) {
    return Observations.timed(
        observer,
        table,
        "findAll",
        () -> Queries.list(connection, table, findAll, Binder.NONE, mapper));
  }

  /**
   * Returns every row, sorted by {@code order}, whose {@code ORDER BY} clause is appended to {@code
   * FIND_ALL} (the text is built once per ordering and cached).
   */
  @Override
  public final List<T> findAll(Order<T> order) {
    return query().orderBy(order).list();
  }

  /** Returns every row, sorted by {@code order}, read on {@code connection}, which stays open. */
  @Override
  public final List<T> findAll(Connection connection, Order<T> order) {
    return query(connection).orderBy(order).list();
  }

  /**
   * Streams every row, in no particular order, through a server-side cursor that fetches rows in
   * batches, so tables larger than the heap can be read. The stream holds a connection until it is
   * closed: always use it in try-with-resources.
   */
  @Override
  public final Stream<T> streamAll() {
    return Observations.timed(
        observer,
        table,
        "streamAll",
        () -> Queries.stream(dataSource, table, findAll, Binder.NONE, mapper));
  }

  /**
   * Streams every row through a server-side cursor on {@code connection}. If the connection is in
   * auto-commit mode, auto-commit is switched off for the cursor and restored when the stream is
   * closed; the connection stays open. Close the stream (try-with-resources).
   */
  @Override
  public final Stream<T> streamAll(Connection connection) {
    return Observations.timed(
        observer,
        table,
        "streamAll",
        () -> Queries.stream(connection, table, findAll, Binder.NONE, mapper));
  }

  /** Returns the number of rows: the DAO's {@code COUNT}, {@code SELECT count(*) FROM <table>}. */
  @Override
  public final long count() {
    return Observations.timed(
        observer, table, "count", () -> Queries.count(dataSource, table, count, Binder.NONE));
  }

  /** Returns the number of rows, counted on {@code connection}, which stays open. */
  @Override
  public final long count(Connection connection) {
    return Observations.timed(
        observer, table, "count", () -> Queries.count(connection, table, count, Binder.NONE));
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog, in one query: {@link
   * FreshnessQuery#SQL}, or {@link FreshnessQuery#SLA_SQL} (with the freshness controller's SLA
   * status and p50/p95) when the role may read the controller's state. Needs {@code SELECT ON
   * pgtrickle.pgt_stream_tables}.
   */
  @Override
  public final Freshness freshness() {
    return Observations.timed(
        observer, table, "freshness", () -> FreshnessQuery.read(dataSource, table, server));
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog on {@code connection}, which stays open,
   * in one query, as {@link #freshness()} does.
   */
  @Override
  public final Freshness freshness(Connection connection) {
    return Observations.timed(
        observer, table, "freshness", () -> FreshnessQuery.read(connection, table, server));
  }

  /**
   * Starts a typed query over the table, run on a connection from the DAO's {@code DataSource} in a
   * read-only transaction; see {@link Select}.
   */
  public final Select<T> query() {
    return Select.from(dataSource, null, table, findAll, mapper, server, observer);
  }

  /**
   * Starts a typed query over the table, run on {@code connection}, which is left open; see {@link
   * Select}.
   */
  public final Select<T> query(Connection connection) {
    return Select.from(null, connection, table, findAll, mapper, server, observer);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement (the DAO's {@code
   * FIND_ALL_FRESH}), under one snapshot, in one round trip, so a refresh that commits meanwhile is
   * wholly in both or in neither. An empty table still yields its freshness. Judged against the
   * declared {@code maxStaleness} (or, when none is declared, the table's own duration schedule),
   * and returned whatever its age: see {@link Fresh#isStale()}.
   */
  public final Fresh<List<T>> findAllFresh() {
    return Observations.timedFresh(
        observer,
        table,
        "findAllFresh",
        () ->
            FreshQueries.list(
                dataSource, table, server, findAllFresh, Binder.NONE, mapper, maxStaleness));
  }

  /**
   * {@link #findAllFresh()} on {@code connection}, which stays open, inside its transaction if it
   * has one.
   */
  public final Fresh<List<T>> findAllFresh(Connection connection) {
    return Observations.timedFresh(
        observer,
        table,
        "findAllFresh",
        () ->
            FreshQueries.list(
                connection, table, server, findAllFresh, Binder.NONE, mapper, maxStaleness));
  }

  /**
   * {@link #findAllFresh()} under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the declared
   * {@code maxStaleness} (or the table's own duration schedule).
   */
  public final Fresh<List<T>> findAllFresh(ReadPolicy policy) {
    return Observations.timedFresh(
        observer,
        table,
        "findAllFresh",
        () ->
            FreshQueries.list(
                dataSource,
                table,
                server,
                findAllFresh,
                Binder.NONE,
                mapper,
                policy,
                maxStaleness));
  }

  /** {@link #findAllFresh(ReadPolicy)} on {@code connection}, which stays open. */
  public final Fresh<List<T>> findAllFresh(Connection connection, ReadPolicy policy) {
    return Observations.timedFresh(
        observer,
        table,
        "findAllFresh",
        () ->
            FreshQueries.list(
                connection,
                table,
                server,
                findAllFresh,
                Binder.NONE,
                mapper,
                policy,
                maxStaleness));
  }

  /**
   * For generated finders: the rows of {@code sql}, whose one parameter, if any, is {@code value}
   * bound as {@code column}'s type. A null {@code value} binds nothing, for the finder's {@code IS
   * NULL} statement.
   */
  protected final <V> List<T> find(String sql, Column<T, V> column, V value) {
    return Observations.timed(
        observer,
        table,
        column.findBy(),
        () -> Queries.list(dataSource, table, sql, binder(column, value), mapper));
  }

  /** {@link #find(String, Column, Object)} on {@code connection}, which stays open. */
  protected final <V> List<T> find(
      Connection connection, String sql, Column<T, V> column, V value) {
    return Observations.timed(
        observer,
        table,
        column.findBy(),
        () -> Queries.list(connection, table, sql, binder(column, value), mapper));
  }

  /**
   * For generated fresh finders: {@link #find(String, Column, Object)} with a fresh statement,
   * judged against the declared {@code maxStaleness}.
   */
  protected final <V> Fresh<List<T>> findFresh(String sql, Column<T, V> column, V value) {
    return Observations.timedFresh(
        observer,
        table,
        column.findFreshBy(),
        () ->
            FreshQueries.list(
                dataSource, table, server, sql, binder(column, value), mapper, maxStaleness));
  }

  /** {@link #findFresh(String, Column, Object)} on {@code connection}, which stays open. */
  protected final <V> Fresh<List<T>> findFresh(
      Connection connection, String sql, Column<T, V> column, V value) {
    return Observations.timedFresh(
        observer,
        table,
        column.findFreshBy(),
        () ->
            FreshQueries.list(
                connection, table, server, sql, binder(column, value), mapper, maxStaleness));
  }

  private static <V> Binder binder(Column<?, V> column, V value) {
    if (value == null && column.kind() == ValueKind.ROW_ID) {
      throw new NullPointerException(
          "a row id to find must not be null: pg_trickle declares " + column.name() + " NOT NULL");
    }
    return value == null ? Binder.NONE : statement -> column.kind().bind(statement, 1, value);
  }
}
