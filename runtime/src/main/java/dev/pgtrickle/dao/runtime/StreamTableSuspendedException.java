package dev.pgtrickle.dao.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The stream table is {@link Freshness.Status#SUSPENDED SUSPENDED} or in {@link
 * Freshness.Status#ERROR ERROR} state, so nothing refreshes it, and {@code
 * pgtrickle.refresh_stream_table} refuses it (SQLState {@code 22023}) until it is resumed with
 * {@link #resumeSql()}. Thrown by reads under {@link ReadPolicy.Mode#FAIL FAIL} and {@link
 * ReadPolicy.Mode#REFRESH REFRESH}, and by refresh, pause and freshness waits in {@code
 * pgtrickle-dao-operations}. Its reason is {@link Reason#SUSPENDED}.
 */
public class StreamTableSuspendedException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  private final Freshness.Status status;
  private final transient Freshness freshness;

  /**
   * Creates the exception from a freshness reading.
   *
   * @param freshness a reading whose status is SUSPENDED or ERROR
   */
  public StreamTableSuspendedException(Freshness freshness) {
    super(
        Reason.SUSPENDED,
        freshness.streamTable(),
        null,
        message(freshness.streamTable(), freshness.status(), null)
            + " ("
            + freshness.consecutiveErrors()
            + " consecutive errors, last refresh started at "
            + freshness.lastRefreshAt().orElse(null)
            + freshness.lastErrorCode().map(code -> ", last error " + code).orElse("")
            + freshness
                .lastErrorRetryable()
                .map(retryable -> retryable ? " (retryable)" : " (not retryable)")
                .orElse("")
            + freshness.lastErrorMessage().map(message -> ": " + message).orElse("")
            + ")",
        null,
        null,
        null);
    this.status = freshness.status();
    this.freshness = freshness;
  }

  /**
   * Creates the exception from a server error.
   *
   * @param streamTable the stream table
   * @param status SUSPENDED or ERROR
   * @param serverMessage the server's message, or null
   * @param sql the statement that failed, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the driver's exception, or null
   */
  public StreamTableSuspendedException(
      StreamTableName streamTable,
      Freshness.Status status,
      String serverMessage,
      String sql,
      String sqlState,
      Throwable cause) {
    super(
        Reason.SUSPENDED,
        streamTable,
        null,
        message(streamTable, status, serverMessage),
        sql,
        sqlState,
        cause);
    this.status = Objects.requireNonNull(status, "status");
    this.freshness = null;
  }

  /** SUSPENDED or ERROR. */
  public Freshness.Status status() {
    return status;
  }

  /** The freshness reading that showed the status, when the exception came from a read. */
  public Optional<Freshness> freshness() {
    return Optional.ofNullable(freshness);
  }

  /**
   * How pg_trickle classified the failure that suspended the table ({@code last_error_code},
   * pg_trickle 0.108), when the exception came from a read and the catalog has one.
   */
  public Optional<Freshness.ErrorCode> lastErrorCode() {
    return freshness().flatMap(Freshness::lastErrorCode);
  }

  /**
   * Whether pg_trickle would retry that failure by itself ({@code last_error_retryable}), when
   * known: a table suspended after retryable failures usually only needs a resume.
   */
  public Optional<Boolean> lastErrorRetryable() {
    return freshness().flatMap(Freshness::lastErrorRetryable);
  }

  /**
   * The statement that resumes the table, for example {@code SELECT
   * pgtrickle.resume_stream_table('"public"."order_totals"')}. On pg_trickle 0.108 it must be run
   * by the table's owner holding the role {@code pgtrickle_operator} (or a superuser): {@code
   * resume_stream_table} is {@code SECURITY DEFINER} and checks ownership. It resets the error
   * count; an IMMEDIATE table is rebuilt. {@code StreamTableRefresher.resume} runs it.
   */
  public String resumeSql() {
    return resumeSql(streamTable());
  }

  static String resumeSql(StreamTableName table) {
    return "SELECT pgtrickle.resume_stream_table(" + literal(table.sql()) + ")";
  }

  private static String message(
      StreamTableName table, Freshness.Status status, String serverMessage) {
    String state = status == Freshness.Status.ERROR ? "in ERROR state" : "SUSPENDED";
    return "stream table "
        + table
        + " is "
        + state
        + " and is not being refreshed"
        + (serverMessage == null ? "" : " (" + serverMessage + ")")
        + ". Fix the cause (see pgtrickle.get_refresh_history and last_error_message), then resume"
        + " it as its owner with pgtrickle_operator (StreamTableRefresher.resume): "
        + resumeSql(table);
  }

  /** {@code text} as a string literal that means the same whatever standard_conforming_strings. */
  private static String literal(String text) {
    String quoted = text.replace("'", "''");
    if (quoted.indexOf('\\') >= 0) {
      return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
    return "'" + quoted + "'";
  }
}
