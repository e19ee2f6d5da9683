package dev.pgtrickle.dao.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs reads in a read-only transaction, the run-time half of the read-only contract: even a
 * {@code @Query} that calls a volatile function which writes is rejected by PostgreSQL (SQLState
 * {@code 25006}, read-only SQL transaction).
 *
 * <p>On a connection in auto-commit mode (every connection taken from a {@code DataSource}, and a
 * caller's connection in auto-commit mode), auto-commit is switched off and the connection marked
 * read-only before the statement, so pgjdbc sends {@code BEGIN READ ONLY} in the same round trip as
 * the query; after reading, the transaction is committed (rolled back on failure) and auto-commit
 * and the read-only flag are restored. The cost is one extra round trip, the {@code COMMIT}. A
 * caller's connection with a transaction open is left alone: the caller's transaction is the
 * caller's.
 */
public final class ReadOnly {
  private ReadOnly() {}

  /** Runs {@code work} on {@code connection} in a read-only transaction, as described above. */
  public static <T> T run(Connection connection, Statements.Work<T> work) throws SQLException {
    if (!connection.getAutoCommit()) {
      return work.run(connection);
    }
    boolean wasReadOnly = begin(connection);
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException | RuntimeException | Error e) {
      SQLException problem = finish(connection, wasReadOnly, false);
      if (problem != null) {
        e.addSuppressed(problem);
      }
      throw e;
    }
    SQLException problem = finish(connection, wasReadOnly, true);
    if (problem != null) {
      throw problem;
    }
    return result;
  }

  /**
   * Switches a connection in auto-commit mode to a read-only transaction; returns whether it was
   * read-only before. The caller must {@link #finish} it.
   */
  static boolean begin(Connection connection) throws SQLException {
    boolean wasReadOnly = connection.isReadOnly();
    connection.setAutoCommit(false);
    if (!wasReadOnly) {
      try {
        connection.setReadOnly(true);
      } catch (SQLException | RuntimeException e) {
        SQLException problem = attempt(() -> connection.setAutoCommit(true), null);
        if (problem != null) {
          e.addSuppressed(problem);
        }
        throw e;
      }
    }
    return wasReadOnly;
  }

  /**
   * Ends what {@link #begin} started: commits (or, after a failure, rolls back), then restores the
   * read-only flag and auto-commit, attempting every step. Returns what went wrong, or null.
   */
  static SQLException finish(Connection connection, boolean wasReadOnly, boolean commit) {
    SQLException problem = attempt(commit ? connection::commit : connection::rollback, null);
    if (!wasReadOnly) {
      problem = attempt(() -> connection.setReadOnly(false), problem);
    }
    return attempt(() -> connection.setAutoCommit(true), problem);
  }

  private interface Step {
    void run() throws SQLException;
  }

  private static SQLException attempt(Step step, SQLException problem) {
    try {
      step.run();
      return problem;
    } catch (SQLException e) {
      if (problem == null) {
        return e;
      }
      problem.addSuppressed(e);
      return problem;
    }
  }
}
