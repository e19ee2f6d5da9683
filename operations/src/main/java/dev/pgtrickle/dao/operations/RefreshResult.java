package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What {@link StreamTableRefresher#refresh} did. Immutable. */
public final class RefreshResult {

  /** How the table came to be refreshed. */
  public enum Outcome {
    /** This call refreshed the table; nothing was in the way. */
    REFRESHED,
    /** Another refresh was in progress; this call waited for it to end, then refreshed. */
    REFRESHED_AFTER_WAIT
  }

  private final StreamTableName streamTable;
  private final Outcome outcome;
  private final Duration waited;
  private final Freshness freshness;
  private final List<String> serverMessages;

  RefreshResult(
      StreamTableName streamTable,
      Outcome outcome,
      Duration waited,
      Freshness freshness,
      List<String> serverMessages) {
    this.streamTable = Objects.requireNonNull(streamTable, "streamTable");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.waited = Objects.requireNonNull(waited, "waited");
    this.freshness = freshness;
    this.serverMessages = List.copyOf(serverMessages);
  }

  /** The stream table. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /** How the table came to be refreshed. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether another refresh was in progress and this call waited for it. */
  public boolean waitedForOtherRefresh() {
    return outcome != Outcome.REFRESHED;
  }

  /** How long this call waited for another refresh; zero if it did not. */
  public Duration waited() {
    return waited;
  }

  /**
   * Whether the refresh changed the table's rows: pg_trickle moved {@code data_timestamp} with
   * {@code last_refresh_at}. Known only when the refresher's role may read {@code
   * pgtrickle.pgt_stream_tables} ({@link #freshness()}); empty otherwise.
   */
  public Optional<Boolean> dataChanged() {
    if (freshness == null) {
      return Optional.empty();
    }
    Optional<java.time.Instant> refreshedAt = freshness.lastRefreshAt();
    return Optional.of(refreshedAt.isPresent() && refreshedAt.equals(freshness.dataTimestamp()));
  }

  /**
   * The table's freshness right after the refresh, read in the refresh's transaction; empty when
   * the refresher's role may not read {@code pgtrickle.pgt_stream_tables}, which an owner with only
   * {@code pgtrickle_operator} may not on pg_trickle 0.108. A reader DAO's {@code freshness()}
   * reads it too.
   */
  public Optional<Freshness> freshness() {
    return Optional.ofNullable(freshness);
  }

  /**
   * The INFO and NOTICE messages the server sent, in order, for example {@code Stream table
   * public.t refreshed (DIFFERENTIAL: +3 -0)}.
   */
  public List<String> serverMessages() {
    return serverMessages;
  }

  @Override
  public String toString() {
    return "RefreshResult{"
        + streamTable
        + ", "
        + outcome
        + dataChanged().map(changed -> ", dataChanged=" + changed).orElse("")
        + ", waited="
        + waited
        + ", messages="
        + serverMessages
        + "}";
  }
}
