package dev.pgtrickle.dao.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.Order;
import dev.pgtrickle.dao.runtime.RefreshMode;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.freshness.FreshnessVerdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The meters with no Spring and no database: a DAO whose catalog reading the test controls. */
class StreamTableMetricsTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "totals");
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  /** A DAO whose only working read is {@code freshness()}. */
  private static final class FakeDao implements StreamTableDao<Object> {
    final AtomicInteger reads = new AtomicInteger();
    volatile Supplier<Freshness> freshness;

    @Override
    public StreamTableName streamTable() {
      return TABLE;
    }

    @Override
    public Freshness freshness() {
      reads.incrementAndGet();
      return freshness.get();
    }

    @Override
    public Freshness freshness(Connection connection) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> findAll() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> findAll(Connection connection) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> findAll(Order<Object> order) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> findAll(Connection connection, Order<Object> order) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<Object> streamAll() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<Object> streamAll(Connection connection) {
      throw new UnsupportedOperationException();
    }

    @Override
    public dev.pgtrickle.dao.runtime.Select<Object> query() {
      throw new UnsupportedOperationException();
    }

    @Override
    public StreamTableDao<Object> on(Connection connection) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(Connection connection) {
      throw new UnsupportedOperationException();
    }
  }

  private static Freshness refreshedAgo(Duration age, Duration sinceChange) {
    return Freshness.builder(
            TABLE, StreamTableStatus.ACTIVE, RefreshMode.FULL, NOW.minus(Duration.ofDays(1)), NOW)
        .populated(true)
        .refreshed(NOW.minus(age), NOW.minus(sinceChange))
        .build();
  }

  @Test
  void gaugesReadTheCatalogAtMostOncePerIntervalAndReportFailuresAsNaN() {
    FakeDao dao = new FakeDao();
    dao.freshness = () -> refreshedAgo(Duration.ofSeconds(30), Duration.ofMinutes(5));
    StreamTableMetrics metrics =
        StreamTableMetrics.builder(() -> List.of(dao, dao))
            .catalogInterval(Duration.ofHours(1))
            .build();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    metrics.bindTo(registry);

    double age =
        registry
            .get(StreamTableMetrics.AGE)
            .tag("table", "public.totals")
            .timeGauge()
            .value(TimeUnit.SECONDS);
    assertTrue(age >= 30 && age < 31, "age " + age);
    double since =
        registry
            .get(StreamTableMetrics.SINCE_LAST_CHANGE)
            .tag("table", "public.totals")
            .timeGauge()
            .value(TimeUnit.SECONDS);
    assertTrue(since >= 300 && since < 301, "since " + since);
    assertEquals(1, dao.reads.get(), "one reading for both gauges within the interval");
    assertEquals(1, registry.find(StreamTableMetrics.AGE).timeGauges().size(), "one per table");
    // Micrometer holds a gauge's state weakly; the metrics must keep it.
    System.gc();
    assertTrue(
        registry.get(StreamTableMetrics.AGE).timeGauge().value(TimeUnit.SECONDS) >= 30,
        "the reading survives a collection");

    FakeDao failing = new FakeDao();
    failing.freshness =
        () -> {
          throw new IllegalStateException("no catalog");
        };
    SimpleMeterRegistry other = new SimpleMeterRegistry();
    StreamTableMetrics.builder(() -> List.of(failing)).build().bindTo(other);
    assertTrue(Double.isNaN(other.get(StreamTableMetrics.AGE).timeGauge().value(TimeUnit.SECONDS)));
  }

  @Test
  void observerEventsBecomeLowCardinalityMeters() {
    StreamTableMetrics metrics = StreamTableMetrics.builder(List::of).build();
    metrics.read(TABLE, "findAll", 1_000_000, false);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    assertNull(registry.find(StreamTableMetrics.READS).timer(), "nothing before binding");
    metrics.bindTo(registry);

    metrics.read(TABLE, "findAll", 2_000_000, false);
    metrics.read(TABLE, "findAll", 4_000_000, false);
    metrics.read(TABLE, "findAll", 1_000_000, true);
    metrics.freshRead(TABLE, FreshnessVerdict.STALE);
    metrics.freshRead(TABLE, FreshnessVerdict.STALE);
    metrics.watcherReconnected("w");
    metrics.refreshed(TABLE, "done");
    metrics.refreshed(TABLE, "done");
    metrics.refreshed(TABLE, "failed");

    var ok =
        registry
            .get(StreamTableMetrics.READS)
            .tags("table", "public.totals", "method", "findAll", "outcome", "success")
            .timer();
    assertEquals(2, ok.count());
    assertEquals(6, ok.totalTime(TimeUnit.MILLISECONDS), 0.001);
    assertEquals(1, registry.get(StreamTableMetrics.READS).tag("outcome", "error").timer().count());
    assertEquals(
        2, registry.get(StreamTableMetrics.FRESH_READS).tag("verdict", "stale").counter().count());
    assertEquals(
        1, registry.get(StreamTableMetrics.RECONNECTS).tag("watcher", "w").counter().count());
    assertEquals(
        2,
        registry
            .get(StreamTableMetrics.REFRESHES)
            .tags("table", "public.totals", "outcome", "done", "source", "refresher")
            .counter()
            .count());
    assertEquals(
        1,
        registry
            .get(StreamTableMetrics.REFRESHES)
            .tags("outcome", "failed", "source", "refresher")
            .counter()
            .count());
  }
}
