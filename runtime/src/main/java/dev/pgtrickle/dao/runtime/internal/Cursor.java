package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.lang.ref.Cleaner;
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
 *
 * <p>Resources are released when the stream is closed, fully consumed, or fails, including when the
 * caller's own action ({@code forEach}, {@code map}, ...) throws: the cursor is released before the
 * exception leaves the stream. Releasing twice is harmless.
 *
 * <p><b>The safety net.</b> A stream that is dropped unclosed and unfinished (an early {@code
 * findFirst()}, {@code iterator()} abandoned, no try-with-resources) would hold its connection and
 * an open server transaction forever. Each stream is therefore registered with a {@link Cleaner}:
 * once neither the stream nor an iterator over it is reachable, the cleaner releases it (on a
 * connection from a {@code DataSource}: rolls back, restores auto-commit and returns the
 * connection; on the caller's connection: closes only the cursor, since the connection is the
 * caller's) and logs a {@code WARNING} to {@link System.Logger} {@value #LEAK_LOGGER} with the
 * stack trace of where the stream was opened, as HikariCP's leak detection does. Garbage collection
 * decides when that happens, so it is a net, not a way to close streams: close them.
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
  /** Rows per round trip: large enough to amortise latency, small enough for a tight heap. */
  static final int FETCH_SIZE = 1000;

  /** The {@link System.Logger} that reports streams closed by the safety net. */
  static final String LEAK_LOGGER = "dev.pgtrickle.dao.runtime.StreamLeak";

  /** Read by nobody: holding it keeps the stream "in use" while this cursor is reachable. */
  @SuppressWarnings("unused")
  private final Handle handle;

  private final Resources resources;
  private final ResultSet resultSet;
  private final RowMapper<T> mapper;

  private Cursor(Handle handle, RowMapper<T> mapper) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.handle = handle;
    this.resources = handle.resources;
    this.resultSet = resources.resultSet;
    this.mapper = mapper;
  }

  static <T> Stream<T> open(
      Connection connection,
      boolean ownsConnection,
      StreamTableName table,
      String sql,
      Binder binder,
      RowMapper<T> mapper) {
    // Where the stream was opened, for the leak report; the frames are resolved only if logged.
    Throwable openedAt =
        new Throwable("the stream over stream table " + table + " was opened here");
    Resources resources = new Resources(connection, ownsConnection, table, sql, openedAt);
    try {
      if (connection.getAutoCommit()) {
        resources.wasReadOnly = ReadOnly.begin(connection);
        resources.restoreAutoCommit = true;
      }
      resources.statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      resources.statement.setFetchSize(FETCH_SIZE);
      binder.bind(resources.statement);
      resources.resultSet = resources.statement.executeQuery();
    } catch (SQLException | RuntimeException e) {
      RuntimeException thrown =
          e instanceof SQLException sqlException
              ? Failures.translate(table, sql, sqlException)
              : (RuntimeException) e;
      resources.release(thrown);
      throw thrown;
    }
    Handle handle = new Handle(resources);
    Cursor<T> cursor = new Cursor<>(handle, mapper);
    Stream<T> stream = StreamSupport.stream(cursor, false).onClose(handle::close);
    resources.cleanable = Net.CLEANER.register(handle, resources::leaked);
    return stream;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (resources.isReleased()) {
      return false;
    }
    T row;
    try {
      if (!resultSet.next()) {
        resources.close();
        return false;
      }
      row = mapper.map(resultSet);
    } catch (SQLException e) {
      StreamTableException failure = Failures.translate(resources.table, resources.sql, e);
      resources.release(failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      resources.release(e);
      throw e;
    }
    try {
      action.accept(row);
    } catch (RuntimeException | Error e) {
      // The caller's action failed: nothing will read further, and the stream may never be
      // closed (no try-with-resources), so release now, before the exception leaves.
      resources.release(e);
      throw e;
    }
    return true;
  }

  /**
   * What the cleaner watches. The stream holds it (its close action) and so does the cursor, which
   * every iterator or spliterator taken from the stream holds: the stream counts as abandoned only
   * once neither it nor anything reading it can be reached, never while a caller still iterates or
   * is about to close it. It holds the resources; nothing they hold leads back to it.
   */
  private static final class Handle {
    final Resources resources;

    Handle(Resources resources) {
      this.resources = resources;
    }

    void close() {
      resources.close();
    }
  }

  /** The one cleaner thread of the library, started on the first stream. */
  private static final class Net {
    static final Cleaner CLEANER = Cleaner.create();
    static final System.Logger LOG = System.getLogger(LEAK_LOGGER);
  }

  /**
   * What a cursor holds, apart from the cursor and its stream, so that the cleaner can release it
   * once they are unreachable. Thread-safe: the cleaner's thread and the stream's may race.
   */
  private static final class Resources {
    final Connection connection;
    final boolean ownsConnection;
    final StreamTableName table;
    final String sql;
    final Throwable openedAt;
    boolean restoreAutoCommit;
    boolean wasReadOnly;
    PreparedStatement statement;
    ResultSet resultSet;
    Cleaner.Cleanable cleanable;
    private boolean released;

    Resources(
        Connection connection,
        boolean ownsConnection,
        StreamTableName table,
        String sql,
        Throwable openedAt) {
      this.connection = connection;
      this.ownsConnection = ownsConnection;
      this.table = table;
      this.sql = sql;
      this.openedAt = openedAt;
    }

    synchronized boolean isReleased() {
      return released;
    }

    /** Takes the right to release; false if it was taken before. */
    private synchronized boolean take() {
      if (released) {
        return false;
      }
      released = true;
      return true;
    }

    /** Closes normally (stream closed or fully read); a failure to release is thrown. */
    void close() {
      if (!take()) {
        return;
      }
      deregister();
      StreamTableException failure = releaseAll(true, true, null);
      if (failure != null) {
        throw failure;
      }
    }

    /** Releases after {@code primary}, which gets any further problem as suppressed. */
    void release(Throwable primary) {
      if (!take()) {
        return;
      }
      deregister();
      releaseAll(true, false, primary);
    }

    private void deregister() {
      if (cleanable != null) {
        cleanable.clean();
      }
    }

    /** Run by the cleaner once the stream is unreachable, or by {@link #deregister}. */
    void leaked() {
      if (!take()) {
        return;
      }
      StreamTableException failure = releaseAll(ownsConnection, false, null);
      Net.LOG.log(
          System.Logger.Level.WARNING,
          "A stream over stream table "
              + table
              + " was neither closed nor read to its end and"
              + " became unreachable; the safety net "
              + (ownsConnection
                  ? "rolled back its transaction and returned its connection"
                  : "closed its cursor (the connection is the caller's and was left as it is)")
              + (failure != null ? ", with a problem: " + failure.getMessage() : "")
              + ". Close streams with try-with-resources. SQL: "
              + sql,
          openedAt);
    }

    /**
     * Closes the result set and statement; if {@code endTransaction}, ends the cursor's transaction
     * if it started one ({@code commit}ted, else rolled back) and closes an owned connection.
     * Problems are added to {@code primary} when there is one, else returned as one exception.
     */
    private StreamTableException releaseAll(
        boolean endTransaction, boolean commit, Throwable primary) {
      SQLException problem = null;
      problem = Cursor.close(resultSet, problem);
      problem = Cursor.close(statement, problem);
      if (endTransaction && restoreAutoCommit) {
        SQLException ending = ReadOnly.finish(connection, wasReadOnly, commit);
        if (ending != null) {
          problem = chain(problem, ending);
        }
      }
      if (endTransaction && ownsConnection) {
        problem = Cursor.close(connection, problem);
      }
      if (problem == null) {
        return null;
      }
      if (primary != null) {
        primary.addSuppressed(problem);
        return null;
      }
      return Failures.failure(
          StreamTableException.Reason.DATABASE_ERROR,
          table,
          "releasing the cursor over stream table " + table + " failed: " + problem.getMessage(),
          null,
          problem.getSQLState(),
          problem);
    }
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
