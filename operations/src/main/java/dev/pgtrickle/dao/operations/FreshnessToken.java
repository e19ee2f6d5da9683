package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.Freshness;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A point on the server's clock after a write committed, from {@link StreamTables#markWrite}: "my
 * write is in every refresh that starts after this". Pass it to {@link
 * StreamTableWatcher#awaitFresherThan} to wait until a stream table reflects the write.
 *
 * <h2>Why "started after"</h2>
 *
 * pg_trickle stores in {@code last_refresh_at} the start time of the refreshing transaction ({@code
 * now()}), not its end, and it writes that row in the same transaction as the data. A refresh whose
 * transaction started after the token reads sources with a snapshot taken after it, so after the
 * write had committed, and once its {@code last_refresh_at} is visible its data is too. A refresh
 * that started earlier may have missed the write even if it committed later, so it does not count,
 * however recent its commit. The comparison is strict (a refresh stamped with the token's very
 * microsecond is not counted), which can only cost one more refresh.
 *
 * <p>An {@link Freshness.RefreshMode#IMMEDIATE IMMEDIATE} table that is ACTIVE and populated is
 * maintained inside the writer's own transaction, so any token is covered as soon as the write has
 * committed ({@link Freshness#isImmediatelyMaintained()}). A SUSPENDED IMMEDIATE table applied no
 * writes (pg_trickle 0.108), so it covers a token only once a refresh or the rebuild of a resume
 * started after it. An IMMEDIATE table whose source is another, deferred stream table changes only
 * when that upstream refreshes: the answer here is right for writes to base-table sources; for a
 * write that reaches it through an upstream stream table, wait for the upstream first (a token
 * covered by the upstream's refresh is then in the IMMEDIATE table too, which applies the
 * upstream's refresh in the same transaction).
 *
 * <p>Tokens are values: {@link #toString()} gives the instant in ISO-8601 and {@link
 * #parse(String)} reads it back, so a token can travel, for example from the service that wrote to
 * the one that reads, in a header.
 */
public final class FreshnessToken implements Comparable<FreshnessToken> {
  private final Instant serverTime;

  private FreshnessToken(Instant serverTime) {
    this.serverTime = Objects.requireNonNull(serverTime, "serverTime");
  }

  /** The token for a write known to have committed before {@code serverTime} (server clock). */
  public static FreshnessToken at(Instant serverTime) {
    return new FreshnessToken(serverTime);
  }

  /**
   * Reads a token written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if {@code text} is not an ISO-8601 instant
   */
  public static FreshnessToken parse(String text) {
    try {
      return new FreshnessToken(Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a freshness token: " + text, e);
    }
  }

  /** The server's time, read after the write committed. */
  public Instant serverTime() {
    return serverTime;
  }

  /**
   * Whether {@code freshness} shows a table that reflects the write: an IMMEDIATE table that is
   * ACTIVE and populated, or one whose last refresh started strictly after the token.
   */
  public boolean isCoveredBy(Freshness freshness) {
    if (freshness.isImmediatelyMaintained()) {
      return true;
    }
    return freshness.lastRefreshAt().map(at -> at.isAfter(serverTime)).orElse(false);
  }

  /** The later of two tokens: waiting for it covers both writes. */
  public FreshnessToken max(FreshnessToken other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(FreshnessToken other) {
    return serverTime.compareTo(other.serverTime);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FreshnessToken
        && ((FreshnessToken) other).serverTime.equals(serverTime);
  }

  @Override
  public int hashCode() {
    return serverTime.hashCode();
  }

  /** The server time in ISO-8601, for example {@code 2026-11-25T12:00:00.123456Z}. */
  @Override
  public String toString() {
    return serverTime.toString();
  }
}
