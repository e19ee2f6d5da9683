package dev.pgtrickle.dao.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The base of every exception this library throws: unchecked, and always naming the stream table it
 * was working on, the {@linkplain #reason() reason} it failed, and, where they apply, the column,
 * the SQL that was run and the server's SQLState, with the driver's {@link java.sql.SQLException}
 * as the cause.
 *
 * <p>Catch the few subtypes a program handles differently ({@link StreamTableNotFoundException},
 * {@link InsufficientPrivilegeException}, {@link StaleDataException}, {@link
 * StreamTableSuspendedException}, {@link ColumnMappingException}, {@link
 * InvalidPageCursorException}); tell the rest apart by {@link #reason()}, for example {@code
 * e.reason() == Reason.STATEMENT_TIMEOUT}, or ask {@link Reason#isRetryable()}. Every reason
 * belongs to exactly one type, so catching a subtype catches every failure of its reasons, on every
 * path: reads, freshness, refresh, pause and resume, and stream-table definitions.
 */
public class StreamTableException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /**
   * Why an operation failed. A reason names the one exception type that carries it ({@link
   * #exceptionType()}); the reasons of this base class have no subtype of their own.
   */
  public enum Reason {
    /** The stream table does not exist (SQLState {@code 42P01}, or no catalog row). */
    NOT_FOUND(StreamTableNotFoundException.class, false),
    /** The role lacks a privilege or ownership (SQLState {@code 42501}). */
    INSUFFICIENT_PRIVILEGE(InsufficientPrivilegeException.class, false),
    /** A column's value does not fit its record component. */
    COLUMN_MAPPING(ColumnMappingException.class, false),
    /** A NULL was read into a primitive record component. */
    UNEXPECTED_NULL(ColumnMappingException.class, false),
    /**
     * A read under {@code ReadPolicy.fail} found the data older than its budget, or unpopulated.
     */
    STALE(StaleDataException.class, false),
    /** The stream table is SUSPENDED or in ERROR state, so nothing refreshes it. */
    SUSPENDED(StreamTableSuspendedException.class, false),
    /** A page cursor from a client could not be used; nothing was read. */
    INVALID_PAGE_CURSOR(InvalidPageCursorException.class, false),
    /**
     * The statement was cancelled (SQLState {@code 57014}): {@code statement_timeout}, {@code
     * Statement.cancel()} or {@code pg_cancel_backend}. The connection stays usable.
     */
    STATEMENT_TIMEOUT(StreamTableException.class, true),
    /**
     * A lock was not granted within {@code lock_timeout} (SQLState {@code 55P03}): a FULL refresh's
     * {@code TRUNCATE} or DDL on the stream table held {@code ACCESS EXCLUSIVE}.
     */
    LOCK_TIMEOUT(StreamTableException.class, true),
    /** The connection failed or could not be opened (SQLState class {@code 08}). */
    CONNECTION_FAILED(StreamTableException.class, true),
    /**
     * A keyset page ended between two rows its ordering cannot tell apart; end the ordering with
     * columns that identify a row.
     */
    NON_UNIQUE_ORDER(StreamTableException.class, false),
    /** A query for exactly one row, or at most one, selected another number of rows. */
    UNEXPECTED_ROW_COUNT(StreamTableException.class, false),
    /** The server's pg_trickle is not a supported release, or is not installed. */
    UNSUPPORTED_PG_TRICKLE(StreamTableException.class, false),
    /**
     * A fresh read in a REPEATABLE READ or SERIALIZABLE transaction found the table rewritten after
     * the transaction's snapshot; roll the transaction back and run it again.
     */
    SNAPSHOT_TOO_OLD(StreamTableException.class, true),
    /** A refresh was skipped because another was in progress, and the refresher was not to wait. */
    REFRESH_SKIPPED(StreamTableException.class, true),
    /** A wait for freshness, or a refresh, ran out of time. */
    FRESHNESS_TIMEOUT(StreamTableException.class, true),
    /** A refresh was attempted on a hot standby; only the primary refreshes. */
    READ_REPLICA(StreamTableException.class, false),
    /**
     * pg_trickle's change capture is quarantined because the database's identity changed (restore
     * or clone): run {@code pgtrickle.recover_capture_instance()}.
     */
    CAPTURE_QUARANTINED(StreamTableException.class, false),
    /**
     * pg_trickle's change capture is quiesced for an upgrade: run {@code pgtrickle.resume_all()}.
     */
    CAPTURE_QUIESCED(StreamTableException.class, false),
    /** The table's refreshes belong to an external coordinator (orchestration mode EXTERNAL). */
    EXTERNAL_ORCHESTRATION(StreamTableException.class, false),
    /** A resume of a table that is neither SUSPENDED nor in ERROR state. */
    NOT_SUSPENDED(StreamTableException.class, false),
    /**
     * pg_trickle rejected a stream-table definition (create, alter or drop): an invalid argument,
     * an unsupported query, a missing source table.
     */
    DEFINITION_REJECTED(StreamTableException.class, false),
    /** Any other failure of a statement; {@link #sqlState()} says which. */
    DATABASE_ERROR(StreamTableException.class, false);

    private final Class<? extends StreamTableException> exceptionType;
    private final boolean retryable;

    Reason(Class<? extends StreamTableException> exceptionType, boolean retryable) {
      this.exceptionType = exceptionType;
      this.retryable = retryable;
    }

    /** The exception type that carries this reason: {@link StreamTableException} or a subtype. */
    public Class<? extends StreamTableException> exceptionType() {
      return exceptionType;
    }

    /**
     * Whether running the same operation again can succeed without anyone changing the database's
     * configuration: timeouts, lost connections, a skipped refresh, a snapshot that is too old
     * (rerun the whole transaction).
     */
    public boolean isRetryable() {
      return retryable;
    }
  }

  private final Reason reason;
  private final StreamTableName streamTable;
  private final String column;
  private final String sql;
  private final String sqlState;

  /**
   * Creates an exception for a reason of this class (one whose {@link Reason#exceptionType()} is
   * {@code StreamTableException}); subtypes pass their own.
   *
   * @param reason why the operation failed
   * @param streamTable the stream table concerned
   * @param message what failed and, where possible, what to do
   * @param sql the statement that was run, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if {@code reason} belongs to a subtype that this is not
   */
  public StreamTableException(
      Reason reason,
      StreamTableName streamTable,
      String message,
      String sql,
      String sqlState,
      Throwable cause) {
    this(reason, streamTable, null, message, sql, sqlState, cause);
  }

  /**
   * Creates an exception that concerns one column.
   *
   * @param reason why the operation failed
   * @param streamTable the stream table concerned
   * @param column the column concerned, as stored, or null
   * @param message what failed and, where possible, what to do
   * @param sql the statement that was run, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if {@code reason} belongs to a subtype that this is not
   */
  protected StreamTableException(
      Reason reason,
      StreamTableName streamTable,
      String column,
      String message,
      String sql,
      String sqlState,
      Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    if (!reason.exceptionType().isInstance(this)) {
      throw new IllegalArgumentException(
          "reason " + reason + " is carried by " + reason.exceptionType().getSimpleName());
    }
    this.streamTable = streamTable;
    this.column = column;
    this.sql = sql;
    this.sqlState = sqlState;
  }

  /** Why the operation failed. */
  public Reason reason() {
    return reason;
  }

  /** The stream table concerned. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /** The column concerned, as stored, when the failure concerns one. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The SQL statement that failed, when one was run. */
  public Optional<String> sql() {
    return Optional.ofNullable(sql);
  }

  /** The server's SQLState (for example {@code 42P01}), when the server reported one. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder(super.getMessage());
    if (sqlState != null) {
      message.append(" [SQLState ").append(sqlState).append(']');
    }
    if (sql != null) {
      message.append(" [SQL: ").append(sql).append(']');
    }
    return message.toString();
  }
}
