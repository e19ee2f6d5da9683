package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a read treats data older than a staleness budget. A policy is a value: immutable,
 * thread-safe, cheap to keep in a constant, and passed per call (or kept per DAO).
 *
 * <table>
 *   <caption>Modes</caption>
 *   <tr><th>mode</th><th>fresh</th><th>stale or not populated</th><th>SUSPENDED / ERROR</th></tr>
 *   <tr><td>{@link Mode#ACCEPT ACCEPT}</td><td>rows</td><td>rows, flagged
 *       ({@link Fresh#isStale()})</td><td>rows, flagged</td></tr>
 *   <tr><td>{@link Mode#FAIL FAIL}</td><td>rows</td><td>{@link StaleDataException}</td>
 *       <td>{@link StreamTableSuspendedException}</td></tr>
 *   <tr><td>{@link Mode#REFRESH REFRESH}</td><td>rows</td><td>refresh, then rows read
 *       again</td><td>{@link StreamTableSuspendedException}</td></tr>
 * </table>
 *
 * <p>The budget bounds the {@link Freshness#age() age}: the server's time since the last refresh of
 * any kind started ({@code last_refresh_at}), since a refresh that found nothing to change still
 * proves the data current. IMMEDIATE tables are never stale. Without a budget the table's own
 * duration schedule is the bound ({@link Fresh.Verdict}).
 *
 * <p>The staleness is judged from the freshness read in the same statement as the rows, so a FAIL
 * read never returns rows that a concurrent refresh made look fresher than they are. Budgets
 * written as text, for example in {@code @StreamTableView(maxStaleness = "30s")}, use pg_trickle's
 * schedule grammar.
 */
public final class ReadPolicy {

  /** What to do with data that is not within the budget. */
  public enum Mode {
    /** Return it, flagged. */
    ACCEPT,
    /** Throw {@link StaleDataException} or {@link StreamTableSuspendedException}. */
    FAIL,
    /**
     * Refresh the table (with {@code StreamTableRefresher} of {@code pgtrickle-dao-operations}),
     * then read again.
     */
    REFRESH
  }

  private static final ReadPolicy ACCEPT_ANY = new ReadPolicy(Mode.ACCEPT, null, null);
  private static final ReadPolicy FAIL_BY_SCHEDULE = new ReadPolicy(Mode.FAIL, null, null);

  private final Mode mode;
  private final Duration maxStaleness;
  private final Consumer<StreamTableName> refresh;

  private ReadPolicy(Mode mode, Duration maxStaleness, Consumer<StreamTableName> refresh) {
    this.mode = mode;
    this.maxStaleness = Fresh.checkBudget(maxStaleness);
    this.refresh = refresh;
  }

  /** Returns rows whatever their age, judged against the table's schedule. */
  public static ReadPolicy accept() {
    return ACCEPT_ANY;
  }

  /** Returns rows whatever their age, flagged when older than {@code maxStaleness}. */
  public static ReadPolicy accept(Duration maxStaleness) {
    return new ReadPolicy(Mode.ACCEPT, Objects.requireNonNull(maxStaleness, "maxStaleness"), null);
  }

  /** Fails reads of tables older than their own duration schedule (or not populated). */
  public static ReadPolicy fail() {
    return FAIL_BY_SCHEDULE;
  }

  /** Fails reads of tables older than {@code maxStaleness} (or not populated). */
  public static ReadPolicy fail(Duration maxStaleness) {
    return new ReadPolicy(Mode.FAIL, Objects.requireNonNull(maxStaleness, "maxStaleness"), null);
  }

  /**
   * Refreshes tables older than {@code maxStaleness} (or not populated) before returning their
   * rows: {@code refresh} is called with the stream table and must return once a refresh that
   * started after the call has completed, so that the rows read after it are at most as old as the
   * call. {@code StreamTableRefresher.refreshing(maxStaleness)} of {@code pgtrickle-dao-operations}
   * makes such a policy, refreshing with its own connection and role and waiting for a refresh
   * already running.
   *
   * <p>Use it in auto-commit reads (a DAO's {@code DataSource} reads). Inside a transaction the
   * first read has locked the table: a FULL refresh's {@code TRUNCATE} then waits for that
   * transaction until the refresher's timeout, and a REPEATABLE READ snapshot would not see the
   * refresh anyway.
   *
   * @param maxStaleness the budget, or null to bound by the table's own schedule or target
   * @param refresh refreshes the stream table it is given, waiting for the refresh to complete
   */
  public static ReadPolicy refresh(Duration maxStaleness, Consumer<StreamTableName> refresh) {
    return new ReadPolicy(Mode.REFRESH, maxStaleness, Objects.requireNonNull(refresh, "refresh"));
  }

  /** The same policy with another budget. */
  public ReadPolicy withMaxStaleness(Duration maxStaleness) {
    return new ReadPolicy(mode, Objects.requireNonNull(maxStaleness, "maxStaleness"), refresh);
  }

  /** The mode. */
  public Mode mode() {
    return mode;
  }

  /** The budget; empty when the table's own schedule is the bound. */
  public Optional<Duration> maxStaleness() {
    return Optional.ofNullable(maxStaleness);
  }

  /** Judges {@code freshness} against this policy's budget. */
  public Fresh.Verdict verdict(Freshness freshness) {
    return Fresh.Verdict.of(freshness, maxStaleness);
  }

  /**
   * Runs a read under this policy. {@code read} performs one fresh read (rows and freshness in one
   * statement, for example with a DAO's {@code query().listFresh()}); its result is judged against
   * this policy's budget, then returned, thrown, or (REFRESH) the table is refreshed and {@code
   * read} runs once more.
   *
   * @return the value and its freshness, judged against this policy's budget
   * @throws StaleDataException under FAIL, if the data is older than the budget or unpopulated
   * @throws StreamTableSuspendedException under FAIL and REFRESH, if the table is SUSPENDED or in
   *     ERROR state
   */
  public <T> Fresh<T> read(Supplier<Fresh<T>> read) {
    Fresh<T> first = judge(read.get());
    switch (mode) {
      case ACCEPT:
        return first;
      case FAIL:
        return enforce(first);
      case REFRESH:
        if (first.verdict() == Fresh.Verdict.FRESH) {
          return first;
        }
        if (first.verdict().isSuspended()) {
          throw new StreamTableSuspendedException(first.freshness());
        }
        StreamTableName table = first.freshness().streamTable();
        refresh.accept(table);
        Fresh<T> second = judge(read.get());
        if (second.verdict().isSuspended()) {
          throw new StreamTableSuspendedException(second.freshness());
        }
        return second;
      default:
        throw new AssertionError(mode);
    }
  }

  /**
   * Throws if {@code fresh} is not {@link Fresh.Verdict#FRESH} against this policy's budget
   * (whatever the mode), else returns it so judged. A policy without a budget keeps the one {@code
   * fresh} was judged against (a DAO's declared {@code maxStaleness}, or the schedule).
   */
  public <T> Fresh<T> enforce(Fresh<T> fresh) {
    Fresh<T> judged = judge(fresh);
    switch (judged.verdict()) {
      case FRESH:
        return judged;
      case SUSPENDED:
      case ERROR:
        throw new StreamTableSuspendedException(judged.freshness());
      default:
        throw new StaleDataException(judged.freshness(), judged.maxStaleness().orElse(null));
    }
  }

  /** {@code fresh} judged against this policy's budget, or its own when the policy has none. */
  private <T> Fresh<T> judge(Fresh<T> fresh) {
    return maxStaleness == null ? fresh : fresh.withMaxStaleness(maxStaleness);
  }

  @Override
  public String toString() {
    return "ReadPolicy{"
        + mode
        + ", maxStaleness="
        + (maxStaleness == null ? "schedule" : maxStaleness)
        + "}";
  }
}
