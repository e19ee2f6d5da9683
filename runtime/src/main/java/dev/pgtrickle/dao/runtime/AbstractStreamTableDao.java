package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.freshness.AsyncReads;
import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.ReadPolicy;
import dev.pgtrickle.dao.runtime.freshness.StreamTableListener;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.freshness.Subscription;
import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.FreshQueries;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.FreshnessWait;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.RowMapper;
import dev.pgtrickle.dao.runtime.internal.ServerCheck;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * use, and refuse a release this library does not support with {@link
 * UnsupportedPgTrickleVersionException}; the answer is kept in this instance. Plain reads ({@code
 * findAll}, finders, {@code count}, typed queries) read only the stream table and ask nothing.
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
  @Override
  public final Select<T> query() {
    return Select.from(dataSource, null, table, findAll, mapper, server, observer);
  }

  /**
   * This DAO reading on {@code connection}: every read of the returned DAO runs on it, inside the
   * caller's transaction, and leaves it open.
   */
  @Override
  public final StreamTableDao<T> on(Connection connection) {
    Objects.requireNonNull(connection, "connection");
    AbstractStreamTableDao<T> dao = this;
    return new StreamTableDao<T>() {
      @Override
      public StreamTableName streamTable() {
        return dao.streamTable();
      }

      @Override
      public List<T> findAll() {
        return dao.findAll(connection);
      }

      @Override
      public List<T> findAll(Connection other) {
        return dao.findAll(other);
      }

      @Override
      public List<T> findAll(Order<T> order) {
        return dao.findAll(connection, order);
      }

      @Override
      public List<T> findAll(Connection other, Order<T> order) {
        return dao.findAll(other, order);
      }

      @Override
      public Stream<T> streamAll() {
        return dao.streamAll(connection);
      }

      @Override
      public Stream<T> streamAll(Connection other) {
        return dao.streamAll(other);
      }

      @Override
      public long count() {
        return dao.count(connection);
      }

      @Override
      public long count(Connection other) {
        return dao.count(other);
      }

      @Override
      public Freshness freshness() {
        return dao.freshness(connection);
      }

      @Override
      public Freshness freshness(Connection other) {
        return dao.freshness(other);
      }

      @Override
      public Select<T> query() {
        return dao.query(connection);
      }

      @Override
      public StreamTableDao<T> on(Connection other) {
        return dao.on(other);
      }
    };
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
   * {@link #findAllFresh()} on {@code executor}, which the caller provides (a pool, or virtual
   * threads on Java 21 and later). A failed read completes the future exceptionally with the read's
   * own exception.
   */
  public final CompletableFuture<Fresh<List<T>>> findAllFreshAsync(Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh());
  }

  /** {@link #findAllFresh(ReadPolicy)} on {@code executor}, which the caller provides. */
  public final CompletableFuture<Fresh<List<T>>> findAllFreshAsync(
      ReadPolicy policy, Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh(policy));
  }

  /**
   * Waits until this table reflects the write that {@code token} marks ({@code
   * StreamTables.markWrite(connection)} after the write committed): returns as soon as the table is
   * IMMEDIATE, or a refresh that started after the token has completed. Reads the catalog with
   * back-off (10 ms doubling up to 1 s), so it works for manual refreshes and behind poolers, which
   * send no events; for wake-ups on the scheduler's events use {@code
   * StreamTableWatcher.awaitFresherThan}.
   *
   * @throws dev.pgtrickle.dao.runtime.freshness.FreshnessTimeoutException after {@code timeout}
   * @throws dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException for a SUSPENDED or
   *     ERROR table
   */
  public final Freshness awaitFresherThan(FreshnessToken token, Duration timeout) {
    return FreshnessWait.await(dataSource, table, server, token, timeout, null);
  }

  /**
   * {@link #awaitFresherThan(FreshnessToken, Duration)}, except that if the table does not reflect
   * the write yet, it triggers one refresh with {@code refresher} instead of waiting for the
   * scheduler.
   */
  public final Freshness awaitFresherThan(
      FreshnessToken token, Duration timeout, StreamTableRefresher refresher) {
    return FreshnessWait.await(
        dataSource, table, server, token, timeout, Objects.requireNonNull(refresher, "refresher"));
  }

  /**
   * {@link #awaitFresherThan(FreshnessToken, Duration)} on {@code executor}, which the caller
   * provides.
   */
  public final CompletableFuture<Freshness> awaitFresherThanAsync(
      FreshnessToken token, Duration timeout, Executor executor) {
    return AsyncReads.on(executor).supply(() -> awaitFresherThan(token, timeout));
  }

  /**
   * Delivers this table's change events (refresh completed or failed, stale, suspended, resumed,
   * and "events may have been missed" after a lost connection) to {@code listener} until the
   * subscription is closed. All DAOs share {@code watcher}'s one LISTEN connection.
   */
  public final Subscription subscribe(StreamTableWatcher watcher, StreamTableListener listener) {
    return watcher.subscribe(table, listener);
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
