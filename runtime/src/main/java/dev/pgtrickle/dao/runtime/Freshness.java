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
 * RefreshMode#IMMEDIATE IMMEDIATE} table is maintained inside each writer's transaction, so it is
 * current whatever its timestamps say, and its age is zero.
 */
public final class Freshness {
  private final StreamTableName streamTable;
  private final StreamTableStatus status;
  private final RefreshMode refreshMode;
  private final String schedule;
  private final Duration scheduleInterval;
  private final boolean populated;
  private final int consecutiveErrors;
  private final Instant lastRefreshAt;
  private final Instant dataTimestamp;
  private final Instant createdAt;
  private final Instant serverTime;

  /**
   * Creates a freshness reading. DAOs create these; the constructor is public for tests and for
   * code that reads the catalog itself.
   *
   * @param streamTable the stream table described
   * @param status its {@code status}
   * @param refreshMode its {@code refresh_mode}
   * @param schedule its {@code schedule} text, or null for a CALCULATED schedule or IMMEDIATE
   * @param scheduleInterval the schedule as a duration, or null for cron, CALCULATED or IMMEDIATE
   * @param populated its {@code is_populated}
   * @param consecutiveErrors its {@code consecutive_errors}
   * @param lastRefreshAt its {@code last_refresh_at}, or null if never refreshed
   * @param dataTimestamp its {@code data_timestamp}, or null if never refreshed
   * @param createdAt its {@code created_at}
   * @param serverTime the server's clock when this was read
   */
  public Freshness(
      StreamTableName streamTable,
      StreamTableStatus status,
      RefreshMode refreshMode,
      String schedule,
      Duration scheduleInterval,
      boolean populated,
      int consecutiveErrors,
      Instant lastRefreshAt,
      Instant dataTimestamp,
      Instant createdAt,
      Instant serverTime) {
    this.streamTable = Objects.requireNonNull(streamTable, "streamTable");
    this.status = Objects.requireNonNull(status, "status");
    this.refreshMode = Objects.requireNonNull(refreshMode, "refreshMode");
    this.schedule = schedule;
    this.scheduleInterval = scheduleInterval;
    this.populated = populated;
    this.consecutiveErrors = consecutiveErrors;
    this.lastRefreshAt = lastRefreshAt;
    this.dataTimestamp = dataTimestamp;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.serverTime = Objects.requireNonNull(serverTime, "serverTime");
  }

  /** The stream table this reading describes. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /** Its status: only {@link StreamTableStatus#ACTIVE} tables are being refreshed. */
  public StreamTableStatus status() {
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
   * The age of the data: how long ago the table was last known to match its defining query.
   *
   * <ul>
   *   <li>IMMEDIATE tables: {@link Duration#ZERO}, always (they are maintained in the writer's
   *       transaction);
   *   <li>refreshed tables: {@code serverTime - last_refresh_at} (the extension's views'
   *       {@code staleness});
   *   <li>never refreshed tables: {@code serverTime - created_at}, since they hold nothing yet.
   * </ul>
   *
   * Never negative: timestamps are transaction start times and can follow a reader's clock by a
   * little when read inside a long transaction.
   */
  public Duration age() {
    if (refreshMode == RefreshMode.IMMEDIATE) {
      return Duration.ZERO;
    }
    return since(lastRefreshAt != null ? lastRefreshAt : createdAt);
  }

  /**
   * Time since a refresh last changed rows: {@code serverTime - data_timestamp}, what
   * {@code pgtrickle.get_staleness()} and {@code pgt_status().staleness} report. It grows while the
   * sources are idle, IMMEDIATE tables included, so it is no measure of staleness; use it to tell
   * how long the contents have stayed the same. Empty if never refreshed.
   */
  public Optional<Duration> sinceLastChange() {
    return dataTimestamp == null ? Optional.empty() : Optional.of(since(dataTimestamp));
  }

  /**
   * Whether the table is stale against its schedule: not populated yet, or, for a duration
   * schedule, older ({@link #age()}) than the schedule. The extension's {@code
   * stream_tables_info.stale} uses the same rule. IMMEDIATE tables are never stale; CALCULATED and
   * cron schedules have no bound to be stale against, so only an unpopulated table counts as stale
   * there.
   */
  public boolean isStale() {
    if (refreshMode == RefreshMode.IMMEDIATE) {
      return false;
    }
    if (!populated) {
      return true;
    }
    return scheduleInterval != null && age().compareTo(scheduleInterval) > 0;
  }

  private Duration since(Instant instant) {
    Duration d = Duration.between(instant, serverTime);
    return d.isNegative() ? Duration.ZERO : d;
  }

  @Override
  public String toString() {
    return "Freshness{"
        + streamTable
        + ", status=" + status
        + ", mode=" + refreshMode
        + ", schedule=" + (schedule == null ? "none" : schedule)
        + ", populated=" + populated
        + ", age=" + age()
        + ", lastRefreshAt=" + lastRefreshAt
        + ", dataTimestamp=" + dataTimestamp
        + ", stale=" + isStale()
        + ", consecutiveErrors=" + consecutiveErrors
        + "}";
  }
}
