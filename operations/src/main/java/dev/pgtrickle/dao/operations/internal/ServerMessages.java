package dev.pgtrickle.dao.operations.internal;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

/** Collects the INFO and NOTICE messages the server sent during a statement. */
public final class ServerMessages {
  private ServerMessages() {}

  /**
   * Appends the message of every warning on {@code statement} to {@code into}, then clears them.
   */
  public static void drain(Statement statement, List<String> into) throws SQLException {
    for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
      into.add(w.getMessage());
    }
    statement.clearWarnings();
  }
}
