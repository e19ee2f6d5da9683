package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReplicaRouting;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The superclass of every generated DAO: the reads every stream table has ({@code findAll}, {@code
 * streamAll}, {@code count}, typed {@code query()} with its fresh reads, {@code freshness()}, and
 * {@code on(connection)}), so that a generated DAO holds only what is its own: its column
 * constants, its statements and the code that maps a row to its record. It has no method that
 * writes, and no way to reach one.
 *
 * <p>Each statement is a compile-time constant of the generated DAO, whose class javadoc shows it,
 * handed to this class by the DAO's constructor; nothing here builds SQL, except that a typed query
 * renders its statement once per shape, in a cache this DAO holds.
 *
 * <p>Every read gets its connection from one {@link ConnectionSource}: the DAO's {@link DataSource}
 * (a read-only transaction, the connection returned before the read returns, or, for a stream, when
 * the stream is closed), or, behind {@link #on(Connection)}, the caller's connection, which stays
 * open, inside the caller's transaction if one is open.
 *
 * <p>The reads that depend on pg_trickle's SQL surface (freshness, fresh reads, read-your-writes)
 * ask the server for its pg_trickle release the first time, on the connection they are about to
 * use, and refuse a release this library does not support with a {@link
 * dev.pgtrickle.dao.runtime.StreamTableException} whose reason is {@code UNSUPPORTED_PG_TRICKLE};
 * the answer is kept in this instance. Plain reads ({@code findAll}, finders, {@code count}, typed
 * queries) read only the stream table and ask nothing.
 *
 * <p>Thread-safe: an instance holds its {@link DataSource}, the DAO's constants, its statement
 * texts and the one answer about the server's release.
 *
 * @param <T> the record a row is read into
 */
public abstract class AbstractStreamTableDao<T> implements StreamTableDao<T> {
  private final TypedSelect.Base<T> base;
  private final String count;

  /**
   * Called by the generated DAO's constructor with its own constants.
   *
   * @param runtimeVersion the runtime version the DAO was generated for; any other than this
   *     runtime's is refused with {@link RuntimeVersionMismatchError}
   * @param dataSource where every read gets its connection
   * @param table the stream table
   * @param findAll {@code SELECT <columns> FROM <table>}, the columns in the order {@code mapper}
   *     reads them
   * @param count {@code SELECT count(*) FROM <table>}
   * @param findAllFresh {@code findAll} joined with the table's catalog row (see {@link FreshSql})
   * @param maxStaleness the declared {@code maxStaleness}, or null when none is declared
   * @param mapper reads the current row into a record
   */
  protected AbstractStreamTableDao(
      String runtimeVersion,
      DataSource dataSource,
      StreamTableName table,
      String findAll,
      String count,
      String findAllFresh,
      Duration maxStaleness,
      RowMapper<T> mapper) {
    RuntimeVersion.check(runtimeVersion, getClass());
    Objects.requireNonNull(dataSource, "dataSource");
    this.base =
        new TypedSelect.Base<>(
            // Reads go to a standby when the DataSource is a ReplicaRouting whose standby meets
            // the budget; freshness reads the primary (ConnectionSource.primary()).
            ConnectionSource.routed(Routing.reads(dataSource, table, maxStaleness), dataSource),
            new SelectSql(),
            Objects.requireNonNull(table, "table"),
            Objects.requireNonNull(findAll, "findAll"),
            Objects.requireNonNull(findAllFresh, "findAllFresh"),
            Objects.requireNonNull(mapper, "mapper"),
            new ServerCheck(),
            StreamTableObserver.of(dataSource),
            maxStaleness);
    this.count = Objects.requireNonNull(count, "count");
  }

  /** {@code dao}, reading on {@code connection}. */
  private AbstractStreamTableDao(AbstractStreamTableDao<T> dao, Connection connection) {
    this.base = dao.base.on(connection);
    this.count = dao.count;
  }

  /** Returns the stream table this DAO reads, the generated DAO's {@code STREAM_TABLE}. */
  @Override
  public final StreamTableName streamTable() {
    return base.table();
  }

  /**
   * Returns the budget declared by the record's {@code @StreamTableView(maxStaleness = ...)}, by
   * which its fresh reads are judged, or empty when none is declared (then the table's own duration
   * schedule is the bound). Health checks and metrics read it.
   */
  @Override
  public final Optional<Duration> maxStaleness() {
    return Optional.ofNullable(base.budget());
  }

  /**
   * Returns every row, in no particular order: the DAO's {@code FIND_ALL} statement, {@code SELECT
   * <columns> FROM <table>}.
   */
  @Override
  public final List<T> findAll() {
    return base.all().list("findAll");
  }

  /**
   * Returns every row, sorted by {@code sort}, whose {@code ORDER BY} clause is appended to {@code
   * FIND_ALL}: {@code query().orderBy(sort).list()}.
   */
  @Override
  public final List<T> findAll(Sort<T> sort) {
    return query().orderBy(sort).list();
  }

  /**
   * Streams every row, in no particular order, through a server-side cursor that fetches rows in
   * batches, so tables larger than the heap can be read. The stream holds a connection until it is
   * closed: always use it in try-with-resources. On the caller's connection in auto-commit mode,
   * auto-commit is switched off for the cursor and restored when the stream is closed.
   */
  @Override
  public final Stream<T> streamAll() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "streamAll",
        () ->
            Queries.stream(base.source(), base.table(), base.select(), Binder.NONE, base.mapper()));
  }

  /** Returns the number of rows: the DAO's {@code COUNT}, {@code SELECT count(*) FROM <table>}. */
  @Override
  public final long count() {
    return Observations.timed(
        base.observer(),
        base.table(),
        "count",
        () -> Queries.count(base.source(), base.table(), count, Binder.NONE));
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog, in one query: {@link
   * FreshnessQuery#SQL}, or {@link FreshnessQuery#SLA_SQL} (with the freshness controller's SLA
   * status and p50/p95) when the role may read the controller's state. Needs {@code SELECT ON
   * pgtrickle.pgt_stream_tables}.
   *
   * <p>Always on the primary: through a {@link ReplicaRouting}, it reads the primary, and later
   * reads of this table go only to standbys that have replayed past that point.
   */
  @Override
  public final Freshness freshness() {
    ConnectionSource primary = base.source().primary();
    Freshness freshness =
        Observations.timed(
            base.observer(),
            base.table(),
            "freshness",
            () -> FreshnessQuery.read(primary, base.table(), base.server()));
    if (primary.dataSource() != null) {
      // Through a ReplicaRouting, reads of this table now go to a standby only once it has
      // replayed past this point: no read after freshness() sees older data than it reported,
      // which is what makes a read-your-writes wait (it polls freshness()) hold on standbys.
      Routing.waited(primary.dataSource(), base.table());
    }
    return freshness;
  }

  /**
   * Starts a typed query over the table, with fresh reads as its {@code listFresh} terminals; see
   * {@link Select}.
   */
  @Override
  public final Select<T> query() {
    return TypedSelect.all(base);
  }

  /**
   * This DAO, reading on {@code connection}, which stays open: see {@link
   * StreamTableDao#on(Connection)}. The returned DAO shares this one's statement texts and its
   * answer about the server's release.
   */
  @Override
  public final StreamTableDao<T> on(Connection connection) {
    return new AbstractStreamTableDao<T>(this, connection) {};
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + base.table() + "]";
  }
}
