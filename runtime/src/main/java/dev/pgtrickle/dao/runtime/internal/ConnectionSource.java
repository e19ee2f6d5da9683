package dev.pgtrickle.dao.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The one place a read gets its connection and gives it back. There are two kinds:
 *
 * <ul>
 *   <li>the pool's ({@link #of(DataSource)}): every read takes a connection from the {@code
 *       DataSource}, runs in a read-only transaction ({@link ReadOnly}) and closes the connection
 *       before it returns (a stream, when it is closed);
 *   <li>the caller's ({@link #on(Connection)}, behind {@code dao.on(connection)}): every read runs
 *       on the caller's connection, inside the caller's transaction if one is open (else in a
 *       read-only transaction of its own), and never closes, commits or rolls it back.
 * </ul>
 *
 * <p>A source also holds the texts its reads send in auto-commit mode ({@code BEGIN READ ONLY;
 * <statement>; COMMIT}), built once per statement and kept, up to {@value #CACHE_LIMIT} statements
 * (then built per call). The cache belongs to the DAO that made the source, and a caller's source
 * from {@link #on(Connection)} shares it: nothing is kept in a static field, so two DAOs, or two
 * class loaders, never see each other's statements.
 *
 * <p>Thread-safe for the pool's kind; the caller's kind is as thread-safe as its connection.
 */
public abstract class ConnectionSource {
  /** How many pipelined statements one source family keeps. */
  static final int CACHE_LIMIT = 1024;

  private final ConcurrentHashMap<String, String> pipelines;

  private ConnectionSource(ConcurrentHashMap<String, String> pipelines) {
    this.pipelines = pipelines;
  }

  /** Work done on a connection; must not close it. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs on {@code connection}. */
    T run(Connection connection) throws SQLException;
  }

  /** The pool's source: each read takes a connection from {@code dataSource} and closes it. */
  public static ConnectionSource of(DataSource dataSource) {
    return new Pool(
        Objects.requireNonNull(dataSource, "dataSource"), null, new ConcurrentHashMap<>());
  }

  /**
   * The caller's source, for code that has no DAO (a repository's implementation): each read runs
   * on {@code connection}, which stays open.
   */
  public static ConnectionSource of(Connection connection) {
    return new Caller(Objects.requireNonNull(connection, "connection"), new ConcurrentHashMap<>());
  }

  /**
   * The pool's source over {@code reads}, a replica-routing view of {@code primary} (see {@code
   * ReplicaRouting}): reads take their connections from {@code reads}, while {@link #primary()}
   * gives the source for what must see the primary (freshness). When the DAO's {@code DataSource}
   * routes nothing, both are the same.
   */
  public static ConnectionSource routed(DataSource reads, DataSource primary) {
    ConcurrentHashMap<String, String> pipelines = new ConcurrentHashMap<>();
    Pool primarySource = new Pool(Objects.requireNonNull(primary, "primary"), null, pipelines);
    return reads == primary
        ? primarySource
        : new Pool(Objects.requireNonNull(reads, "reads"), primarySource, pipelines);
  }

  /** The caller's source over {@code connection}, sharing this source's statement texts. */
  public final ConnectionSource on(Connection connection) {
    return new Caller(Objects.requireNonNull(connection, "connection"), pipelines);
  }

  /**
   * The source for reads that must see the primary: itself, unless reads are routed to standbys.
   * The caller's source is always itself.
   */
  public abstract ConnectionSource primary();

  /**
   * This pool's source reading from {@code dataSource} instead (the same routing with another
   * budget), sharing the statement texts and the primary; the caller's source is itself.
   */
  public abstract ConnectionSource through(DataSource dataSource);

  /**
   * Runs {@code work} on a connection: the pool's, closed after {@code work} returns or throws, or
   * the caller's, left open. A failure to get or close the connection is thrown as the {@link
   * SQLException} it is, for the caller to translate with the statement it was about to run.
   */
  public abstract <T> T run(Work<T> work) throws SQLException;

  /**
   * Runs {@code sql}, one {@code SELECT}, in a read-only transaction on a connection of this source
   * ({@link ReadOnly#query}) and reads its result.
   */
  public final <T> T query(String sql, Binder binder, ReadOnly.Result<T> result)
      throws SQLException {
    return run(connection -> ReadOnly.query(connection, sql, pipelined(sql), binder, result));
  }

  /**
   * Runs {@code sql}, one {@code SELECT}, in a read-only transaction on a connection of this source
   * ({@link ReadOnly#list}) and maps every row: {@link #query} for the reads that return a list,
   * without a function object per call. The pool's connection is closed before this returns or
   * throws; the caller's stays open.
   */
  public abstract <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper)
      throws SQLException;

  /**
   * A connection for a stream, which holds it until the stream is closed: the pool's, which {@link
   * #closesConnections()} says the stream must close, or the caller's.
   */
  public abstract Connection open() throws SQLException;

  /** Whether a connection from {@link #open()} is closed when the read is done (the pool's). */
  public abstract boolean closesConnections();

  /** The {@code DataSource} of the pool's source, or null for the caller's. */
  public abstract DataSource dataSource();

  /** {@code BEGIN READ ONLY; sql; COMMIT}, kept once built while there is room. */
  final String pipelined(String sql) {
    String pipelined = pipelines.get(sql);
    if (pipelined == null) {
      pipelined = ReadOnly.pipelined(sql);
      if (pipelines.size() < CACHE_LIMIT) {
        pipelines.putIfAbsent(sql, pipelined);
      }
    }
    return pipelined;
  }

  final ConcurrentHashMap<String, String> pipelines() {
    return pipelines;
  }

  /** The number of statement texts kept; for tests. */
  final int cached() {
    return pipelines.size();
  }

  private static final class Pool extends ConnectionSource {
    private final DataSource dataSource;
    private final Pool primary;

    /** A pool's source; {@code primary} is null when {@code dataSource} is the primary itself. */
    Pool(DataSource dataSource, Pool primary, ConcurrentHashMap<String, String> pipelines) {
      super(pipelines);
      this.dataSource = dataSource;
      this.primary = primary;
    }

    @Override
    public ConnectionSource primary() {
      return primary == null ? this : primary;
    }

    @Override
    public ConnectionSource through(DataSource other) {
      if (other == dataSource) {
        return this;
      }
      Pool root = primary == null ? this : primary;
      return other == root.dataSource ? root : new Pool(other, root, root.pipelines());
    }

    @Override
    public <T> T run(Work<T> work) throws SQLException {
      try (Connection connection = dataSource.getConnection()) {
        return work.run(connection);
      }
    }

    @Override
    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
      try (Connection connection = dataSource.getConnection()) {
        return ReadOnly.list(connection, sql, pipelined(sql), binder, mapper);
      }
    }

    @Override
    public Connection open() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public boolean closesConnections() {
      return true;
    }

    @Override
    public DataSource dataSource() {
      return dataSource;
    }
  }

  private static final class Caller extends ConnectionSource {
    private final Connection connection;

    Caller(Connection connection, ConcurrentHashMap<String, String> pipelines) {
      super(pipelines);
      this.connection = connection;
    }

    @Override
    public ConnectionSource primary() {
      return this;
    }

    @Override
    public ConnectionSource through(DataSource dataSource) {
      return this;
    }

    @Override
    public <T> T run(Work<T> work) throws SQLException {
      return work.run(connection);
    }

    @Override
    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
      return ReadOnly.list(connection, sql, pipelined(sql), binder, mapper);
    }

    @Override
    public Connection open() {
      return connection;
    }

    @Override
    public boolean closesConnections() {
      return false;
    }

    @Override
    public DataSource dataSource() {
      return null;
    }
  }
}
