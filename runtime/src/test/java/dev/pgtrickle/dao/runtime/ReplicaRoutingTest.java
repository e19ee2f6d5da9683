package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.RoutedReads;
import dev.pgtrickle.dao.runtime.internal.Routing;
import dev.pgtrickle.dao.runtime.internal.StandbyProbe;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplicaRouting}'s decisions, driven by a clock the test moves: which server a read goes
 * to, how a measurement ages, how sick standbys are backed off. The standby's answers are scripted
 * ({@link FakeJdbc}); the real probe runs against a real standby in the integration tests.
 */
class ReplicaRoutingTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "region_counts");
  private static final OffsetDateTime REFRESHED =
      OffsetDateTime.of(2026, 12, 1, 6, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final FakeJdbc primary = new FakeJdbc();
  private final FakeJdbc standby = new FakeJdbc();

  private ReplicaRouting.Builder routing(DataSource standbySource) {
    return ReplicaRouting.builder(primary.dataSource())
        .standby("s1", standbySource)
        .retryAfter(Duration.ofSeconds(1), Duration.ofSeconds(4))
        .ticker(nanos::get);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  /** A probe row: recovery, lag, position, then the catalog row of a table {@code age} old. */
  private static Object[] probe(
      boolean inRecovery, Double lagSeconds, String mode, boolean populated, Duration age) {
    List<Object> row = new ArrayList<>(Arrays.asList(inRecovery, lagSeconds, "0/3000060"));
    row.addAll(
        Arrays.asList(
            "ACTIVE",
            mode,
            mode.equals("IMMEDIATE") ? null : "1h",
            mode.equals("IMMEDIATE") ? null : 3600L,
            populated,
            0,
            REFRESHED,
            REFRESHED,
            REFRESHED,
            REFRESHED.plus(age),
            null,
            null,
            "MANAGED",
            false,
            null,
            null,
            null));
    return row.toArray();
  }

  private static Freshness freshness(
      StreamTableName table, Freshness.RefreshMode mode, boolean populated, Duration age) {
    Instant refreshed = REFRESHED.toInstant();
    return Freshness.builder(table, Freshness.Status.ACTIVE, mode, refreshed, refreshed.plus(age))
        .populated(populated)
        .refreshed(populated ? refreshed : null, populated ? refreshed : null)
        .build();
  }

  private static Object[] fresh(Duration age) {
    return probe(true, 0.0, "FULL", true, age);
  }

  /** A data source that is down: every connection attempt is refused, and counted. */
  private static DataSource down(AtomicInteger attempts) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (self, method, args) -> {
              if (method.getName().equals("getConnection")) {
                attempts.incrementAndGet();
                throw new SQLException("Connection refused", "08001");
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Which server gave the connection of a read, which is then closed. */
  private String served(ReplicaRouting routing, Duration budget) throws SQLException {
    Connection connection = routing.getConnection(TABLE, budget, StandbyProbe.INSTANCE);
    String server = standby.open() > 0 ? "standby" : primary.open() > 0 ? "primary" : "none";
    connection.close();
    return server;
  }

  private static void read(ReplicaRouting routing, Duration budget) throws SQLException {
    routing.getConnection(TABLE, budget, StandbyProbe.INSTANCE).close();
  }

  @Test
  void aStandbyWithinTheBudgetServesAndIsMeasuredOnTheConnectionThatServes() throws Exception {
    ReplicaRouting routing = routing(standby.dataSource()).build();
    standby.returning(fresh(Duration.ofSeconds(10)));
    assertEquals("standby", served(routing, MINUTE), "the standby's connection is handed out");
    assertEquals(0, primary.open());
    assertEquals(List.of(StandbyProbe.SQL), standby.prepared(), "one probe, on that connection");
    assertEquals(List.of("setString(1, public)", "setString(2, region_counts)"), standby.binds());
    ReplicaRouting.Standby s1 = routing.standbys().get(0);
    assertEquals(ReplicaRouting.Health.UP, s1.health());
    assertEquals(Duration.ZERO, s1.replayLag().orElseThrow());
  }

  @Test
  void aMeasurementAgesWithTheClockUntilTheBudgetNoLongerFits() throws Exception {
    ReplicaRouting routing =
        routing(standby.dataSource()).remeasureAfter(Duration.ofHours(1)).build();
    standby.returning(fresh(Duration.ofSeconds(10)));
    read(routing, MINUTE);
    advance(Duration.ofSeconds(50));
    read(routing, MINUTE);
    assertEquals(1, standby.prepared().size(), "10 s + 50 s fits a minute: no second probe");
    advance(Duration.ofMillis(1));
    assertEquals(
        "primary", served(routing, MINUTE), "10 s + 50.001 s is past a minute: the primary serves");
    assertEquals(1, standby.prepared().size(), "measured recently: not probed again");
  }

  @Test
  void anOlderMeasurementIsTakenAgainOnTheNextRead() throws Exception {
    ReplicaRouting routing =
        routing(standby.dataSource()).remeasureAfter(Duration.ofSeconds(1)).build();
    standby.returning(fresh(Duration.ofSeconds(90)));
    assertEquals("primary", served(routing, MINUTE), "90 s old: the primary serves");
    standby.returning(fresh(Duration.ofSeconds(5)));
    read(routing, MINUTE);
    assertEquals(1, standby.prepared().size(), "measured within the last second: skipped");
    advance(Duration.ofSeconds(1));
    read(routing, MINUTE);
    assertEquals(2, standby.prepared().size(), "a second old: measured again, and now it fits");
    assertEquals(0, standby.open());
  }

  @Test
  void aDownStandbyIsSkippedUntilItsBackOffPassesAndTheBackOffDoubles() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    ReplicaRouting routing = routing(down(attempts)).build();
    read(routing, MINUTE);
    assertEquals(1, attempts.get());
    ReplicaRouting.Standby s1 = routing.standbys().get(0);
    assertEquals(ReplicaRouting.Health.DOWN, s1.health());
    assertEquals(Duration.ofSeconds(1), s1.retryIn().orElseThrow());
    assertTrue(s1.problem().orElseThrow().contains("Connection refused"), s1.toString());

    advance(Duration.ofMillis(999));
    read(routing, MINUTE);
    assertEquals(1, attempts.get(), "backed off: not even tried");
    advance(Duration.ofMillis(1));
    read(routing, MINUTE);
    assertEquals(2, attempts.get(), "retried once the back-off passed");
    assertEquals(Duration.ofSeconds(2), routing.standbys().get(0).retryIn().orElseThrow());
    advance(Duration.ofSeconds(2));
    read(routing, MINUTE);
    advance(Duration.ofSeconds(4));
    read(routing, MINUTE);
    assertEquals(4, attempts.get());
    assertEquals(
        Duration.ofSeconds(4), routing.standbys().get(0).retryIn().orElseThrow(), "capped");
    assertEquals(0, primary.open(), "every read got the primary's connection, and closed it");
  }

  @Test
  void replayLagPastTheLimitSkipsTheStandbyUntilItIsRetriedAndFoundCaughtUp() throws Exception {
    ReplicaRouting routing =
        routing(standby.dataSource()).maxReplayLag(Duration.ofSeconds(30)).build();
    standby.returning(probe(true, 40.0, "FULL", true, Duration.ofSeconds(40)));
    read(routing, Duration.ofHours(1));
    ReplicaRouting.Standby s1 = routing.standbys().get(0);
    assertEquals(ReplicaRouting.Health.LAGGING, s1.health(), s1.toString());
    assertEquals(Duration.ofSeconds(40), s1.replayLag().orElseThrow());
    assertEquals(0, standby.open(), "the probed connection was closed");

    read(routing, Duration.ofHours(1));
    assertEquals(1, standby.prepared().size(), "skipped while backed off");
    advance(Duration.ofSeconds(1));
    standby.returning(fresh(Duration.ofSeconds(2)));
    assertEquals(
        "standby", served(routing, Duration.ofHours(1)), "caught up: the standby serves again");
    assertEquals(ReplicaRouting.Health.UP, routing.standbys().get(0).health());
    assertTrue(routing.standbys().get(0).retryIn().isEmpty());
  }

  @Test
  void anUnknownReplayLagOrAPromotedStandbyNeverServes() throws Exception {
    ReplicaRouting routing = routing(standby.dataSource()).build();
    standby.returning(probe(true, null, "FULL", true, Duration.ZERO));
    read(routing, Duration.ofHours(1));
    assertEquals(ReplicaRouting.Health.LAGGING, routing.standbys().get(0).health());
    advance(Duration.ofSeconds(1));
    standby.returning(probe(false, 0.0, "FULL", true, Duration.ZERO));
    read(routing, Duration.ofHours(1));
    ReplicaRouting.Standby s1 = routing.standbys().get(0);
    assertEquals(ReplicaRouting.Health.DOWN, s1.health());
    assertTrue(s1.problem().orElseThrow().contains("not in recovery"), s1.toString());
    assertEquals(0, standby.open());
  }

  @Test
  void aRoleThatCannotReadTheCatalogReadsFromThePrimaryAndIsToldWhy() throws Exception {
    standby.failing(new SQLException("permission denied for table pgt_stream_tables", "42501"));
    ReplicaRouting routing = routing(standby.dataSource()).build();
    read(routing, MINUTE);
    ReplicaRouting.Standby s1 = routing.standbys().get(0);
    assertTrue(
        s1.problem().orElseThrow().contains("Grant SELECT ON pgtrickle.pgt_stream_tables"),
        s1.toString());
    assertEquals(0, standby.open(), "the probed connection was closed");
    assertTrue(s1.retryIn().isEmpty(), "the standby itself is fine: no back-off");
  }

  @Test
  void effectiveAgeIsTheAgeAtTheReplayedPointPlusTheReplayLag() {
    Freshness tenSecondsOld =
        freshness(TABLE, Freshness.RefreshMode.FULL, true, Duration.ofSeconds(10));
    assertEquals(
        Duration.ofSeconds(10),
        new ReplicaRouting.Measurement(true, Duration.ofSeconds(3), 1, tenSecondsOld)
            .effectiveAge(),
        "7 s old at the replayed point, 3 s behind: 10 s, not counted twice");
    assertEquals(
        Duration.ofSeconds(12),
        new ReplicaRouting.Measurement(true, Duration.ofSeconds(12), 1, tenSecondsOld)
            .effectiveAge(),
        "the age at the replayed point is never negative");
    Freshness immediate =
        freshness(TABLE, Freshness.RefreshMode.IMMEDIATE, true, Duration.ofHours(5));
    assertEquals(
        Duration.ofSeconds(3),
        new ReplicaRouting.Measurement(true, Duration.ofSeconds(3), 1, immediate).effectiveAge(),
        "IMMEDIATE: current at the replayed point, so the lag alone");
    assertNull(
        new ReplicaRouting.Measurement(
                true,
                Duration.ZERO,
                1,
                freshness(TABLE, Freshness.RefreshMode.FULL, false, Duration.ZERO))
            .effectiveAge(),
        "never populated: never served from here");
    assertNull(new ReplicaRouting.Measurement(true, Duration.ZERO, 1, null).effectiveAge());
    assertNull(new ReplicaRouting.Measurement(true, null, 1, tenSecondsOld).effectiveAge());
  }

  @Test
  void withoutABudgetTheTablesOwnScheduleBoundsTheRead() throws Exception {
    ReplicaRouting routing = routing(standby.dataSource()).build();
    standby.returning(fresh(Duration.ofMinutes(59)));
    assertEquals(
        "standby", served(routing, null), "59 minutes old, scheduled hourly: the standby serves");
    advance(Duration.ofSeconds(1));
    standby.returning(fresh(Duration.ofMinutes(61)));
    assertEquals(
        "primary", served(routing, null), "61 minutes: past its own bound, the primary serves");
  }

  @Test
  void positionsRecordedAfterAReadYourWritesWaitKeepStandbysBehindThemAway() throws Exception {
    ReplicaRouting routing = routing(standby.dataSource()).remeasureAfter(Duration.ZERO).build();
    primary.returning(new Object[] {"0/3000061"});
    Routing.readYourWrites(routing, TABLE);
    standby.returning(fresh(Duration.ZERO));
    assertEquals(
        "primary",
        served(routing, MINUTE),
        "replayed 0/3000060, the write is at 0/3000061: primary");
    primary.returning(new Object[] {"0/2000000"});
    Routing.readYourWrites(routing, TABLE);
    standby.returning(fresh(Duration.ZERO));
    assertEquals("primary", served(routing, MINUTE), "a position only moves forward");
    assertEquals(
        0x10_0000_0000L | 0xABCL, StandbyProbe.parseLsn("10/ABC"), "X/Y is two 32-bit halves");
  }

  @Test
  void theDataSourceOfAReadIsRoutedOnlyForARouting() {
    DataSource plain = primary.dataSource();
    assertSame(plain, Routing.reads(plain, TABLE, MINUTE));
    ReplicaRouting routing = routing(standby.dataSource()).build();
    DataSource routed = Routing.reads(routing, TABLE, MINUTE);
    assertTrue(routed instanceof RoutedReads);
    DataSource observed = StreamTableObserver.observe(routing, StreamTableObserver.NONE);
    assertTrue(Routing.reads(observed, TABLE, MINUTE) instanceof RoutedReads);
    assertSame(
        routing,
        Routing.reads(routed, ReadPolicy.refresh(MINUTE, table -> {})),
        "a REFRESH policy reads on the primary, where its refresh is visible at once");
    assertSame(routed, Routing.reads(routed, ReadPolicy.accept()));
    assertEquals(Optional.of(routing), ReplicaRouting.of(routing));
    assertEquals(
        Optional.of(routing), ReplicaRouting.of(observed), "the routing an observer wraps");
    assertEquals(Optional.empty(), ReplicaRouting.of(plain));
  }

  @Test
  void configurationIsCheckedWhenBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> routing(standby.dataSource()).standby("s1", standby.dataSource()).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> routing(standby.dataSource()).maxReplayLag(Duration.ofSeconds(-1)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> routing(standby.dataSource()).retryAfter(Duration.ZERO, Duration.ZERO).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            routing(standby.dataSource())
                .retryAfter(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .build());
  }
}
