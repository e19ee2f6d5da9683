package dev.pgtrickle.dao.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * What one {@link ReplicaRouting} knows about one of its standbys: its health (up, lagging past the
 * limit, down, or not probed yet), when a sick standby may be tried again (exponential back-off),
 * and the last measurement per stream table. Times are the routing's ticker's nanoseconds, so tests
 * drive them. Thread-safe: the health is guarded by this object, the measurements are in a
 * concurrent map.
 */
final class StandbyState {

  /** What a read should do with this standby. */
  enum Decision {
    /** Skip it: sick and not due for a retry, or known to be too old for this read. */
    SKIP,
    /** Take a connection and read: the last measurement, aged since, meets the read's budget. */
    USE,
    /** Take a connection and measure on it first: never measured, measurement too old, or retry. */
    PROBE
  }

  /** The last measurement of one stream table, reduced to what routing needs. */
  private record Sample(Duration effectiveAge, Duration ownBound, long replayLsn, long at) {}

  private final String name;
  private final DataSource dataSource;

  /** The pause before the next retry of a sick standby: doubles up to the maximum. */
  private final long retryInitialNanos;

  private final long retryMaxNanos;
  private long retryNextNanos;
  private final long remeasureNanos;
  private final long maxLagNanos;
  private final ConcurrentHashMap<StreamTableName, Sample> samples = new ConcurrentHashMap<>();

  private ReplicaRouting.Health health = ReplicaRouting.Health.UNKNOWN;
  private long retryAt;
  private Duration replayLag;
  private String problem;

  StandbyState(
      String name,
      DataSource dataSource,
      Duration retryAfter,
      Duration maxRetryAfter,
      Duration remeasureAfter,
      Duration maxReplayLag) {
    this.name = name;
    this.dataSource = dataSource;
    this.retryInitialNanos = retryAfter.toNanos();
    this.retryMaxNanos = maxRetryAfter.toNanos();
    this.retryNextNanos = retryInitialNanos;
    this.remeasureNanos = remeasureAfter.toNanos();
    this.maxLagNanos = maxReplayLag.toNanos();
  }

  String name() {
    return name;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /**
   * What a read of {@code table} with {@code budget} (null: the table's own bound) that must see
   * the primary's position {@code fence} (0: any) should do with this standby at {@code now}.
   */
  Decision decide(StreamTableName table, Duration budget, long fence, long now) {
    synchronized (this) {
      if (health == ReplicaRouting.Health.LAGGING || health == ReplicaRouting.Health.DOWN) {
        return now - retryAt >= 0 ? Decision.PROBE : Decision.SKIP;
      }
    }
    Sample sample = samples.get(table);
    if (sample == null || now - sample.at >= remeasureNanos) {
      return Decision.PROBE;
    }
    return serves(sample, budget, fence, now) ? Decision.USE : Decision.SKIP;
  }

  /**
   * Records a probe of {@code table} made at {@code now}; returns whether this standby may serve
   * the read of {@code budget} and {@code fence} that asked.
   */
  boolean measured(
      StreamTableName table,
      ReplicaRouting.Measurement measurement,
      Duration budget,
      long fence,
      long now) {
    Duration lag = measurement.replayLag();
    synchronized (this) {
      replayLag = lag;
      if (!measurement.inRecovery()) {
        sick(ReplicaRouting.Health.DOWN, "not in recovery: not a standby (promoted?)", now);
        return false;
      }
      if (lag == null) {
        sick(
            ReplicaRouting.Health.LAGGING,
            "replay lag unknown: nothing replayed yet and no WAL receiver streaming",
            now);
        return false;
      }
      if (lag.toNanos() > maxLagNanos) {
        sick(ReplicaRouting.Health.LAGGING, "replay lag " + lag + " is past the limit", now);
        return false;
      }
      health = ReplicaRouting.Health.UP;
      problem = null;
      retryNextNanos = retryInitialNanos;
    }
    Freshness freshness = measurement.freshness();
    Sample sample =
        new Sample(
            measurement.effectiveAge(),
            freshness == null ? null : freshness.ownBound().orElse(null),
            measurement.replayLsn(),
            now);
    samples.put(table, sample);
    return serves(sample, budget, fence, now);
  }

  /**
   * Records that this standby could not be read at {@code now}: it is skipped until its back-off
   * has passed.
   */
  void failed(String why, long now) {
    synchronized (this) {
      sick(ReplicaRouting.Health.DOWN, why, now);
    }
  }

  /**
   * Records that the stream table could not be measured on a healthy standby (the role may not read
   * the catalog, or pg_trickle is missing there): reads of it go elsewhere until the next
   * measurement.
   */
  void unmeasurable(StreamTableName table, String why, long now) {
    synchronized (this) {
      problem = why;
    }
    samples.put(table, new Sample(null, null, 0, now));
  }

  private void sick(ReplicaRouting.Health newHealth, String why, long now) {
    health = newHealth;
    problem = why;
    long pause = retryNextNanos;
    retryNextNanos = retryNextNanos > retryMaxNanos / 2 ? retryMaxNanos : retryNextNanos * 2;
    retryAt = now + pause;
  }

  private static boolean serves(Sample sample, Duration budget, long fence, long now) {
    if (sample.effectiveAge == null || Long.compareUnsigned(sample.replayLsn, fence) < 0) {
      return false;
    }
    Duration bound = budget != null ? budget : sample.ownBound;
    if (bound == null) {
      return true;
    }
    // The age only grows until the next replayed refresh: the measured age plus the time since is
    // an upper bound, never an underestimate.
    return sample.effectiveAge.plusNanos(now - sample.at).compareTo(bound) <= 0;
  }

  /** A snapshot for {@link ReplicaRouting#standbys()}. */
  synchronized ReplicaRouting.Standby status(long now) {
    Duration retryIn =
        (health == ReplicaRouting.Health.LAGGING || health == ReplicaRouting.Health.DOWN)
                && retryAt - now > 0
            ? Duration.ofNanos(retryAt - now)
            : null;
    return new ReplicaRouting.Standby(
        name,
        health,
        Optional.ofNullable(replayLag),
        Optional.ofNullable(retryIn),
        Optional.ofNullable(problem));
  }
}
