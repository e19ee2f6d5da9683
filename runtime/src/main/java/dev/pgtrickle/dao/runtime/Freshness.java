package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How fresh a stream table is, read in one query from {@code pgtrickle.pgt_stream_tables}, with
 * every age computed against the <em>server's</em> clock ({@link #serverTime()}), never the JVM's.
 *
 * <h2>Three meanings of "staleness"</h2>
 *
 * pg_trickle reports three different numbers under that name:
 *
 * <table>
 *   <caption>Staleness in pg_trickle and in this class</caption>
 *   <tr><th>pg_trickle</th><th>measures</th><th>here</th></tr>
 *   <tr><td>{@code stream_tables_info.staleness} (interval)</td>
 *       <td>{@code now() - last_refresh_at}: time since the last refresh of any kind</td>
 *       <td>{@link #age()} (zero for IMMEDIATE)</td></tr>
 *   <tr><td>{@code pgt_status().staleness} (interval)</td>
 *       <td>{@code now() - data_timestamp}: time since a refresh last changed rows</td>
 *       <td>{@link #sinceLastChange()}</td></tr>
 *   <tr><td>{@code get_staleness(name)} (float8 seconds)</td>
 *       <td>{@code now() - data_timestamp}, as a bare number; NULL when unknown</td>
 *       <td>{@link #sinceLastChange()}</td></tr>
 * </table>
 *
 * <p>{@link #age()} is the one to bound reads with: a refresh that found nothing to change still
 * proves the data was current at that moment, so the data is at most {@code now() -
 * last_refresh_at} old. {@code data_timestamp} only moves when rows change, so it keeps growing
 * while the sources are idle even though the table is perfectly current. An {@link
 * RefreshMode#IMMEDIATE IMMEDIATE} table is maintained inside each writer's transaction, so while
 * it is ACTIVE and populated it is current whatever its timestamps say, and its age is zero; a
 * SUSPENDED IMMEDIATE table applies no writes (pg_trickle 0.108), so it ages like any other.
 *
 * <h2>What pg_trickle 0.108 adds</h2>
 *
 * The freshness target ({@link #targetFreshness()}, {@link #targetFreshnessMode()}), which fresh
 * reads use as the budget of a DAO that declares none; the last refresh error's classification
 * ({@link #lastErrorCode()}, {@link #lastErrorRetryable()}); who refreshes the table ({@link
 * #orchestrationMode()}); and, when the reading role may see pg_trickle's freshness controller, the
 * SLA status and the p50/p95 freshness it measured ({@link #slaStatus()}, {@link #p50()}, {@link
 * #p95()}). Values the server does not have are empty, never zero.
 *
 * <p>Immutable; create one with {@link #builder}.
 */
public final class Freshness {
  private final StreamTableName streamTable;
  private final Status status;
  private final RefreshMode refreshMode;
  private final String schedule;
  private final Duration scheduleInterval;
  private final boolean populated;
  private final int consecutiveErrors;
  private final Instant lastRefreshAt;
  private final Instant dataTimestamp;
  private final Instant createdAt;
  private final Instant serverTime;
  private final TargetMode targetFreshnessMode;
  private final Duration targetFreshness;
  private final OrchestrationMode orchestrationMode;
  private final boolean needsReinit;
  private final String lastErrorMessage;
  private final ErrorCode lastErrorCode;
  private final Boolean lastErrorRetryable;
  private final SlaStatus slaStatus;
  private final Duration p50;
  private final Duration p95;

  private Freshness(Builder builder) {
    this.streamTable = builder.streamTable;
    this.status = builder.status;
    this.refreshMode = builder.refreshMode;
    this.schedule = builder.schedule;
    this.scheduleInterval = builder.scheduleInterval;
    this.populated = builder.populated;
    this.consecutiveErrors = builder.consecutiveErrors;
    this.lastRefreshAt = builder.lastRefreshAt;
    this.dataTimestamp = builder.dataTimestamp;
    this.createdAt = builder.createdAt;
    this.serverTime = builder.serverTime;
    this.targetFreshnessMode = builder.targetFreshnessMode;
    this.targetFreshness = builder.targetFreshness;
    this.orchestrationMode = builder.orchestrationMode;
    this.needsReinit = builder.needsReinit;
    this.lastErrorMessage = builder.lastErrorMessage;
    this.lastErrorCode = builder.lastErrorCode;
    this.lastErrorRetryable = builder.lastErrorRetryable;
    this.slaStatus = builder.slaStatus;
    this.p50 = builder.p50;
    this.p95 = builder.p95;
  }

  /**
   * Starts a reading with what every catalog row has. DAOs create readings; the builder is public
   * for tests and for code that reads the catalog itself. Everything else starts empty (or false,
   * zero, {@link OrchestrationMode#MANAGED}).
   *
   * @param streamTable the stream table described
   * @param status its {@code status}
   * @param refreshMode its {@code refresh_mode}
   * @param createdAt its {@code created_at}
   * @param serverTime the server's clock when this was read
   */
  public static Builder builder(
      StreamTableName streamTable,
      Status status,
      RefreshMode refreshMode,
      Instant createdAt,
      Instant serverTime) {
    return new Builder(streamTable, status, refreshMode, createdAt, serverTime);
  }

  /** The stream table this reading describes. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /** Its status: only {@link Status#ACTIVE} tables are being refreshed. */
  public Status status() {
    return status;
  }

  /** Its refresh mode (never AUTO: the catalog stores the resolved mode). */
  public RefreshMode refreshMode() {
    return refreshMode;
  }

  /**
   * Its schedule as stored: a duration such as {@code 30s} or {@code 1h30m}, or a cron expression.
   * Empty for a CALCULATED schedule and for IMMEDIATE tables, which have none.
   */
  public Optional<String> schedule() {
    return Optional.ofNullable(schedule);
  }

  /** The schedule as a duration; empty for cron, CALCULATED and IMMEDIATE schedules. */
  public Optional<Duration> scheduleInterval() {
    return Optional.ofNullable(scheduleInterval);
  }

  /** Whether the table has been populated by at least one refresh. */
  public boolean isPopulated() {
    return populated;
  }

  /** How many refreshes in a row have failed (reset by a successful refresh or a resume). */
  public int consecutiveErrors() {
    return consecutiveErrors;
  }

  /** When the last refresh of any kind ran ({@code last_refresh_at}); empty if never refreshed. */
  public Optional<Instant> lastRefreshAt() {
    return Optional.ofNullable(lastRefreshAt);
  }

  /**
   * When a refresh last changed the table's rows ({@code data_timestamp}); empty if never
   * refreshed. A refresh that finds nothing to change does not move it.
   */
  public Optional<Instant> dataTimestamp() {
    return Optional.ofNullable(dataTimestamp);
  }

  /** When the stream table was created ({@code created_at}). */
  public Instant createdAt() {
    return createdAt;
  }

  /** The server's clock ({@code statement_timestamp()}) when this reading was taken. */
  public Instant serverTime() {
    return serverTime;
  }

  /**
   * How the table's freshness target is set ({@code target_freshness_mode}); empty when it has none
   * (created with a plain {@code schedule}).
   */
  public Optional<TargetMode> targetFreshnessMode() {
    return Optional.ofNullable(targetFreshnessMode);
  }

  /**
   * The table's freshness target, {@code create_stream_table(..., target_freshness => '30s')}: the
   * extension keeps the table at most this old. Present only for {@link TargetMode#INTERVAL}. A DAO
   * whose record declares no {@code maxStaleness} judges its fresh reads against it.
   */
  public Optional<Duration> targetFreshness() {
    return Optional.ofNullable(targetFreshness);
  }

  /** Who refreshes the table ({@code orchestration_mode}). */
  public OrchestrationMode orchestrationMode() {
    return orchestrationMode;
  }

  /**
   * Whether the extension will rebuild the table in full on its next refresh or resume ({@code
   * needs_reinit}), for example an IMMEDIATE table that was suspended.
   */
  public boolean needsReinit() {
    return needsReinit;
  }

  /** The message of the last failed refresh ({@code last_error_message}), if any. */
  public Optional<String> lastErrorMessage() {
    return Optional.ofNullable(lastErrorMessage);
  }

  /** How pg_trickle classified the last failed refresh ({@code last_error_code}), if any. */
  public Optional<ErrorCode> lastErrorCode() {
    return Optional.ofNullable(lastErrorCode);
  }

  /**
   * Whether pg_trickle retries the last failed refresh by itself ({@code last_error_retryable});
   * empty if there was none.
   */
  public Optional<Boolean> lastErrorRetryable() {
    return Optional.ofNullable(lastErrorRetryable);
  }

  /**
   * The freshness controller's verdict against the target ({@code sla_status}). Empty when the
   * reading role may not read {@code pgtrickle.pgt_freshness_controller_state}, when the controller
   * has no row for the table, and on readings taken by fresh reads (which read only the catalog
   * row).
   */
  public Optional<SlaStatus> slaStatus() {
    return Optional.ofNullable(slaStatus);
  }

  /**
   * The median freshness the controller measured ({@code p50_freshness_ms}): how old the data was
   * when it became visible. Empty where {@link #slaStatus()} is, and while the controller has no
   * samples.
   */
  public Optional<Duration> p50() {
    return Optional.ofNullable(p50);
  }

  /** The 95th percentile freshness the controller measured ({@code p95_freshness_ms}). */
  public Optional<Duration> p95() {
    return Optional.ofNullable(p95);
  }

  /**
   * Whether the table is maintained inside the writers' transactions right now: IMMEDIATE, ACTIVE
   * and populated. Such a table holds every committed write to its base-table sources, whatever its
   * timestamps say. A SUSPENDED IMMEDIATE table applies no writes (pg_trickle 0.108 rebuilds it on
   * resume), so it does not count. An IMMEDIATE table whose source is another, deferred stream
   * table changes only when that upstream refreshes: this says nothing about the upstream; wait for
   * the upstream's own freshness first.
   */
  public boolean isImmediatelyMaintained() {
    return refreshMode == RefreshMode.IMMEDIATE && status == Status.ACTIVE && populated;
  }

  /**
   * The age of the data: how long ago the table was last known to match its defining query.
   *
   * <ul>
   *   <li>IMMEDIATE tables that are ACTIVE and populated ({@link #isImmediatelyMaintained()}):
   *       {@link Duration#ZERO};
   *   <li>refreshed tables: {@code serverTime - last_refresh_at} (the extension's views' {@code
   *       staleness});
   *   <li>never refreshed tables: {@code serverTime - created_at}, since they hold nothing yet.
   * </ul>
   *
   * Never negative: timestamps are transaction start times and can follow a reader's clock by a
   * little when read inside a long transaction.
   */
  public Duration age() {
    if (isImmediatelyMaintained()) {
      return Duration.ZERO;
    }
    return since(lastRefreshAt != null ? lastRefreshAt : createdAt);
  }

  /**
   * Time since a refresh last changed rows: {@code serverTime - data_timestamp}, what {@code
   * pgtrickle.get_staleness()} and {@code pgt_status().staleness} report. It grows while the
   * sources are idle, IMMEDIATE tables included, so it is no measure of staleness; use it to tell
   * how long the contents have stayed the same. Empty if never refreshed.
   */
  public Optional<Duration> sinceLastChange() {
    return dataTimestamp == null ? Optional.empty() : Optional.of(since(dataTimestamp));
  }

  /**
   * Whether the table is stale against its own bound: not populated yet, or older ({@link #age()})
   * than its freshness target, or, without a target, than its duration schedule (the extension's
   * {@code stream_tables_info.stale} uses the same rule). Tables maintained immediately ({@link
   * #isImmediatelyMaintained()}) are never stale; CALCULATED and cron schedules without a target
   * have no bound, so only an unpopulated table counts as stale there.
   */
  public boolean isStale() {
    if (!populated) {
      return true;
    }
    if (isImmediatelyMaintained()) {
      return false;
    }
    Duration bound = ownBound().orElse(null);
    return bound != null && age().compareTo(bound) > 0;
  }

  /**
   * The table's own freshness bound: its {@link #targetFreshness()}, else its duration {@link
   * #scheduleInterval()}; empty when it has neither.
   */
  public Optional<Duration> ownBound() {
    return Optional.ofNullable(targetFreshness != null ? targetFreshness : scheduleInterval);
  }

  private Duration since(Instant instant) {
    Duration d = Duration.between(instant, serverTime);
    return d.isNegative() ? Duration.ZERO : d;
  }

  @Override
  public String toString() {
    return "Freshness{"
        + streamTable
        + ", status="
        + status
        + ", mode="
        + refreshMode
        + ", schedule="
        + (schedule == null ? "none" : schedule)
        + (targetFreshness == null ? "" : ", target=" + targetFreshness)
        + ", populated="
        + populated
        + ", age="
        + age()
        + ", lastRefreshAt="
        + lastRefreshAt
        + ", dataTimestamp="
        + dataTimestamp
        + ", stale="
        + isStale()
        + ", consecutiveErrors="
        + consecutiveErrors
        + (lastErrorCode == null ? "" : ", lastErrorCode=" + lastErrorCode)
        + (orchestrationMode == OrchestrationMode.MANAGED ? "" : ", " + orchestrationMode)
        + (slaStatus == null ? "" : ", sla=" + slaStatus)
        + "}";
  }

  /** Collects the parts of a {@link Freshness}; not thread-safe, use once. */
  public static final class Builder {
    private final StreamTableName streamTable;
    private final Status status;
    private final RefreshMode refreshMode;
    private final Instant createdAt;
    private final Instant serverTime;
    private String schedule;
    private Duration scheduleInterval;
    private boolean populated;
    private int consecutiveErrors;
    private Instant lastRefreshAt;
    private Instant dataTimestamp;
    private TargetMode targetFreshnessMode;
    private Duration targetFreshness;
    private OrchestrationMode orchestrationMode = OrchestrationMode.MANAGED;
    private boolean needsReinit;
    private String lastErrorMessage;
    private ErrorCode lastErrorCode;
    private Boolean lastErrorRetryable;
    private SlaStatus slaStatus;
    private Duration p50;
    private Duration p95;

    private Builder(
        StreamTableName streamTable,
        Status status,
        RefreshMode refreshMode,
        Instant createdAt,
        Instant serverTime) {
      this.streamTable = Objects.requireNonNull(streamTable, "streamTable");
      this.status = Objects.requireNonNull(status, "status");
      this.refreshMode = Objects.requireNonNull(refreshMode, "refreshMode");
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      this.serverTime = Objects.requireNonNull(serverTime, "serverTime");
    }

    /**
     * The {@code schedule} text, or null for CALCULATED and IMMEDIATE; and as a duration, or null
     * for cron, CALCULATED and IMMEDIATE.
     */
    public Builder schedule(String schedule, Duration scheduleInterval) {
      this.schedule = schedule;
      this.scheduleInterval = scheduleInterval;
      return this;
    }

    /** {@code is_populated}. */
    public Builder populated(boolean populated) {
      this.populated = populated;
      return this;
    }

    /** {@code consecutive_errors}. */
    public Builder consecutiveErrors(int consecutiveErrors) {
      this.consecutiveErrors = consecutiveErrors;
      return this;
    }

    /** {@code last_refresh_at} and {@code data_timestamp}, each null if never refreshed. */
    public Builder refreshed(Instant lastRefreshAt, Instant dataTimestamp) {
      this.lastRefreshAt = lastRefreshAt;
      this.dataTimestamp = dataTimestamp;
      return this;
    }

    /**
     * {@code target_freshness_mode} and the target ({@code freshness_deadline_ms}); either may be
     * null. The target is kept only for {@link TargetMode#INTERVAL}.
     */
    public Builder target(TargetMode mode, Duration target) {
      this.targetFreshnessMode = mode;
      this.targetFreshness = mode == TargetMode.INTERVAL ? target : null;
      return this;
    }

    /** {@code orchestration_mode}. */
    public Builder orchestrationMode(OrchestrationMode orchestrationMode) {
      this.orchestrationMode = Objects.requireNonNull(orchestrationMode, "orchestrationMode");
      return this;
    }

    /** {@code needs_reinit}. */
    public Builder needsReinit(boolean needsReinit) {
      this.needsReinit = needsReinit;
      return this;
    }

    /** {@code last_error_message}, {@code last_error_code}, {@code last_error_retryable}. */
    public Builder lastError(String message, ErrorCode code, Boolean retryable) {
      this.lastErrorMessage = message;
      this.lastErrorCode = code;
      this.lastErrorRetryable = retryable;
      return this;
    }

    /** The freshness controller's {@code sla_status} and p50/p95; any may be null. */
    public Builder sla(SlaStatus slaStatus, Duration p50, Duration p95) {
      this.slaStatus = slaStatus;
      this.p50 = p50;
      this.p95 = p95;
      return this;
    }

    /** The reading. */
    public Freshness build() {
      return new Freshness(this);
    }
  }

  /**
   * The {@code status} of a stream table in {@code pgtrickle.pgt_stream_tables}.
   *
   * <p>There is no {@code PAUSED} status: the catalog's CHECK constraint allows only these four.
   */
  public enum Status {
    /** Created with {@code initialize => false} and not yet populated by a refresh. */
    INITIALIZING,
    /** Refreshed successfully at least once; the normal state. */
    ACTIVE,
    /**
     * Suspended by the scheduler after repeated retryable failures, or by {@code
     * alter_stream_table(status => 'SUSPENDED')}. Not refreshed until {@code
     * pgtrickle.resume_stream_table} is called.
     */
    SUSPENDED,
    /** Failed with a non-retryable error; not refreshed until resumed. */
    ERROR;

    /** Returns the status stored as {@code text}, for example {@code "ACTIVE"}. */
    static Status fromCatalog(String text) {
      return valueOf(text);
    }
  }

  /**
   * The {@code refresh_mode} stored in {@code pgtrickle.pgt_stream_tables}. The catalog never
   * stores {@code AUTO}: pg_trickle resolves it to {@link #DIFFERENTIAL} (or {@link #FULL}) at
   * creation.
   */
  public enum RefreshMode {
    /** Every refresh recomputes the whole defining query. */
    FULL,
    /** Refreshes apply the changes captured since the previous refresh. */
    DIFFERENTIAL,
    /**
     * Maintained by triggers inside the writer's transaction: the table is current as soon as the
     * writer commits (and, for the writer itself, before). Never refreshed by the scheduler.
     */
    IMMEDIATE
  }

  /** Who refreshes a stream table (pg_trickle 0.93 and later: {@code orchestration_mode}). */
  public enum OrchestrationMode {
    /** pg_trickle's scheduler, and manual refreshes by the owner. The default. */
    MANAGED,
    /**
     * An external coordinator: pg_trickle's scheduler leaves the table alone and refuses {@code
     * refresh_stream_table} ({@code PGT_EXT_ORCHESTRATION_MODE}); refreshes are submitted by the
     * coordinator.
     */
    EXTERNAL
  }

  /**
   * How a stream table's {@code target_freshness} is set (pg_trickle 0.86 and later: the catalog's
   * {@code target_freshness_mode}).
   */
  public enum TargetMode {
    /**
     * A freshness target such as {@code '30s'}: the extension's scheduler aims to keep the table at
     * most that old, and {@link Freshness#targetFreshness()} holds it.
     */
    INTERVAL,
    /** {@code 'on_commit'}: the table is IMMEDIATE, maintained in the writers' transactions. */
    ON_COMMIT,
    /** {@code 'manual'}: the scheduler leaves the table alone; only manual refreshes update it. */
    MANUAL
  }

  /**
   * pg_trickle's classification of a stream table's last failed refresh (0.108: the catalog's
   * {@code last_error_code}), with whether the scheduler retries it ({@link
   * Freshness#lastErrorRetryable()}).
   */
  public enum ErrorCode {
    /**
     * {@code 55P03}: a lock was not granted in time. Retried; does not count towards suspension.
     */
    LOCK_TIMEOUT,
    /** {@code 57014} from {@code statement_timeout}. Retried. */
    STATEMENT_TIMEOUT,
    /** {@code 40P01}. Retried. */
    DEADLOCK,
    /** {@code 40001}. Retried. */
    SERIALIZATION,
    /** {@code 53200}. Retried. */
    OUT_OF_MEMORY,
    /** Cancelled by a user request. Not retried. */
    CANCELLED,
    /** Any error the extension does not expect to go away by itself; the table goes to ERROR. */
    PERMANENT,
    /** An error the extension retries without knowing its cause. */
    UNKNOWN_RETRYABLE
  }

  /**
   * How a stream table is doing against its freshness target, as pg_trickle's freshness controller
   * judges it from exact refresh evidence (0.90 and later: {@code sla_status} of {@code
   * pgtrickle.pgt_freshness_controller_state}, also shown by {@code pgtrickle.freshness()} and
   * {@code pgtrickle.pg_stat_pgtrickle}).
   */
  public enum SlaStatus {
    /** The p95 freshness is within the target. */
    MEETING,
    /** Within the target, but close to it or trending towards it. */
    AT_RISK,
    /** The target is being missed. */
    BREACHING,
    /** The target cannot be met: a refresh alone takes longer. */
    INFEASIBLE,
    /** Too few refreshes so far to judge. */
    INSUFFICIENT_DATA,
    /** No exact evidence (for example {@code track_commit_timestamp} is off). */
    EVIDENCE_UNAVAILABLE,
    /** The table has no interval target (ON_COMMIT, MANUAL, or none). */
    NOT_APPLICABLE
  }
}
