package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.operations.internal.AlertPayload;
import dev.pgtrickle.dao.operations.internal.PgListener;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import dev.pgtrickle.dao.runtime.internal.Backoff;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.ServerCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * Watches stream tables for many DAOs through <em>one</em> {@code LISTEN pg_trickle_alert}
 * connection, and waits for read-your-writes freshness.
 *
 * <h2>Events</h2>
 *
 * {@link #subscribe} registers a listener for one stream table. The first subscription takes a
 * connection from the {@code DataSource}, runs {@code LISTEN pg_trickle_alert} on it (in
 * auto-commit mode, with {@code application_name} set to the watcher's {@linkplain Builder#name
 * name}) and starts one daemon thread, named after the watcher, that reads notifications, parses
 * them ({@link StreamTableEvent}) and delivers them to the listeners of the table they name.
 * Closing the last subscription, or the watcher, runs {@code UNLISTEN *}, resets {@code
 * application_name}, returns the connection and ends the thread ({@link #close()} waits for that;
 * closing a subscription does not).
 *
 * <ul>
 *   <li><b>Lost connection.</b> If the connection breaks (a restart, a failover, {@code
 *       pg_terminate_backend}), the thread reconnects with exponential back-off and then gives
 *       every listener an {@link StreamTableEvent.Kind#EVENTS_MAY_HAVE_BEEN_MISSED} event:
 *       PostgreSQL does not keep notifications for a session that was not listening, so they are
 *       gone, and listeners should re-read.
 *   <li><b>Suppressed notifications.</b> pg_trickle sends nothing for tables with {@code
 *       pooler_compatibility_mode}, and nothing for manual refreshes. The thread also polls the
 *       catalog every {@linkplain Builder#pollInterval poll interval} (on the same connection) and,
 *       for tables in pooler compatibility mode, reports a new {@code last_refresh_at} as {@link
 *       StreamTableEvent.Kind#REFRESH_COMPLETED} and a new {@code status} as {@link
 *       StreamTableEvent.Kind#STATUS_CHANGED}, with {@link StreamTableEvent.Source#CATALOG}.
 *       Polling folds several changes between two polls into one event.
 *   <li><b>No LISTEN at all.</b> {@link Builder#listen listen(false)} polls the catalog for every
 *       table instead, borrowing a connection per poll, for PgBouncer in transaction mode or
 *       drivers other than pgjdbc. With listening on, a connection that is not pgjdbc's fails
 *       {@link #subscribe} with an {@link UnsupportedOperationException} saying so.
 * </ul>
 *
 * <h2>Read-your-writes</h2>
 *
 * {@link #awaitFresherThan} returns once a refresh that started after a write ({@link
 * StreamTables#markWrite}) has completed, waking on this table's events and otherwise polling the
 * catalog with back-off; see {@link FreshnessToken} for why "started after".
 *
 * <p>Thread-safe. One watcher per application (per database) is enough; close it on shutdown.
 */
public final class StreamTableWatcher implements AutoCloseable {
  /** The channel pg_trickle sends its alerts on. */
  public static final String CHANNEL = "pg_trickle_alert";

  static final String BASELINE_SQL =
      "SELECT st.pgt_schema, st.pgt_name, st.status, st.last_refresh_at, st.data_timestamp,"
          + " st.pooler_compatibility_mode FROM pgtrickle.pgt_stream_tables st"
          + " WHERE st.pgt_schema = ? AND st.pgt_name = ?";

  /**
   * Names the LISTEN session and reads its database's OID: pg_trickle 0.108 puts {@code
   * database_oid} in every payload, and NOTIFY reaches the listeners of every database on the
   * server, so events whose OID differs are another database's and are dropped.
   */
  static final String NAME_SESSION_SQL =
      "SELECT set_config('application_name', ?, false),"
          + " (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())";

  private static final Duration AWAIT_POLL_INITIAL = Duration.ofMillis(10);

  final DataSource dataSource;
  final ServerCheck server = new ServerCheck();
  final boolean listen;
  final Duration pollInterval;
  final Duration reconnectInitial;
  final Duration reconnectMax;
  final Executor deliveryExecutor;
  final String name;
  final StreamTableObserver observer;

  final Map<StreamTableName, CopyOnWriteArrayList<Registration>> subscriptions =
      new ConcurrentHashMap<>();
  final Map<StreamTableName, CatalogState> baselines = new ConcurrentHashMap<>();

  private final Object lock = new Object();
  private WatchLoop loop; // guarded by lock
  private boolean closed; // guarded by lock

  /** A watcher with the default settings: listening, 1 s catalog polls, 100 ms to 30 s back-off. */
  public StreamTableWatcher(DataSource dataSource) {
    this(builder(dataSource));
  }

  private StreamTableWatcher(Builder builder) {
    this.dataSource = builder.dataSource;
    this.listen = builder.listen;
    this.pollInterval = builder.pollInterval;
    this.reconnectInitial = builder.reconnectInitial;
    this.reconnectMax = builder.reconnectMax;
    this.deliveryExecutor = builder.deliveryExecutor;
    this.name =
        builder.name != null
            ? builder.name
            : "pgtrickle-watcher-" + Integer.toHexString(System.identityHashCode(this));
    this.observer =
        builder.observer != null ? builder.observer : StreamTableObserver.of(builder.dataSource);
  }

  /** A builder for a watcher on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** The watcher's name: its thread's name and its connection's {@code application_name}. */
  public String name() {
    return name;
  }

  /**
   * Delivers the events of {@code dao}'s stream table (refresh completed or failed, stale,
   * suspended, resumed, and "events may have been missed" after a lost connection) to {@code
   * listener} until the subscription is closed. Every DAO shares this watcher's one LISTEN
   * connection. The first subscription connects and LISTENs before this returns, so notifications
   * sent after it returns are delivered.
   *
   * @throws StreamTableNotFoundException if the table is not in pg_trickle's catalog
   * @throws UnsupportedOperationException if listening and the driver is not pgjdbc
   * @throws StreamTableException if the catalog cannot be read or LISTEN fails
   * @throws IllegalStateException if the watcher is closed
   */
  public Subscription subscribe(StreamTableDao<?> dao, StreamTableListener listener) {
    return subscribe(Objects.requireNonNull(dao, "dao").streamTable(), listener);
  }

  /**
   * Delivers {@code table}'s events to {@code listener} until the subscription is closed, like
   * {@link #subscribe(StreamTableDao, StreamTableListener)}.
   */
  public Subscription subscribe(StreamTableName table, StreamTableListener listener) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(listener, "listener");
    CatalogState baseline = readBaseline(table);
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("StreamTableWatcher " + name + " is closed");
      }
      Registration registration = new Registration(table, listener);
      subscriptions.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(registration);
      baselines.putIfAbsent(table, baseline);
      if (loop == null) {
        try {
          loop = startLoop(table);
        } catch (RuntimeException e) {
          remove(registration);
          throw e;
        }
      }
      return registration;
    }
  }

  /**
   * Waits until {@code table} reflects the write that {@code token} marks: returns as soon as the
   * table is IMMEDIATE, or a refresh that started after the token has completed.
   *
   * @return the freshness that showed it
   * @throws StreamTableException with reason {@code FRESHNESS_TIMEOUT} if that did not happen
   *     within {@code timeout}; carries the last freshness read
   * @throws dev.pgtrickle.dao.runtime.StreamTableSuspendedException if the table is SUSPENDED or in
   *     ERROR state (it would never be refreshed)
   */
  public Freshness awaitFresherThan(StreamTableName table, FreshnessToken token, Duration timeout) {
    return await(table, token, timeout, null);
  }

  /**
   * Like {@link #awaitFresherThan(StreamTableName, FreshnessToken, Duration)}, but if the table
   * does not yet reflect the write, triggers one refresh with {@code refresher} ({@link
   * StreamTableRefresher.WhenBusy#WAIT_THEN_REFRESH}, so even a refresh already running is followed
   * by one that sees the write) instead of waiting for the scheduler.
   */
  public Freshness awaitFresherThan(
      StreamTableName table,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    return await(table, token, timeout, Objects.requireNonNull(refresher, "refresher"));
  }

  /**
   * {@link #awaitFresherThan(StreamTableName, FreshnessToken, Duration)} for {@code dao}'s stream
   * table.
   */
  public Freshness awaitFresherThan(StreamTableDao<?> dao, FreshnessToken token, Duration timeout) {
    return awaitFresherThan(dao.streamTable(), token, timeout);
  }

  /**
   * {@link #awaitFresherThan(StreamTableName, FreshnessToken, Duration, StreamTableRefresher)} for
   * {@code dao}'s stream table.
   */
  public Freshness awaitFresherThan(
      StreamTableDao<?> dao,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    return awaitFresherThan(dao.streamTable(), token, timeout, refresher);
  }

  /**
   * Closes every subscription, releases the connection and ends the thread (waiting briefly for
   * it). Closing twice is harmless.
   */
  @Override
  public void close() {
    WatchLoop stopped;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      for (List<Registration> registrations : subscriptions.values()) {
        for (Registration registration : registrations) {
          registration.open = false;
        }
      }
      subscriptions.clear();
      baselines.clear();
      stopped = loop;
      loop = null;
      if (stopped != null) {
        stopped.stop();
      }
    }
    if (stopped != null) {
      stopped.join();
    }
  }

  private Freshness await(
      StreamTableName table,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(token, "token");
    StreamTableRefresher.checkTimeout(timeout);
    Freshness freshness = FreshnessQuery.read(dataSource, table, server);
    if (token.isCoveredBy(freshness)) {
      return freshness;
    }
    Semaphore wake = new Semaphore(0);
    Subscription subscription = subscribe(table, event -> wake.release());
    try {
      return FreshnessWait.await(
          table,
          () -> FreshnessQuery.read(dataSource, table, server),
          token,
          timeout,
          refresher,
          wake,
          max(AWAIT_POLL_INITIAL, pollInterval));
    } finally {
      subscription.close();
    }
  }

  private WatchLoop startLoop(StreamTableName table) {
    WatchLoop started;
    if (listen) {
      try {
        started = new WatchLoop(this, openListening());
      } catch (SQLException e) {
        throw Failures.failure(
            StreamTableException.Reason.DATABASE_ERROR,
            table,
            "StreamTableWatcher " + name + " could not LISTEN " + CHANNEL + ": " + e.getMessage(),
            "LISTEN " + CHANNEL,
            e.getSQLState(),
            e);
      }
    } else {
      started = new WatchLoop(this, null);
    }
    started.start();
    return started;
  }

  /** Takes a connection, names it, and LISTENs on it; the connection is closed on failure. */
  WatchLoop.Listening openListening() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      long databaseOid;
      try (PreparedStatement statement = connection.prepareStatement(NAME_SESSION_SQL)) {
        statement.setString(1, name);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          databaseOid = row.getLong(2);
        }
      }
      PgListener listener;
      try {
        listener = PgListener.listen(connection, CHANNEL);
      } catch (UnsupportedOperationException e) {
        throw PgListenerErrors.notPgjdbc(connection.getClass().getName(), e);
      } catch (LinkageError e) {
        throw PgListenerErrors.notPgjdbc("no pgjdbc on the classpath", e);
      }
      return new WatchLoop.Listening(connection, listener, databaseOid);
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private CatalogState readBaseline(StreamTableName table) {
    try (Connection connection = dataSource.getConnection()) {
      server.verify(connection, table);
      try (PreparedStatement statement = connection.prepareStatement(BASELINE_SQL)) {
        statement.setString(1, table.schema());
        statement.setString(2, table.name());
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next()) {
            throw Failures.notInCatalog(table, BASELINE_SQL, ", so it cannot be watched");
          }
          return CatalogState.read(row);
        }
      }
    } catch (SQLException e) {
      throw Failures.translate(
          Failures.Path.FRESHNESS,
          table,
          "reading pg_trickle's catalog for " + table,
          BASELINE_SQL,
          e);
    }
  }

  /** Delivers an event to a registration, on the delivery executor if there is one. */
  void deliver(Registration registration, StreamTableEvent event) {
    if (deliveryExecutor == null) {
      registration.deliver(event);
      return;
    }
    try {
      deliveryExecutor.execute(() -> registration.deliver(event));
    } catch (RejectedExecutionException e) {
      report(e);
    }
  }

  /** Delivers the missed-events signal to every listener. */
  void deliverMissedToAll(String reason) {
    for (Map.Entry<StreamTableName, CopyOnWriteArrayList<Registration>> entry :
        subscriptions.entrySet()) {
      StreamTableEvent event = StreamTableEvent.missed(entry.getKey(), reason);
      for (Registration registration : entry.getValue()) {
        deliver(registration, event);
      }
    }
  }

  /**
   * Routes a parsed notification to the listeners of the table it names, unless it carries the
   * {@code database_oid} of another database than {@code databaseOid}, the listening session's.
   */
  void dispatch(PgListener.Notification notification, long databaseOid) {
    if (!CHANNEL.equals(notification.channel())) {
      return;
    }
    AlertPayload payload = AlertPayload.parse(notification.payload());
    OptionalLong sender = payload.databaseOid();
    if (sender.isPresent() && sender.getAsLong() != databaseOid) {
      return;
    }
    StreamTableName table = tableOf(payload);
    if (table == null) {
      if (!payload.isComplete()) {
        String text = payload.text();
        deliverMissedToAll(
            "a "
                + CHANNEL
                + " notification was cut or garbled before it named its stream table: "
                + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
      }
      return;
    }
    List<Registration> registrations = subscriptions.get(table);
    if (registrations == null) {
      return;
    }
    StreamTableEvent event = StreamTableEvent.fromAlert(table, payload);
    for (Registration registration : registrations) {
      deliver(registration, event);
    }
  }

  /** The table a payload names: pgt_schema and pgt_name, else st split at the first dot. */
  static StreamTableName tableOf(AlertPayload payload) {
    String partial = payload.partialKey().orElse("");
    String schema = partial.equals("pgt_schema") ? null : payload.fields().get("pgt_schema");
    String table = partial.equals("pgt_name") ? null : payload.fields().get("pgt_name");
    if (schema == null || table == null) {
      String st = partial.equals("st") ? null : payload.fields().get("st");
      int dot = st == null ? -1 : st.indexOf('.');
      if (dot < 0) {
        return null;
      }
      schema = st.substring(0, dot);
      table = st.substring(dot + 1);
    }
    try {
      return StreamTableName.of(schema, table);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void report(Throwable failure) {
    Thread thread = Thread.currentThread();
    thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
  }

  private void remove(Registration registration) {
    List<Registration> registrations = subscriptions.get(registration.table);
    if (registrations != null) {
      registrations.remove(registration);
      if (registrations.isEmpty()) {
        subscriptions.remove(registration.table);
        baselines.remove(registration.table);
      }
    }
  }

  /**
   * Removes a registration; the last one stops the thread, which then releases the connection
   * within one notification wait (at most 250 ms) without this call waiting for it.
   */
  private void unsubscribe(Registration registration) {
    synchronized (lock) {
      if (!registration.open) {
        return;
      }
      registration.open = false;
      remove(registration);
      if (subscriptions.isEmpty() && loop != null) {
        loop.stop();
        loop = null;
      }
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** A subscription. */
  final class Registration implements Subscription {
    final StreamTableName table;
    final StreamTableListener listener;
    volatile boolean open = true;

    Registration(StreamTableName table, StreamTableListener listener) {
      this.table = table;
      this.listener = listener;
    }

    void deliver(StreamTableEvent event) {
      if (!open) {
        return;
      }
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        report(e);
      }
    }

    @Override
    public StreamTableName streamTable() {
      return table;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      unsubscribe(this);
    }

    @Override
    public String toString() {
      return "Subscription{" + table + (open ? "" : ", closed") + " on " + name + "}";
    }
  }

  /** The catalog columns the watcher compares between polls. */
  static final class CatalogState {
    final String status;
    final Instant lastRefreshAt;
    final Instant dataTimestamp;
    final boolean pooler;

    private CatalogState(
        String status, Instant lastRefreshAt, Instant dataTimestamp, boolean pooler) {
      this.status = status;
      this.lastRefreshAt = lastRefreshAt;
      this.dataTimestamp = dataTimestamp;
      this.pooler = pooler;
    }

    /** Reads columns 3 to 6 of {@link #BASELINE_SQL} or of the poll. */
    static CatalogState read(ResultSet row) throws SQLException {
      return new CatalogState(
          row.getString(3), instant(row, 4), instant(row, 5), row.getBoolean(6));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
      OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
  }

  /** Settings of a {@link StreamTableWatcher}; validated as they are set. */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean listen = true;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration reconnectInitial = Duration.ofMillis(100);
    private Duration reconnectMax = Duration.ofSeconds(30);
    private Executor deliveryExecutor;
    private String name;
    private StreamTableObserver observer;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Whether to LISTEN (the default) or only poll the catalog. Polling only is for poolers in
     * transaction mode and drivers other than pgjdbc.
     */
    public Builder listen(boolean listen) {
      this.listen = listen;
      return this;
    }

    /**
     * How often the catalog is polled (default 1 s), and the longest pause between the catalog
     * reads of {@link #awaitFresherThan}.
     */
    public Builder pollInterval(Duration pollInterval) {
      Objects.requireNonNull(pollInterval, "pollInterval");
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("pollInterval must be positive: " + pollInterval);
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /** The back-off between reconnection attempts (default 100 ms doubling up to 30 s). */
    public Builder reconnectBackoff(Duration initial, Duration max) {
      new Backoff(initial, max); // validates
      this.reconnectInitial = initial;
      this.reconnectMax = max;
      return this;
    }

    /**
     * Delivers events on {@code executor} instead of the watcher's thread. With an executor of more
     * than one thread, a listener's events may arrive out of order.
     */
    public Builder deliverOn(Executor executor) {
      this.deliveryExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The name of the watcher's thread and its connection's {@code application_name} (default
     * {@code pgtrickle-watcher-N}).
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Reports each reconnect to {@code observer} ({@link StreamTableObserver#watcherReconnected}).
     * By default the watcher reports to the observer of its data source ({@link
     * StreamTableObserver#of}), if it has one.
     */
    public Builder observer(StreamTableObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** Creates the watcher; it connects at the first subscription. */
    public StreamTableWatcher build() {
      return new StreamTableWatcher(this);
    }
  }

  /** Messages for a driver that cannot LISTEN. */
  static final class PgListenerErrors {
    private PgListenerErrors() {}

    static UnsupportedOperationException notPgjdbc(String what, Throwable cause) {
      UnsupportedOperationException e =
          new UnsupportedOperationException(
              "StreamTableWatcher listens for pg_trickle's notifications with LISTEN, which needs"
                  + " the PostgreSQL JDBC driver (org.postgresql:postgresql) and a connection that"
                  + " unwraps to org.postgresql.PGConnection; got "
                  + what
                  + ". Use"
                  + " StreamTableWatcher.builder(dataSource).listen(false) to poll the catalog"
                  + " instead");
      e.initCause(cause);
      return e;
    }
  }
}
