package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.operations.internal.AlertPayload;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Something that happened to a stream table, as {@link StreamTableWatcher} saw it: a {@code
 * pg_trickle_alert} notification from pg_trickle's scheduler, a change observed in the catalog (for
 * tables whose notifications are suppressed), or the watcher's own signal that events may have been
 * missed.
 *
 * <p>Notification payloads are parsed from the extension's real format (reference section 5.1). A
 * payload pg_trickle 0.108 shortened to fit NOTIFY's 8000-byte limit is delivered with what it
 * kept: {@link #isTruncated()} is true and {@link #omittedFields()} names the keys it dropped, so a
 * listener knows that, say, {@link #error()} is missing or cut rather than absent. If a payload is
 * unreadable even to its table's name, every listener gets {@link Kind#EVENTS_MAY_HAVE_BEEN_MISSED}
 * instead, because some event went unread. Events of other databases on the same server (another
 * {@code database_oid}) are never delivered.
 *
 * <p>The typed accessors return empty when the event has no such field.
 */
public final class StreamTableEvent {

  /** What happened. */
  public enum Kind {
    /**
     * A refresh completed: a scheduler {@code refresh_completed} notification (also sent for
     * NO_DATA runs), or, from the catalog, a new {@code last_refresh_at}.
     */
    REFRESH_COMPLETED,
    /** A scheduler refresh failed ({@code refresh_failed}); see {@link #error()}. */
    REFRESH_FAILED,
    /** The data is older than twice its schedule ({@code stale_data}). */
    STALE_DATA,
    /** Stale, but because the sources did not change ({@code no_upstream_changes}). */
    NO_UPSTREAM_CHANGES,
    /** Suspended by the scheduler after repeated failures ({@code auto_suspended}). */
    AUTO_SUSPENDED,
    /** Resumed by {@code pgtrickle.resume_stream_table} ({@code resumed}). */
    RESUMED,
    /** A full reinitialisation is needed ({@code reinitialize_needed}); see {@link #reason()}. */
    REINITIALIZE_NEEDED,
    /** The catalog shows a new {@code status} (catalog observation only). */
    STATUS_CHANGED,
    /**
     * The table's measured freshness broke its target ({@code freshness_breach}); see {@link
     * #target()} and {@link #p95()}.
     */
    FRESHNESS_BREACH,
    /** The table meets its freshness target again ({@code freshness_recovered}). */
    FRESHNESS_RECOVERED,
    /**
     * The freshness target cannot be met, for example because a refresh alone takes longer ({@code
     * freshness_infeasible}); see {@link #reason()}.
     */
    FRESHNESS_INFEASIBLE,
    /** The controller predicts the target will be missed ({@code predicted_sla_breach}). */
    PREDICTED_SLA_BREACH,
    /**
     * The table's fuse blew: too many pending changes, so refreshes stopped until it is reset
     * ({@code fuse_blown}, and the later {@code fuse_blown_reminder}).
     */
    FUSE_BLOWN,
    /** An append-only table saw an update or delete and went back to normal maintenance. */
    APPEND_ONLY_REVERTED,
    /** A refresh was skipped because the table is in the frozen tier ({@code frozen_tier_skip}). */
    FROZEN_TIER_SKIP,
    /** A change-capture trigger on a source was found disabled ({@code cdc_trigger_disabled}). */
    CDC_TRIGGER_DISABLED,
    /**
     * The scheduler cannot keep up with the tables' schedules ({@code scheduler_falling_behind}).
     */
    SCHEDULER_FALLING_BEHIND,
    /**
     * A watermark did not advance ({@code watermark_stuck}) or advances again ({@code
     * watermark_resumed}); see {@link #name()}.
     */
    WATERMARK,
    /** Another {@code pg_trickle_alert} event about this table; see {@link #name()}. */
    OTHER,
    /**
     * Events may have been missed: the watcher lost its LISTEN connection and has reconnected, or a
     * notification was unreadable. Re-read whatever depends on the table.
     */
    EVENTS_MAY_HAVE_BEEN_MISSED
  }

  /** Where the event came from. */
  public enum Source {
    /** A {@code pg_trickle_alert} notification. */
    NOTIFICATION,
    /** A change seen by polling {@code pgtrickle.pgt_stream_tables}. */
    CATALOG,
    /** The watcher itself ({@link Kind#EVENTS_MAY_HAVE_BEEN_MISSED}). */
    WATCHER
  }

  /** The {@code name()} of {@link Kind#EVENTS_MAY_HAVE_BEEN_MISSED} events. */
  public static final String EVENTS_MAY_HAVE_BEEN_MISSED = "events_may_have_been_missed";

  private final Kind kind;
  private final Source source;
  private final StreamTableName streamTable;
  private final String name;
  private final Map<String, String> fields;
  private final String payload;
  private final boolean truncated;
  private final List<String> omittedFields;

  private StreamTableEvent(
      Kind kind,
      Source source,
      StreamTableName streamTable,
      String name,
      Map<String, String> fields,
      String payload,
      boolean truncated,
      List<String> omittedFields) {
    this.kind = kind;
    this.source = source;
    this.streamTable = streamTable;
    this.name = name;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.payload = payload;
    this.truncated = truncated;
    this.omittedFields = List.copyOf(omittedFields);
  }

  /** The event for a parsed {@code pg_trickle_alert} payload about {@code table}. */
  static StreamTableEvent fromAlert(StreamTableName table, AlertPayload payload) {
    String event = payload.get("event").orElse("");
    return new StreamTableEvent(
        kindOf(event),
        Source.NOTIFICATION,
        table,
        event,
        payload.fields(),
        payload.text(),
        payload.isTruncated() || !payload.isComplete(),
        payload.omittedFields());
  }

  /** An event seen in the catalog. */
  static StreamTableEvent fromCatalog(
      StreamTableName table, Kind kind, Map<String, String> fields) {
    return new StreamTableEvent(
        kind,
        Source.CATALOG,
        table,
        kind.name().toLowerCase(Locale.ROOT),
        fields,
        null,
        false,
        List.of());
  }

  /** The watcher's signal that events may have been missed, and why. */
  static StreamTableEvent missed(StreamTableName table, String reason) {
    return new StreamTableEvent(
        Kind.EVENTS_MAY_HAVE_BEEN_MISSED,
        Source.WATCHER,
        table,
        EVENTS_MAY_HAVE_BEEN_MISSED,
        Map.of("reason", reason),
        null,
        false,
        List.of());
  }

  static Kind kindOf(String event) {
    switch (event) {
      case "refresh_completed":
        return Kind.REFRESH_COMPLETED;
      case "refresh_failed":
        return Kind.REFRESH_FAILED;
      case "stale_data":
        return Kind.STALE_DATA;
      case "no_upstream_changes":
        return Kind.NO_UPSTREAM_CHANGES;
      case "auto_suspended":
        return Kind.AUTO_SUSPENDED;
      case "resumed":
        return Kind.RESUMED;
      case "reinitialize_needed":
        return Kind.REINITIALIZE_NEEDED;
      case "freshness_breach":
        return Kind.FRESHNESS_BREACH;
      case "freshness_recovered":
        return Kind.FRESHNESS_RECOVERED;
      case "freshness_infeasible":
        return Kind.FRESHNESS_INFEASIBLE;
      case "predicted_sla_breach":
        return Kind.PREDICTED_SLA_BREACH;
      case "fuse_blown":
      case "fuse_blown_reminder":
        return Kind.FUSE_BLOWN;
      case "append_only_reverted":
        return Kind.APPEND_ONLY_REVERTED;
      case "frozen_tier_skip":
        return Kind.FROZEN_TIER_SKIP;
      case "cdc_trigger_disabled":
        return Kind.CDC_TRIGGER_DISABLED;
      case "scheduler_falling_behind":
        return Kind.SCHEDULER_FALLING_BEHIND;
      case "watermark_stuck":
      case "watermark_resumed":
        return Kind.WATERMARK;
      default:
        return Kind.OTHER;
    }
  }

  /** What happened. */
  public Kind kind() {
    return kind;
  }

  /** Where the event came from. */
  public Source source() {
    return source;
  }

  /** The stream table the event is about. */
  public StreamTableName streamTable() {
    return streamTable;
  }

  /**
   * The event's name: the payload's {@code event} (for example {@code refresh_completed}), the
   * lower-case {@link Kind} for catalog observations, or {@value #EVENTS_MAY_HAVE_BEEN_MISSED}.
   */
  public String name() {
    return name;
  }

  /**
   * Every field, as read: strings unescaped, numbers as their JSON text. Catalog observations carry
   * {@code last_refresh_at}, {@code data_timestamp}, {@code status} and {@code previous_status};
   * the missed signal carries {@code reason}.
   */
  public Map<String, String> fields() {
    return fields;
  }

  /** The raw notification payload. */
  public Optional<String> payload() {
    return Optional.ofNullable(payload);
  }

  /**
   * Whether pg_trickle shortened the payload ({@code "truncated":true}) or it arrived as incomplete
   * JSON: fields may be missing ({@link #omittedFields()}) or shortened.
   */
  public boolean isTruncated() {
    return truncated;
  }

  /** The keys pg_trickle dropped from a truncated payload ({@code omitted_fields}). */
  public List<String> omittedFields() {
    return omittedFields;
  }

  /** The freshness target in a freshness event ({@code target_ms}). */
  public Optional<Duration> target() {
    return seconds("target_ms", 1e-3);
  }

  /** The measured p95 freshness in a freshness event ({@code p95_ms}). */
  public Optional<Duration> p95() {
    return seconds("p95_ms", 1e-3);
  }

  /** Whether this is the watcher's signal that events may have been missed. */
  public boolean mayHaveMissedEvents() {
    return kind == Kind.EVENTS_MAY_HAVE_BEEN_MISSED;
  }

  /** A field's text. */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The refresh action: NO_DATA, FULL, DIFFERENTIAL or REINITIALIZE. */
  public Optional<String> action() {
    return field("action");
  }

  /** Rows inserted by the refresh ({@code rows_inserted}). */
  public OptionalLong rowsInserted() {
    return longField("rows_inserted");
  }

  /** Rows deleted by the refresh ({@code rows_deleted}). */
  public OptionalLong rowsDeleted() {
    return longField("rows_deleted");
  }

  /** How long the refresh took ({@code duration_ms}). */
  public Optional<Duration> duration() {
    return seconds("duration_ms", 1e-3);
  }

  /** The error of a failed refresh ({@code error}); ends in {@code ...} if the payload was cut. */
  public Optional<String> error() {
    return field("error");
  }

  /**
   * Why a reinitialisation is needed or a target is infeasible ({@code reason}), or why events may
   * have been missed.
   */
  public Optional<String> reason() {
    return field("reason");
  }

  /** The status before a resume or a catalog-observed change ({@code previous_status}). */
  public Optional<Freshness.Status> previousStatus() {
    return status("previous_status");
  }

  /** The status after a catalog-observed change ({@code status}). */
  public Optional<Freshness.Status> status() {
    return status("status");
  }

  /** Failures in a row that led to suspension ({@code consecutive_errors}). */
  public OptionalLong consecutiveErrors() {
    return longField("consecutive_errors");
  }

  /** The data's age in a {@code stale_data} event ({@code staleness_seconds}). */
  public Optional<Duration> staleness() {
    return seconds("staleness_seconds", 1);
  }

  /** The schedule in a {@code stale_data} event ({@code schedule_seconds}). */
  public Optional<Duration> schedule() {
    return seconds("schedule_seconds", 1);
  }

  /** Staleness over schedule in a {@code stale_data} event ({@code ratio}). */
  public OptionalDouble ratio() {
    Optional<BigDecimal> value = number("ratio");
    return value.isPresent()
        ? OptionalDouble.of(value.get().doubleValue())
        : OptionalDouble.empty();
  }

  /** How long the sources have been idle in a {@code no_upstream_changes} event. */
  public Optional<Duration> idle() {
    return seconds("idle_seconds", 1);
  }

  /** The new {@code last_refresh_at} of a catalog-observed refresh. */
  public Optional<Instant> lastRefreshAt() {
    return field("last_refresh_at").map(Instant::parse);
  }

  /** For a catalog-observed refresh: whether it changed rows ({@code data_changed}). */
  public Optional<Boolean> dataChanged() {
    return field("data_changed").map(Boolean::valueOf);
  }

  private OptionalLong longField(String key) {
    Optional<BigDecimal> value = number(key);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(value.get().longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  private Optional<Duration> seconds(String key, double scale) {
    return number(key)
        .map(n -> Duration.ofNanos(n.multiply(BigDecimal.valueOf(scale * 1e9)).longValue()));
  }

  private Optional<BigDecimal> number(String key) {
    String text = fields.get(key);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<Freshness.Status> status(String key) {
    String text = fields.get(key);
    if (text == null) {
      return Optional.empty();
    }
    for (Freshness.Status status : Freshness.Status.values()) {
      if (status.name().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StreamTableEvent)) {
      return false;
    }
    StreamTableEvent that = (StreamTableEvent) other;
    return kind == that.kind
        && source == that.source
        && streamTable.equals(that.streamTable)
        && name.equals(that.name)
        && fields.equals(that.fields)
        && Objects.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, streamTable, name, fields);
  }

  @Override
  public String toString() {
    return "StreamTableEvent{"
        + kind
        + " "
        + streamTable
        + " via "
        + source
        + (truncated ? ", truncated" : "")
        + ", "
        + fields
        + "}";
  }
}
