package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait for freshness ran out of time: {@link StreamTableWatcher#awaitFresherThan} saw no refresh
 * that started after the write, or {@link StreamTableRefresher} could neither wait for a running
 * refresh nor finish its own within its timeout. Carries the last {@link Freshness} seen, when one
 * was read.
 */
public class FreshnessTimeoutException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;
  private final transient Freshness lastFreshness;
  private final transient FreshnessToken token;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param message what was waited for
   * @param timeout the time allowed
   * @param lastFreshness the last freshness read, or null
   * @param token the write waited for, or null
   * @param sql the statement that was cancelled, or null
   * @param sqlState the server's SQLState, or null
   * @param cause the underlying exception, or null
   */
  public FreshnessTimeoutException(
      StreamTableName streamTable,
      String message,
      Duration timeout,
      Freshness lastFreshness,
      FreshnessToken token,
      String sql,
      String sqlState,
      Throwable cause) {
    super(
        streamTable,
        message
            + " within "
            + timeout
            + (lastFreshness == null ? "" : "; last seen: " + lastFreshness),
        sql,
        sqlState,
        cause);
    this.timeout = timeout;
    this.lastFreshness = lastFreshness;
    this.token = token;
  }

  /** The time that was allowed. */
  public Duration timeout() {
    return timeout;
  }

  /** The last freshness read before giving up. */
  public Optional<Freshness> lastFreshness() {
    return Optional.ofNullable(lastFreshness);
  }

  /** The write that was waited for, for {@link StreamTableWatcher#awaitFresherThan}. */
  public Optional<FreshnessToken> token() {
    return Optional.ofNullable(token);
  }
}
