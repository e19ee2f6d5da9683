package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What {@link StreamTableRefresher#refresh} did. Immutable. */
public final class RefreshResult {

  /** How the table came to be refreshed. */
  public enum Outcome {
    /** This call refreshed the table; nothing was in the way. */
    REFRESHED,
    /** Another refresh was in progress; this call waited for it to end, then refreshed. */
    REFRESHED_AFTER_WAIT,
    /**
     * Another refresh was in progress; this call waited for it and accepted its result
     * ({@link WhenBusy#WAIT}) without refreshing itself.
     */
    COMPLETED_BY_OTHER
  }

  private final Outcome outcome;
  private final boolean dataChanged;
  private final Duration waited;
  private final Freshness freshness;
  private final List<String> serverMessages;

  RefreshResult(
      Outcome outcome,
      boolean dataChanged,
      Duration waited,
      Freshness freshness,
      List<String> serverMessages) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.dataChanged = dataChanged;
    this.waited = Objects.requireNonNull(waited, "waited");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    this.serverMessages = List.copyOf(serverMessages);
  }

  /** The stream table. */
  public StreamTableName streamTable() {
    return freshness.streamTable();
  }

  /** How the table came to be refreshed. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether this call ran the refresh itself (not {@link Outcome#COMPLETED_BY_OTHER}). */
  public boolean refreshedByThisCall() {
    return outcome != Outcome.COMPLETED_BY_OTHER;
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
   * {@code last_refresh_at}. False for a refresh that found nothing to change.
   */
  public boolean dataChanged() {
    return dataChanged;
  }

  /** The table's freshness right after the refresh, read in the refresh's transaction. */
  public Freshness freshness() {
    return freshness;
  }

  /**
   * The INFO and NOTICE messages the server sent, in order, for example
   * {@code Stream table public.t refreshed (DIFFERENTIAL: +3 -0)}.
   */
  public List<String> serverMessages() {
    return serverMessages;
  }

  @Override
  public String toString() {
    return "RefreshResult{" + streamTable() + ", " + outcome + ", dataChanged=" + dataChanged
        + ", waited=" + waited + ", messages=" + serverMessages + "}";
  }
}
