package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.operations.internal.PgListener;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.internal.Backoff;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a {@link StreamTableWatcher}: reads notifications from the LISTEN connection, polls
 * the catalog, reconnects with back-off. Its connection is touched only by its thread (after {@link
 * #start()}, which hands it over).
 */
final class WatchLoop implements Runnable {
  static final String POLL_SQL =
      "SELECT st.pgt_schema, st.pgt_name, st.status, st.last_refresh_at, st.data_timestamp,"
          + " st.pooler_compatibility_mode FROM pgtrickle.pgt_stream_tables st"
          + " WHERE (st.pgt_schema, st.pgt_name) IN (SELECT * FROM unnest(?::text[], ?::text[]))";

  /** The longest notification wait: how soon a stopped loop notices. */
  private static final long MAX_SLICE_MILLIS = 250;

  private static final long JOIN_MILLIS = 10_000;

  private final StreamTableWatcher watcher;
  private final Thread thread;
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile boolean stopping;

  private Connection connection;
  private PgListener listener;
  private long databaseOid;
  private String lostBecause;
  private boolean pollFailureReported;
  private long nextPoll;

  WatchLoop(StreamTableWatcher watcher, Listening listening) {
    this.watcher = watcher;
    if (listening != null) {
      this.connection = listening.connection;
      this.listener = listening.listener;
      this.databaseOid = listening.databaseOid;
    }
    this.thread = new Thread(this, watcher.name);
    this.thread.setDaemon(true);
    this.nextPoll = System.nanoTime() + watcher.pollInterval.toNanos();
  }

  void start() {
    thread.start();
  }

  /** Asks the thread to release everything and end; returns at once. */
  void stop() {
    stopping = true;
    stopSignal.countDown();
  }

  /** Waits (up to 10 s) for the thread to end, unless called from it. */
  void join() {
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      thread.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void run() {
    Backoff reconnect = new Backoff(watcher.reconnectInitial, watcher.reconnectMax);
    try {
      while (!stopping) {
        try {
          if (watcher.listen) {
            listenOnce(reconnect);
          } else {
            pollWithBorrowedConnection();
            pause(watcher.pollInterval.toNanos());
          }
        } catch (RuntimeException e) {
          StreamTableWatcher.report(e);
          pause(reconnect.next());
        }
      }
    } finally {
      release();
    }
  }

  private void listenOnce(Backoff reconnect) {
    if (connection == null) {
      try {
        Listening listening = watcher.openListening();
        connection = listening.connection;
        listener = listening.listener;
        databaseOid = listening.databaseOid;
      } catch (SQLException | RuntimeException e) {
        pause(reconnect.next());
        return;
      }
      reconnect.reset();
      if (lostBecause != null) {
        String reason = lostBecause;
        lostBecause = null;
        watcher.observer.watcherReconnected(watcher.name);
        watcher.deliverMissedToAll(
            "the watcher lost its LISTEN connection ("
                + reason
                + ") and has reconnected;"
                + " notifications sent in between are lost");
      }
    }
    long slice = Math.max(1, Math.min(MAX_SLICE_MILLIS, watcher.pollInterval.toMillis()));
    try {
      for (PgListener.Notification notification : listener.poll((int) slice)) {
        watcher.dispatch(notification, databaseOid);
      }
    } catch (SQLException e) {
      lose(e);
      return;
    }
    if (!stopping && System.nanoTime() - nextPoll >= 0) {
      nextPoll = System.nanoTime() + watcher.pollInterval.toNanos();
      try {
        poll(connection);
      } catch (SQLException e) {
        if (isBroken(connection)) {
          lose(e);
        } else {
          reportPollFailure(e);
        }
      }
    }
  }

  private void pollWithBorrowedConnection() {
    try (Connection borrowed = watcher.dataSource.getConnection()) {
      poll(borrowed);
    } catch (SQLException e) {
      if (lostBecause == null) {
        lostBecause = e.getMessage();
      }
      return;
    }
    if (lostBecause != null) {
      String reason = lostBecause;
      lostBecause = null;
      watcher.deliverMissedToAll(
          "polling pg_trickle's catalog failed ("
              + reason
              + ") and has recovered; changes in"
              + " between may have been folded together or missed");
    }
  }

  /** Reads the catalog rows of the watched tables and reports changes where events are due. */
  private void poll(Connection on) throws SQLException {
    List<StreamTableName> tables = new ArrayList<>(watcher.subscriptions.keySet());
    if (tables.isEmpty()) {
      return;
    }
    String[] schemas = new String[tables.size()];
    String[] names = new String[tables.size()];
    for (int i = 0; i < tables.size(); i++) {
      schemas[i] = tables.get(i).schema();
      names[i] = tables.get(i).name();
    }
    Array schemaArray = on.createArrayOf("text", schemas);
    Array nameArray = on.createArrayOf("text", names);
    try (PreparedStatement statement = on.prepareStatement(POLL_SQL)) {
      statement.setArray(1, schemaArray);
      statement.setArray(2, nameArray);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          StreamTableName table = StreamTableName.of(row.getString(1), row.getString(2));
          StreamTableWatcher.CatalogState now = StreamTableWatcher.CatalogState.read(row);
          StreamTableWatcher.CatalogState before = watcher.baselines.replace(table, now);
          if (before != null && (!watcher.listen || now.pooler)) {
            report(table, before, now);
          }
        }
      }
    } finally {
      schemaArray.free();
      nameArray.free();
    }
    pollFailureReported = false;
  }

  private void report(
      StreamTableName table,
      StreamTableWatcher.CatalogState before,
      StreamTableWatcher.CatalogState now) {
    List<StreamTableWatcher.Registration> registrations = watcher.subscriptions.get(table);
    if (registrations == null) {
      return;
    }
    List<StreamTableEvent> events = new ArrayList<>(2);
    if (now.lastRefreshAt != null && !now.lastRefreshAt.equals(before.lastRefreshAt)) {
      Map<String, String> fields = names(table);
      fields.put("last_refresh_at", now.lastRefreshAt.toString());
      if (now.dataTimestamp != null) {
        fields.put("data_timestamp", now.dataTimestamp.toString());
      }
      fields.put("data_changed", Boolean.toString(now.lastRefreshAt.equals(now.dataTimestamp)));
      fields.put("status", now.status);
      events.add(
          StreamTableEvent.fromCatalog(table, StreamTableEvent.Kind.REFRESH_COMPLETED, fields));
    }
    if (!Objects.equals(now.status, before.status)) {
      Map<String, String> fields = names(table);
      fields.put("previous_status", before.status);
      fields.put("status", now.status);
      events.add(StreamTableEvent.fromCatalog(table, StreamTableEvent.Kind.STATUS_CHANGED, fields));
    }
    for (StreamTableEvent event : events) {
      for (StreamTableWatcher.Registration registration : registrations) {
        watcher.deliver(registration, event);
      }
    }
  }

  private static Map<String, String> names(StreamTableName table) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("pgt_name", table.name());
    fields.put("pgt_schema", table.schema());
    fields.put("st", table.qualifiedName());
    return fields;
  }

  private void lose(SQLException e) {
    lostBecause = e.getMessage();
    Connection lost = connection;
    connection = null;
    listener = null;
    try {
      lost.close();
    } catch (SQLException ignored) {
      // The connection is broken; the pool discards it.
    }
  }

  private void reportPollFailure(SQLException e) {
    if (!pollFailureReported) {
      pollFailureReported = true;
      StreamTableWatcher.report(e);
    }
  }

  private static boolean isBroken(Connection connection) {
    try {
      return connection.isClosed() || !connection.isValid(5);
    } catch (SQLException e) {
      return true;
    }
  }

  private void pause(long nanos) {
    try {
      stopSignal.await(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      stopping = true;
    }
  }

  /** Unlistens, resets the session's name and returns the connection. */
  private void release() {
    Connection held = connection;
    connection = null;
    listener = null;
    if (held == null) {
      return;
    }
    try (Statement statement = held.createStatement()) {
      statement.execute("UNLISTEN *; RESET application_name");
    } catch (SQLException ignored) {
      // Closing below is what matters; a broken connection is discarded by the pool.
    }
    try {
      held.close();
    } catch (SQLException ignored) {
      // Nothing left to release.
    }
  }

  /** A connection that is listening, with its listener and its database's OID. */
  static final class Listening {
    final Connection connection;
    final PgListener listener;
    final long databaseOid;

    Listening(Connection connection, PgListener listener, long databaseOid) {
      this.connection = connection;
      this.listener = listener;
      this.databaseOid = databaseOid;
    }
  }
}
