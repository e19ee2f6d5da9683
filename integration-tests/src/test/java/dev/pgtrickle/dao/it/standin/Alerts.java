package dev.pgtrickle.dao.it.standin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** Listens on pg_trickle_alert and waits, with a deadline, for a payload. */
final class Alerts implements AutoCloseable {

  static final String CHANNEL = "pg_trickle_alert";

  private final Connection connection;
  private final List<String> received = new ArrayList<>();

  private Alerts(Connection connection) {
    this.connection = connection;
  }

  /** Starts listening on {@value #CHANNEL} on the given connection, which it then owns. */
  static Alerts listen(Connection connection) throws SQLException {
    Sql.exec(connection, "LISTEN " + CHANNEL);
    return new Alerts(connection);
  }

  /**
   * Waits until a payload containing {@code marker} arrives or the timeout passes, and returns
   * every payload received so far (the matching one last), or fails.
   */
  List<String> awaitPayloadContaining(String marker, Duration timeout) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    PGConnection pg = connection.unwrap(PGConnection.class);
    while (received.stream().noneMatch(p -> p.contains(marker))) {
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        throw new AssertionError(
            "no "
                + CHANNEL
                + " payload containing "
                + marker
                + " within "
                + timeout
                + "; received "
                + received);
      }
      PGNotification[] notifications =
          pg.getNotifications((int) Math.min(remainingMillis, Integer.MAX_VALUE));
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          if (CHANNEL.equals(notification.getName())) {
            received.add(notification.getParameter());
          }
        }
      }
    }
    return List.copyOf(received);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
