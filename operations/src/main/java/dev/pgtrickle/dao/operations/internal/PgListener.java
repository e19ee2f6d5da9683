package dev.pgtrickle.dao.operations.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The only class that uses the PostgreSQL JDBC driver's own API: {@code LISTEN} and waiting for
 * notifications need {@link PGConnection}, reached through {@link Connection#unwrap}, which
 * connection pools such as HikariCP support. pgjdbc is an optional dependency of the runtime;
 * callers catch {@link LinkageError} to report its absence, and {@link
 * UnsupportedOperationException} for a connection of another driver.
 */
public final class PgListener {
  private final PGConnection connection;

  private PgListener(PGConnection connection) {
    this.connection = connection;
  }

  /**
   * Starts listening on {@code channel} on {@code connection}, which must be in auto-commit mode (a
   * LISTEN inside a transaction takes effect only at commit).
   *
   * @throws UnsupportedOperationException if the connection is not pgjdbc's; the message is the
   *     connection's class name
   * @throws SQLException if LISTEN fails
   */
  public static PgListener listen(Connection connection, String channel) throws SQLException {
    if (!connection.isWrapperFor(PGConnection.class)) {
      throw new UnsupportedOperationException(connection.getClass().getName());
    }
    PGConnection pg = connection.unwrap(PGConnection.class);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
    }
    return new PgListener(pg);
  }

  /**
   * Waits up to {@code timeoutMillis} (at least 1) for notifications and returns those that
   * arrived, possibly none. A lost connection shows as an {@link SQLException}.
   */
  public List<Notification> poll(int timeoutMillis) throws SQLException {
    PGNotification[] received = connection.getNotifications(Math.max(1, timeoutMillis));
    List<Notification> notifications = new ArrayList<>();
    if (received != null) {
      for (PGNotification n : received) {
        notifications.add(new Notification(n.getName(), n.getPID(), n.getParameter()));
      }
    }
    return notifications;
  }

  /** One notification. */
  public static final class Notification {
    private final String channel;
    private final int pid;
    private final String payload;

    Notification(String channel, int pid, String payload) {
      this.channel = channel;
      this.pid = pid;
      this.payload = payload == null ? "" : payload;
    }

    /** The channel. */
    public String channel() {
      return channel;
    }

    /** The process id of the notifying backend. */
    public int pid() {
      return pid;
    }

    /** The payload, empty if none. */
    public String payload() {
      return payload;
    }
  }
}
