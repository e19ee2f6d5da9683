package dev.pgtrickle.dao.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Staleness-aware reads from hot standbys: a {@link DataSource} made of a primary and any number of
 * standbys, to hand to every DAO, repository, {@code StreamTableRefresher} and {@code
 * StreamTableWatcher} as <em>the</em> data source.
 *
 * <ul>
 *   <li>{@link #getConnection()} is the primary's: refreshes, resumes, LISTEN, read-your-writes
 *       waits, {@code freshness()}, and everything that is not a DAO read use the primary.
 *   <li>A DAO read asks {@link #getConnection(StreamTableName, Duration, Probe)} with its stream
 *       table and its budget (the DAO's declared {@code maxStaleness}, or the {@link
 *       ReadPolicy}'s), and gets a connection to a standby whose <em>effective age</em> for that
 *       table meets the budget, else to the primary.
 * </ul>
 *
 * <h2>Effective age</h2>
 *
 * <pre>
 * effective age = age of the stream table at the replayed point + replay lag
 * replay lag    = now - pg_last_xact_replay_timestamp()
 *                 (0 when a WAL receiver streams and replay has reached the received position:
 *                  an idle primary writes no transactions, so the replay timestamp gets old
 *                  although nothing is missing)
 * age at the replayed point = 0 for an IMMEDIATE table that is ACTIVE and populated,
 *                 else (now - last_refresh_at) - replay lag, never below 0
 * </pre>
 *
 * where {@code now}, {@code last_refresh_at} and the table's status are read on the standby, from
 * the catalog as replicated there, exactly as {@link Freshness#age()} reads them. A read with no
 * budget is bounded by the table's own bound ({@link Freshness#ownBound()}: its freshness target,
 * else its duration schedule), and by nothing when it has none. A standby whose table is missing or
 * not populated never serves it.
 *
 * <p>Measuring costs one statement on the standby connection that will serve the read (so no second
 * connection), done when a standby and table were not measured for {@code remeasureAfter}. In
 * between, the routing adds the time elapsed to the last measured age, an upper bound that never
 * understates the age. Reading the catalog needs {@code SELECT ON pgtrickle.pgt_stream_tables}, the
 * one grant every freshness read needs; without it every read goes to the primary and {@link
 * #standbys()} says why.
 *
 * <h2>Sick standbys</h2>
 *
 * A standby that cannot be reached (or is not in recovery any more) is {@link Health#DOWN DOWN},
 * one whose replay lag passes {@code maxReplayLag} (or is unknown) is {@link Health#LAGGING
 * LAGGING}; either is skipped, without a connection attempt, until its back-off has passed (from
 * {@code retryAfter}, doubling up to {@code maxRetryAfter}); the next read then probes it again. A
 * standby never makes a read fail: the primary serves instead. A read that fails <em>on</em> a
 * standby (the server goes away mid-read, or cancels the query for a recovery conflict, SQLState
 * 40001) fails like any read and is not retried.
 *
 * <h2>Read your writes</h2>
 *
 * A DAO's {@code awaitFresherThan} waits on the primary. When it returns, it records the primary's
 * WAL position for that table ({@code pg_current_wal_insert_lsn()}, one more statement on the
 * primary): from then on a standby serves reads of that table only once it has replayed past that
 * position, so a read after the wait always sees the refresh it waited for; until the standbys
 * catch up the primary serves them. Reads never wait for a standby.
 *
 * <p>State (health, back-off, measurements, positions) lives in this object only; two routings
 * share nothing. Thread-safe.
 */
public final class ReplicaRouting implements DataSource {

  /** The health of a standby, as last seen. */
  public enum Health {
    /** Not probed yet. */
    UNKNOWN,
    /** Reachable, in recovery, replay lag within the limit. */
    UP,
    /** Replay lag past {@code maxReplayLag}, or unknown: skipped until its back-off passes. */
    LAGGING,
    /** Unreachable, or not in recovery: skipped until its back-off passes. */
    DOWN
  }

  /** A snapshot of one standby's state, for health checks and logs. */
  public static final class Standby {
    private final String name;
    private final Health health;
    private final Optional<Duration> replayLag;
    private final Optional<Duration> retryIn;
    private final Optional<String> problem;

    Standby(
        String name,
        Health health,
        Optional<Duration> replayLag,
        Optional<Duration> retryIn,
        Optional<String> problem) {
      this.name = name;
      this.health = health;
      this.replayLag = replayLag;
      this.retryIn = retryIn;
      this.problem = problem;
    }

    /** The name given to {@link Builder#standby}. */
    public String name() {
      return name;
    }

    /** Its health as last seen. */
    public Health health() {
      return health;
    }

    /** The replay lag last measured; empty before the first probe or when unknown. */
    public Optional<Duration> replayLag() {
      return replayLag;
    }

    /** How long a sick standby is still skipped; empty when it is not skipped. */
    public Optional<Duration> retryIn() {
      return retryIn;
    }

    /** Why it was last skipped or could not be measured; empty when nothing went wrong. */
    public Optional<String> problem() {
      return problem;
    }

    @Override
    public String toString() {
      return name
          + " "
          + health
          + replayLag.map(lag -> ", replay lag " + lag).orElse("")
          + retryIn.map(in -> ", retry in " + in).orElse("")
          + problem.map(why -> ": " + why).orElse("");
    }
  }

  /** Builds a {@link ReplicaRouting}; validates everything in {@link #build()}. */
  public static final class Builder {
    private final DataSource primary;
    private final List<String> names = new ArrayList<>();
    private final List<DataSource> standbys = new ArrayList<>();
    private Duration maxReplayLag = Duration.ofSeconds(30);
    private Duration remeasureAfter = Duration.ofSeconds(1);
    private Duration retryAfter = Duration.ofSeconds(1);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private LongSupplier ticker = System::nanoTime;

    private Builder(DataSource primary) {
      this.primary = Objects.requireNonNull(primary, "primary");
    }

    /**
     * Adds a standby, tried in turn with the others (round robin), named for {@link #standbys()}
     * and messages.
     */
    public Builder standby(String name, DataSource standby) {
      names.add(Objects.requireNonNull(name, "name"));
      standbys.add(Objects.requireNonNull(standby, "standby"));
      return this;
    }

    /**
     * The replay lag past which a standby is skipped, whatever the read's budget (default 30 s).
     */
    public Builder maxReplayLag(Duration maxReplayLag) {
      this.maxReplayLag = Objects.requireNonNull(maxReplayLag, "maxReplayLag");
      return this;
    }

    /**
     * How long a measurement of a standby and a stream table is used before the next read measures
     * again (default 1 s); zero measures on every read routed to a standby.
     */
    public Builder remeasureAfter(Duration remeasureAfter) {
      this.remeasureAfter = Objects.requireNonNull(remeasureAfter, "remeasureAfter");
      return this;
    }

    /**
     * How long a sick standby is skipped: {@code initial} after the first failure, doubling with
     * each failure in a row up to {@code max} (defaults 1 s and 30 s).
     */
    public Builder retryAfter(Duration initial, Duration max) {
      this.retryAfter = Objects.requireNonNull(initial, "initial");
      this.maxRetryAfter = Objects.requireNonNull(max, "max");
      return this;
    }

    /** The clock of back-off and measurements, in nanoseconds; for tests. */
    Builder ticker(LongSupplier ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Builds the routing.
     *
     * @throws IllegalArgumentException for a negative duration, a back-off whose initial delay is
     *     zero or above its maximum, or two standbys with the same name
     */
    public ReplicaRouting build() {
      requireNotNegative("maxReplayLag", maxReplayLag);
      requireNotNegative("remeasureAfter", remeasureAfter);
      if (retryAfter.isNegative()
          || retryAfter.isZero()
          || maxRetryAfter.compareTo(retryAfter) < 0) {
        throw new IllegalArgumentException(
            "retryAfter needs 0 < initial <= max, got " + retryAfter + " and " + maxRetryAfter);
      }
      Set<String> unique = new LinkedHashSet<>(names);
      if (unique.size() != names.size()) {
        throw new IllegalArgumentException("two standbys have the same name: " + names);
      }
      List<StandbyState> states = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        states.add(
            new StandbyState(
                names.get(i),
                standbys.get(i),
                retryAfter,
                maxRetryAfter,
                remeasureAfter,
                maxReplayLag));
      }
      return new ReplicaRouting(primary, List.copyOf(states), ticker);
    }

    private static void requireNotNegative(String what, Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative, got " + value);
      }
    }
  }

  private final DataSource primary;
  private final List<StandbyState> standbys;
  private final LongSupplier ticker;
  private final AtomicInteger turn = new AtomicInteger();
  private final ConcurrentHashMap<StreamTableName, Long> fences = new ConcurrentHashMap<>();

  private ReplicaRouting(DataSource primary, List<StandbyState> standbys, LongSupplier ticker) {
    this.primary = primary;
    this.standbys = standbys;
    this.ticker = ticker;
  }

  /** Starts a routing whose primary is {@code primary}. */
  public static Builder builder(DataSource primary) {
    return new Builder(primary);
  }

  /** The primary. */
  public DataSource primary() {
    return primary;
  }

  /** The standbys' state, in the order they were added. */
  public List<Standby> standbys() {
    long now = ticker.getAsLong();
    List<Standby> states = new ArrayList<>(standbys.size());
    for (StandbyState standby : standbys) {
      states.add(standby.status(now));
    }
    return List.copyOf(states);
  }

  /**
   * A connection for a read of {@code table} whose data may be {@code budget} old (null: the
   * table's own bound): to a standby that meets it, else to the primary. The caller closes it. A
   * standby whose last measurement is missing or too old is measured first with {@code probe} (the
   * DAOs' runtime passes its own); a standby that cannot be measured is skipped.
   *
   * @throws SQLException only when the primary fails to give a connection
   */
  public Connection getConnection(StreamTableName table, Duration budget, Probe probe)
      throws SQLException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(probe, "probe");
    int count = standbys.size();
    if (count > 0) {
      long fence = fences.getOrDefault(table, 0L);
      int first = Math.floorMod(turn.getAndIncrement(), count);
      for (int i = 0; i < count; i++) {
        Connection connection =
            tryStandby(standbys.get((first + i) % count), table, budget, fence, probe);
        if (connection != null) {
          return connection;
        }
      }
    }
    return primary.getConnection();
  }

  private Connection tryStandby(
      StandbyState standby, StreamTableName table, Duration budget, long fence, Probe probe) {
    StandbyState.Decision decision = standby.decide(table, budget, fence, ticker.getAsLong());
    if (decision == StandbyState.Decision.SKIP) {
      return null;
    }
    Connection connection;
    try {
      connection = standby.dataSource().getConnection();
    } catch (SQLException | RuntimeException e) {
      standby.failed("cannot connect: " + e.getMessage(), ticker.getAsLong());
      return null;
    }
    if (decision == StandbyState.Decision.USE) {
      return connection;
    }
    boolean serves;
    try {
      Measurement measurement = probe.measure(connection, table);
      serves = standby.measured(table, measurement, budget, fence, ticker.getAsLong());
    } catch (SQLException e) {
      if (catalogProblem(e)) {
        standby.unmeasurable(
            table,
            "cannot read the age of "
                + table
                + " (SQLState "
                + e.getSQLState()
                + "): "
                + e.getMessage()
                + ". Grant SELECT ON pgtrickle.pgt_stream_tables to the reading role",
            ticker.getAsLong());
      } else {
        standby.failed("probe failed: " + e.getMessage(), ticker.getAsLong());
      }
      serves = false;
    } catch (RuntimeException e) {
      standby.failed("probe failed: " + e, ticker.getAsLong());
      serves = false;
    }
    if (serves) {
      return connection;
    }
    close(connection);
    return null;
  }

  /** Privileges, a missing schema or table: the standby is fine, the catalog is not readable. */
  private static boolean catalogProblem(SQLException e) {
    String state = e.getSQLState();
    return "42501".equals(state) || "42P01".equals(state) || "3F000".equals(state);
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException ignored) {
      // A connection that fails to close is the pool's to discard; the read goes elsewhere.
    }
  }

  /**
   * After a read-your-writes wait on the primary, whose WAL insert position was then {@code
   * primaryLsn} (an unsigned {@code pg_lsn}): reads of {@code table} go to a standby only once it
   * has replayed past it. Called by the DAOs' runtime after {@code freshness()}.
   */
  public void fence(StreamTableName table, long primaryLsn) {
    Objects.requireNonNull(table, "table");
    if (standbys.isEmpty()) {
      return;
    }
    fences.merge(table, primaryLsn, (old, now) -> Long.compareUnsigned(old, now) >= 0 ? old : now);
  }

  /** Whether this routing has any standby: without one, every read goes to the primary. */
  public boolean hasStandbys() {
    return !standbys.isEmpty();
  }

  /**
   * The routing {@code dataSource} is, or the routing an observed data source ({@link
   * StreamTableObserver}) wraps; empty for any other data source.
   */
  public static Optional<ReplicaRouting> of(DataSource dataSource) {
    if (dataSource instanceof ReplicaRouting routing) {
      return Optional.of(routing);
    }
    if (dataSource instanceof ObservedDataSource observed
        && observed.delegate() instanceof ReplicaRouting routing) {
      return Optional.of(routing);
    }
    return Optional.empty();
  }

  /**
   * How a standby is measured for one stream table before reads of it go there: the DAOs' runtime
   * supplies it (one statement in a read-only transaction: recovery state, replay lag and position,
   * the table's replicated catalog row). Applications do not implement it.
   */
  @FunctionalInterface
  public interface Probe {
    /**
     * Measures the server behind {@code connection} (left open) for {@code table}.
     *
     * @throws SQLException as the server reports it; 42501 when the role may not read the catalog
     */
    Measurement measure(Connection connection, StreamTableName table) throws SQLException;
  }

  /**
   * One probe's result.
   *
   * @param inRecovery whether the server is a standby at all
   * @param replayLag the replay lag, zero when caught up; null when unknown
   * @param replayLsn {@code pg_last_wal_replay_lsn()} as an unsigned number
   * @param freshness the stream table's replicated catalog row; null when it is not there
   */
  public record Measurement(
      boolean inRecovery, Duration replayLag, long replayLsn, Freshness freshness) {

    /**
     * The effective age of the data this standby serves: the table's age at the replayed point plus
     * the replay lag. For a table maintained inside the writers' transactions (IMMEDIATE) the age
     * at the replayed point is zero, so it is the lag alone; otherwise the age at the replayed
     * point is {@code age - lag} (never below zero), so the sum is the larger of the two. Null when
     * this standby cannot serve the table: not in its catalog, not populated, or lag unknown.
     */
    Duration effectiveAge() {
      if (freshness == null || replayLag == null || !freshness.isPopulated()) {
        return null;
      }
      if (freshness.isImmediatelyMaintained()) {
        return replayLag;
      }
      Duration age = freshness.age();
      return age.compareTo(replayLag) >= 0 ? age : replayLag;
    }
  }

  /** A connection to the primary. */
  @Override
  public Connection getConnection() throws SQLException {
    return primary.getConnection();
  }

  /** A connection to the primary as {@code username}. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return primary.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return primary.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    primary.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    primary.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return primary.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return primary.getParentLogger();
  }

  /** This routing, or what the primary unwraps to. */
  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || primary.isWrapperFor(type);
  }

  @Override
  public String toString() {
    return "ReplicaRouting{primary=" + primary + ", standbys=" + standbys() + "}";
  }
}
