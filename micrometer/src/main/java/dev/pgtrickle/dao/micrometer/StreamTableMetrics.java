package dev.pgtrickle.dao.micrometer;

import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.Subscription;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Micrometer metrics for stream tables, usable with or without Spring: a {@link MeterBinder} for
 * the per-table gauges, and a {@link StreamTableObserver} for what the DAOs do.
 *
 * <pre>{@code
 * StreamTableMetrics metrics = StreamTableMetrics.builder(() -> List.of(orderTotalsDao))
 *     .watcher(watcher)                          // optional: refresh outcomes, missed events
 *     .build();
 * DataSource observed = StreamTableObserver.observe(pool, metrics);   // timings, verdicts
 * OrderTotalsDao orderTotalsDao = new OrderTotalsDao(observed);
 * metrics.bindTo(registry);
 * }</pre>
 *
 * <table>
 *   <caption>Meters (base unit seconds; tag {@code table} is {@code schema.name})</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #AGE}</td><td>gauge</td><td>table</td><td>{@link Freshness#age()}</td></tr>
 *   <tr><td>{@value #SINCE_LAST_CHANGE}</td><td>gauge</td><td>table</td><td>{@link
 *       Freshness#sinceLastChange()}, NaN before the first change</td></tr>
 *   <tr><td>{@value #FRESH_READS}</td><td>counter</td><td>table, verdict</td><td>fresh reads by
 *       verdict</td></tr>
 *   <tr><td>{@value #REFRESHES}</td><td>counter</td><td>table, outcome, source</td><td>refresh
 *       outcomes (done, skipped, failed) that the watcher reported (source {@code watcher}) or
 *       that a {@code StreamTableRefresher} on an observed data source ran (source {@code
 *       refresher})</td></tr>
 *   <tr><td>{@value #RECONNECTS}</td><td>counter</td><td>watcher</td><td>LISTEN
 *       reconnects</td></tr>
 *   <tr><td>{@value #MISSED}</td><td>counter</td><td>table</td><td>"events may have been missed"
 *       signals</td></tr>
 *   <tr><td>{@value #READS}</td><td>timer</td><td>table, method, outcome</td><td>reads by DAO
 *       method; outcome success or error</td></tr>
 * </table>
 *
 * <p>The gauges read the catalog through the DAOs' {@code freshness()}, at most once per table per
 * {@link Builder#catalogInterval(Duration)} (default 10 s); in between, the age grows with the
 * JVM's clock from the last reading, and a failed reading reports NaN. Tags have low cardinality:
 * one value per stream table, DAO method, verdict and outcome.
 *
 * <p>Thread-safe. {@link #close()} ends the watcher subscriptions.
 */
public final class StreamTableMetrics implements MeterBinder, StreamTableObserver, AutoCloseable {
  /** Age of the data, seconds. */
  public static final String AGE = "pgtrickle.table.age";

  /** Time since the last refresh that changed rows, seconds. */
  public static final String SINCE_LAST_CHANGE = "pgtrickle.table.since.last.change";

  /** Fresh reads, by verdict. */
  public static final String FRESH_READS = "pgtrickle.fresh.reads";

  /** Refreshes, by outcome. */
  public static final String REFRESHES = "pgtrickle.refreshes";

  private static final String REFRESHES_DESCRIPTION = "Refreshes by outcome";

  /** Watcher reconnects. */
  public static final String RECONNECTS = "pgtrickle.watcher.reconnects";

  /** "Events may have been missed" signals. */
  public static final String MISSED = "pgtrickle.watcher.missed.events";

  /** Read timings. */
  public static final String READS = "pgtrickle.reads";

  private final Supplier<? extends Collection<? extends StreamTableDao<?>>> daos;
  private final StreamTableWatcher watcher;
  private final long catalogIntervalNanos;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final List<Subscription> subscriptions = new ArrayList<>();

  /** Micrometer holds a gauge's state weakly: these keep the readings alive with the metrics. */
  private final List<Reading> readings = new CopyOnWriteArrayList<>();

  private volatile MeterRegistry registry;

  private StreamTableMetrics(Builder builder) {
    this.daos = builder.daos;
    this.watcher = builder.watcher;
    this.catalogIntervalNanos = builder.catalogInterval.toNanos();
  }

  /**
   * A builder for metrics over the tables of {@code daos}, which is asked once, when the metrics
   * are bound: a supplier, so that DAOs built on the observed data source can be listed.
   */
  public static Builder builder(Supplier<? extends Collection<? extends StreamTableDao<?>>> daos) {
    return new Builder(daos);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    Map<StreamTableName, StreamTableDao<?>> tables = new LinkedHashMap<>();
    for (StreamTableDao<?> dao : daos.get()) {
      tables.putIfAbsent(dao.streamTable(), dao);
    }
    this.registry = registry;
    tables.forEach(
        (table, dao) -> {
          Reading reading = new Reading(dao, catalogIntervalNanos);
          readings.add(reading);
          TimeGauge.builder(AGE, reading, TimeUnit.SECONDS, Reading::ageSeconds)
              .description("How old the stream table's data is: the time since its last refresh")
              .tag("table", table.qualifiedName())
              .register(registry);
          TimeGauge.builder(
                  SINCE_LAST_CHANGE, reading, TimeUnit.SECONDS, Reading::sinceLastChangeSeconds)
              .description("The time since the stream table's last refresh that changed rows")
              .tag("table", table.qualifiedName())
              .register(registry);
          if (watcher != null) {
            synchronized (subscriptions) {
              subscriptions.add(watcher.subscribe(table, this::event));
            }
          }
        });
  }

  @Override
  public void read(StreamTableName table, String operation, long nanos, boolean failed) {
    MeterRegistry bound = registry;
    if (bound == null) {
      return;
    }
    String outcome = failed ? "error" : "success";
    timers
        .computeIfAbsent(
            table.qualifiedName() + '\n' + operation + '\n' + outcome,
            key ->
                Timer.builder(READS)
                    .description("Reads of stream tables through generated DAOs")
                    .tag("table", table.qualifiedName())
                    .tag("method", operation)
                    .tag("outcome", outcome)
                    .register(bound))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void freshRead(StreamTableName table, Fresh.Verdict verdict) {
    count(
        FRESH_READS,
        "Fresh reads by verdict",
        table,
        "verdict",
        verdict.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void watcherReconnected(String watcherName) {
    MeterRegistry bound = registry;
    if (bound != null) {
      counters
          .computeIfAbsent(
              RECONNECTS + '\n' + watcherName,
              key ->
                  Counter.builder(RECONNECTS)
                      .description("Reconnects of a watcher's LISTEN connection")
                      .tag("watcher", watcherName)
                      .register(bound))
          .increment();
    }
  }

  @Override
  public void refreshed(StreamTableName table, String outcome) {
    count(REFRESHES, REFRESHES_DESCRIPTION, table, "outcome", outcome, "source", "refresher");
  }

  private void event(StreamTableEvent event) {
    switch (event.kind()) {
      case REFRESH_COMPLETED -> {
        boolean skipped = event.action().filter("SKIP"::equalsIgnoreCase).isPresent();
        count(
            REFRESHES,
            REFRESHES_DESCRIPTION,
            event.streamTable(),
            "outcome",
            skipped ? "skipped" : "done",
            "source",
            "watcher");
      }
      case REFRESH_FAILED ->
          count(
              REFRESHES,
              REFRESHES_DESCRIPTION,
              event.streamTable(),
              "outcome",
              "failed",
              "source",
              "watcher");
      case EVENTS_MAY_HAVE_BEEN_MISSED ->
          count(MISSED, "Signals that events may have been missed", event.streamTable());
      default -> {}
    }
  }

  /** Increments the counter {@code name} of {@code table} with the tags given as name, value. */
  private void count(String name, String description, StreamTableName table, String... tags) {
    MeterRegistry bound = registry;
    if (bound == null) {
      return;
    }
    counters
        .computeIfAbsent(
            name + '\n' + table.qualifiedName() + '\n' + String.join("\n", tags),
            key ->
                Counter.builder(name)
                    .description(description)
                    .tag("table", table.qualifiedName())
                    .tags(tags)
                    .register(bound))
        .increment();
  }

  /** Ends the watcher subscriptions; the meters stay registered. */
  @Override
  public void close() {
    synchronized (subscriptions) {
      subscriptions.forEach(Subscription::close);
      subscriptions.clear();
    }
  }

  /** The last catalog reading of one table, refreshed when older than the interval. */
  private static final class Reading {
    private final StreamTableDao<?> dao;
    private final long intervalNanos;
    private Freshness freshness; // guarded by this
    private long readAt; // guarded by this
    private boolean failed; // guarded by this

    Reading(StreamTableDao<?> dao, long intervalNanos) {
      this.dao = dao;
      this.intervalNanos = intervalNanos;
    }

    synchronized double ageSeconds() {
      Freshness current = current();
      if (current == null) {
        return Double.NaN;
      }
      // An IMMEDIATE table is maintained in each writer's transaction: never older than now.
      return current.isImmediatelyMaintained() ? 0 : seconds(current.age()) + elapsedSeconds();
    }

    synchronized double sinceLastChangeSeconds() {
      Freshness current = current();
      if (current == null || current.sinceLastChange().isEmpty()) {
        return Double.NaN;
      }
      return seconds(current.sinceLastChange().get()) + elapsedSeconds();
    }

    private Freshness current() {
      long now = System.nanoTime();
      if (freshness == null && !failed || now - readAt >= intervalNanos) {
        readAt = now;
        try {
          freshness = dao.freshness();
          failed = false;
        } catch (RuntimeException e) {
          freshness = null;
          failed = true;
        }
      }
      return freshness;
    }

    private double elapsedSeconds() {
      return (System.nanoTime() - readAt) / 1e9;
    }

    private static double seconds(Duration duration) {
      return duration.getSeconds() + duration.getNano() / 1e9;
    }
  }

  /** Settings of {@link StreamTableMetrics}. */
  public static final class Builder {
    private final Supplier<? extends Collection<? extends StreamTableDao<?>>> daos;
    private StreamTableWatcher watcher;
    private Duration catalogInterval = Duration.ofSeconds(10);

    private Builder(Supplier<? extends Collection<? extends StreamTableDao<?>>> daos) {
      this.daos = Objects.requireNonNull(daos, "daos");
    }

    /**
     * Counts refresh outcomes and "events may have been missed" signals from {@code watcher}'s
     * events (subscribing to every table when bound). Without a watcher those counters stay absent.
     * Reconnects are counted for any watcher whose data source is observed by these metrics (or
     * whose builder was given them as observer).
     */
    public Builder watcher(StreamTableWatcher watcher) {
      this.watcher = Objects.requireNonNull(watcher, "watcher");
      return this;
    }

    /** The least time between two catalog reads of one table for the gauges (default 10 s). */
    public Builder catalogInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("catalogInterval must not be negative: " + interval);
      }
      this.catalogInterval = interval;
      return this;
    }

    /** Creates the metrics; bind them with {@link StreamTableMetrics#bindTo}. */
    public StreamTableMetrics build() {
      return new StreamTableMetrics(this);
    }
  }
}
