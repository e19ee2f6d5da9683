package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A server-side cursor behind a {@link Stream}. PostgreSQL's JDBC driver fetches in batches only
 * outside auto-commit, so on a connection in auto-commit mode the cursor runs in a read-only
 * transaction ({@link ReadOnly}) for its life, committed and restored after.
 * Resources are released when the stream is closed, fully consumed, or fails; releasing twice is
 * harmless.
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
  /** Rows per round trip: large enough to amortise latency, small enough for a tight heap. */
  static final int FETCH_SIZE = 1000;

  private final Connection connection;
  private final boolean ownsConnection;
  private final boolean restoreAutoCommit;
  private final boolean wasReadOnly;
  private final StreamTableName table;
  private final String sql;
  private final PreparedStatement statement;
  private final ResultSet resultSet;
  private final RowMapper<T> mapper;
  private boolean released;

  private Cursor(
      Connection connection,
      boolean ownsConnection,
      boolean restoreAutoCommit,
      boolean wasReadOnly,
      StreamTableName table,
      String sql,
      PreparedStatement statement,
      ResultSet resultSet,
      RowMapper<T> mapper) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.connection = connection;
    this.ownsConnection = ownsConnection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.wasReadOnly = wasReadOnly;
    this.table = table;
    this.sql = sql;
    this.statement = statement;
    this.resultSet = resultSet;
    this.mapper = mapper;
  }

  static <T> Stream<T> open(
      Connection connection,
      boolean ownsConnection,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    boolean restoreAutoCommit = false;
    boolean wasReadOnly = false;
    PreparedStatement statement = null;
    try {
      if (connection.getAutoCommit()) {
        wasReadOnly = ReadOnly.begin(connection);
        restoreAutoCommit = true;
      }
      statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH_SIZE);
      binder.bind(statement);
      ResultSet resultSet = statement.executeQuery();
      Cursor<T> cursor =
          new Cursor<>(
              connection, ownsConnection, restoreAutoCommit, wasReadOnly, table, sql, statement,
              resultSet, mapper);
      return StreamSupport.stream(cursor, false).onClose(cursor::release);
    } catch (SQLException | RuntimeException e) {
      StreamTableException failure =
          e instanceof SQLException sqlException
              ? Failures.translate(table, sql, sqlException)
              : null;
      RuntimeException thrown = failure != null ? failure : (RuntimeException) e;
      release(
          table, connection, ownsConnection, restoreAutoCommit, wasReadOnly, statement, null,
          thrown);
      throw thrown;
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (released) {
      return false;
    }
    T row;
    try {
      if (!resultSet.next()) {
        release();
        return false;
      }
      row = mapper.map(resultSet);
    } catch (SQLException e) {
      StreamTableException failure = Failures.translate(table, sql, e);
      releaseAfter(failure);
      throw failure;
    } catch (RuntimeException e) {
      releaseAfter(e);
      throw e;
    }
    action.accept(row);
    return true;
  }

  /** Releases everything; a failure to release is thrown once everything was attempted. */
  void release() {
    if (released) {
      return;
    }
    released = true;
    StreamTableException failure =
        release(
            table, connection, ownsConnection, restoreAutoCommit, wasReadOnly, statement,
            resultSet, null);
    if (failure != null) {
      throw failure;
    }
  }

  private void releaseAfter(RuntimeException primary) {
    if (!released) {
      released = true;
      release(
          table, connection, ownsConnection, restoreAutoCommit, wasReadOnly, statement, resultSet,
          primary);
    }
  }

  /**
   * Closes the result set and statement, ends the cursor's transaction if it started one
   * (committed, or rolled back after a failure), and
   * closes an owned connection. Problems are added to {@code primary} when there is one, else
   * returned as one exception.
   */
  private static StreamTableException release(
      StreamTableName table,
      Connection connection,
      boolean ownsConnection,
      boolean restoreAutoCommit,
      boolean wasReadOnly,
      PreparedStatement statement,
      ResultSet resultSet,
      RuntimeException primary) {
    SQLException problem = null;
    problem = close(resultSet, problem);
    problem = close(statement, problem);
    if (restoreAutoCommit) {
      SQLException ending = ReadOnly.finish(connection, wasReadOnly, primary == null);
      if (ending != null) {
        problem = chain(problem, ending);
      }
    }
    if (ownsConnection) {
      problem = close(connection, problem);
    }
    if (problem == null) {
      return null;
    }
    if (primary != null) {
      primary.addSuppressed(problem);
      return null;
    }
    return new StreamTableAccessException(
        table,
        "releasing the cursor over stream table " + table + " failed: " + problem.getMessage(),
        null,
        problem.getSQLState(),
        problem);
  }

  private static SQLException close(AutoCloseable resource, SQLException problem) {
    if (resource == null) {
      return problem;
    }
    try {
      resource.close();
      return problem;
    } catch (SQLException e) {
      return chain(problem, e);
    } catch (Exception e) {
      return chain(problem, new SQLException(e.getMessage(), e));
    }
  }

  private static SQLException chain(SQLException first, SQLException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
