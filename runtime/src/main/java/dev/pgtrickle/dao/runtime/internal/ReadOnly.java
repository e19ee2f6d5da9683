package dev.pgtrickle.dao.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs reads in a read-only transaction, the run-time half of the read-only contract: even a
 * {@code @Query} that calls a volatile function which writes is rejected by PostgreSQL (SQLState
 * {@code 25006}, read-only SQL transaction).
 *
 * <p>A single statement on a connection in auto-commit mode (every connection taken from a {@code
 * DataSource}, and a caller's connection in auto-commit mode) is sent as {@code BEGIN READ ONLY;
 * <statement>; COMMIT} ({@link #query}): pgjdbc sends the three as one pipeline with one {@code
 * Sync}, so the transaction costs no round trip at all, and auto-commit is never switched. If the
 * pipeline fails, the connection's aborted transaction is rolled back. The pipelined text is built
 * once per statement and kept by the {@link ConnectionSource} of the DAO that runs it: this class
 * keeps nothing.
 *
 * <p>A cursor, which must live in a transaction, switches the connection instead ({@link #begin},
 * {@link #finish}): auto-commit off and the connection marked read-only, so pgjdbc sends {@code
 * BEGIN READ ONLY} with the first statement; when the cursor is done the transaction is committed
 * (rolled back on failure) and auto-commit and the read-only flag are restored; that costs one
 * extra round trip, the {@code COMMIT}.
 *
 * <p>A caller's connection with a transaction open is left alone: the caller's transaction is the
 * caller's.
 */
public final class ReadOnly {
  /**
   * Before the statement. The line break after it, and the one before {@link #COMMIT}, keep a
   * statement that ends in a {@code --} comment from swallowing the {@code COMMIT}.
   */
  static final String BEGIN = "BEGIN READ ONLY;\n";

  /** After the statement. */
  static final String COMMIT = "\n;COMMIT";

  private ReadOnly() {}

  /** Reads a statement's whole result. */
  @FunctionalInterface
  public interface Result<T> {
    /** Reads {@code rows}, positioned before the first row; must not close it. */
    T read(ResultSet rows) throws SQLException;
  }

  /**
   * Runs {@code sql}, one {@code SELECT}, on {@code connection} in a read-only transaction and
   * reads its result: pipelined as {@code BEGIN READ ONLY; sql; COMMIT} in auto-commit mode, as it
   * is inside the caller's transaction otherwise. Closes the statement and result set; never closes
   * the connection.
   *
   * @param pipelined {@link #pipelined pipelined(sql)}, which the caller keeps
   */
  public static <T> T query(
      Connection connection, String sql, String pipelined, Binder binder, Result<T> result)
      throws SQLException {
    boolean inTransaction = !connection.getAutoCommit();
    try (PreparedStatement statement =
        connection.prepareStatement(inTransaction ? sql : pipelined)) {
      try (ResultSet rows = execute(connection, statement, inTransaction, sql, binder)) {
        return result.read(rows);
      }
    }
  }

  /**
   * {@link #query} that maps every row with {@code mapper} into a list: the read of {@code findAll}
   * and typed queries, with no function object made per call.
   */
  public static <T> List<T> list(
      Connection connection, String sql, String pipelined, Binder binder, RowMapper<T> mapper)
      throws SQLException {
    boolean inTransaction = !connection.getAutoCommit();
    try (PreparedStatement statement =
        connection.prepareStatement(inTransaction ? sql : pipelined)) {
      try (ResultSet rows = execute(connection, statement, inTransaction, sql, binder)) {
        List<T> list = new ArrayList<>();
        while (rows.next()) {
          list.add(mapper.map(rows));
        }
        return list;
      }
    }
  }

  /**
   * Binds and executes {@code statement}, prepared from {@code sql} inside the caller's transaction
   * or from its pipelined form in auto-commit mode, and returns the statement's result set. A
   * failed pipeline is rolled back.
   */
  private static ResultSet execute(
      Connection connection,
      PreparedStatement statement,
      boolean inTransaction,
      String sql,
      Binder binder)
      throws SQLException {
    binder.bind(statement);
    if (inTransaction) {
      return statement.executeQuery();
    }
    try {
      // pgjdbc reads every response before execute() returns: the COMMIT is done, or failed.
      statement.execute();
      if (!statement.getMoreResults()) {
        throw new SQLException("the statement returned no result set: " + sql);
      }
    } catch (SQLException | RuntimeException e) {
      rollBack(connection, e);
      throw e;
    }
    return statement.getResultSet();
  }

  /** {@code BEGIN READ ONLY; sql; COMMIT}: compute it once per statement and keep it. */
  public static String pipelined(String sql) {
    return BEGIN + sql + COMMIT;
  }

  /**
   * Ends the transaction a failed pipeline may have left aborted. With none open, PostgreSQL only
   * warns. What goes wrong here is added to {@code failure}.
   */
  private static void rollBack(Connection connection, Exception failure) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
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
