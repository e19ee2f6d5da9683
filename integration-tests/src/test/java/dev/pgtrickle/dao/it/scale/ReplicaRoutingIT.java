package dev.pgtrickle.dao.it.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.StreamingReplica;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.RefreshResult;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.ReplicaRouting;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 16: reads routed between a primary and a real hot standby in streaming replication (two
 * embedded PostgreSQL 18 servers, {@link StreamingReplica}). Replay is paused with {@code
 * pg_wal_replay_pause()} so the standby holds older rows than the primary: which rows a read
 * returns tells which server served it. Nothing sleeps: every wait polls a condition on a server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last one stops the standby
class ReplicaRoutingIT {
  /** The budget of the reads that a paused standby must fail once it is older than this. */
  private static final Duration SHORT = Duration.ofSeconds(2);

  private static StreamingReplica servers;
  private static HikariDataSource primaryPool;
  private static HikariDataSource standbyPool;

  @BeforeAll
  static void startServers() throws Exception {
    servers = StreamingReplica.start();
    servers.onPrimary(RegionCounts.CREATE);
    servers.awaitReplay();
    primaryPool = pool("primary", servers.primary().getURL());
    standbyPool = pool("standby", servers.standbyUrl());
  }

  private static HikariDataSource pool(String name, String url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("replica-it-" + name);
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setMaximumPoolSize(3);
    config.setConnectionTimeout(1000);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  @AfterAll
  static void stopServers() throws Exception {
    try {
      if (standbyPool != null) {
        standbyPool.close();
      }
      if (primaryPool != null) {
        primaryPool.close();
      }
    } finally {
      if (servers != null) {
        servers.close();
      }
    }
  }

  private static List<String> regions(List<RegionCounts> rows) {
    return rows.stream().map(RegionCounts::region).sorted().toList();
  }

  private static void pauseReplay() throws SQLException {
    servers.onStandby("SELECT pg_wal_replay_pause()");
    Poll.until(
        "replay is paused",
        () -> "paused".equals(standbyScalar("SELECT pg_get_wal_replay_pause_state()")));
  }

  private static String standbyScalar(String sql) {
    try {
      return servers.standbyScalar(sql);
    } catch (SQLException e) {
      return null;
    }
  }

  private static ReplicaRouting routingAs(String user) {
    PGSimpleDataSource primary = servers.primary();
    primary.setUser(user);
    PGSimpleDataSource standby = servers.standby();
    standby.setUser(user);
    return ReplicaRouting.builder(primary).standby("standby1", standby).build();
  }

  @Test
  @Order(0)
  void theScalingOutPagesRoutingServesReadsAndRefreshesThroughThePrimary() throws Exception {
    HikariDataSource replicaAPool = standbyPool;
    HikariDataSource replicaBPool = standbyPool; // the same standby under a second name
    // tag::replica-routing[]
    ReplicaRouting dataSource =
        ReplicaRouting.builder(primaryPool)
            .standby("replica-a", replicaAPool)
            .standby("replica-b", replicaBPool)
            .maxReplayLag(Duration.ofSeconds(30)) // skip a standby further behind (default 30 s)
            .remeasureAfter(Duration.ofSeconds(1)) // measure a standby at most this often (1 s)
            .retryAfter(Duration.ofSeconds(1), Duration.ofSeconds(30)) // back-off when sick
            .build();

    RegionCountsDao orders = new RegionCountsDao(dataSource); // reads: routed
    StreamTableRefresher refresher = new StreamTableRefresher(dataSource); // the primary
    // end::replica-routing[]

    assertEquals(
        List.of("replica-a", "replica-b"),
        dataSource.standbys().stream().map(ReplicaRouting.Standby::name).toList());
    assertEquals(List.of("East"), regions(orders.findAll()));
    assertEquals(
        RefreshResult.Outcome.REFRESHED, refresher.refresh(RegionCountsDao.STREAM_TABLE).outcome());
    servers.awaitReplay();
    assertEquals(List.of("East"), regions(orders.findAll()));
  }

  @Test
  @Order(1)
  void aReaderWithoutTheCatalogGrantIsServedByThePrimaryAndTheRoutingSaysWhy() throws Exception {
    servers.onPrimary(
        "CREATE ROLE scale_reader LOGIN IN ROLE pgtrickle_reader",
        "GRANT SELECT ON region_counts TO scale_reader",
        "CREATE ROLE scale_catalog_reader LOGIN IN ROLE pgtrickle_reader",
        "GRANT SELECT ON region_counts, pgtrickle.pgt_stream_tables TO scale_catalog_reader");
    servers.awaitReplay();
    pauseReplay();
    servers.onPrimary("INSERT INTO orders (region) VALUES ('Mars')", RegionCounts.REFRESH);
    try {
      ReplicaRouting bare = routingAs("scale_reader");
      assertEquals(
          List.of("East", "Mars"),
          regions(new RegionCountsDao(bare).findAll()),
          "pgtrickle_reader alone cannot read the table's age on the standby: the primary serves");
      ReplicaRouting.Standby standby = bare.standbys().get(0);
      assertTrue(standby.problem().orElseThrow().contains("42501"), standby.toString());
      ReplicaRouting granted = routingAs("scale_catalog_reader");
      assertEquals(
          List.of("East"),
          regions(new RegionCountsDao(granted).findAll()),
          "with SELECT on pgtrickle.pgt_stream_tables the standby is judged, and serves: "
              + granted.standbys());
    } finally {
      servers.onPrimary("DELETE FROM orders WHERE region = 'Mars'", RegionCounts.REFRESH);
      servers.onStandby("SELECT pg_wal_replay_resume()");
      servers.awaitReplay();
    }
  }

  @Test
  @Order(3)
  void readsFollowTheStandbysEffectiveAgeFallBackToThePrimaryAndComeBack() throws Exception {
    ReplicaRouting routing =
        ReplicaRouting.builder(primaryPool)
            .standby("standby1", standbyPool)
            .remeasureAfter(Duration.ZERO)
            .retryAfter(Duration.ofMillis(50), Duration.ofMillis(200))
            .build();
    // A second routing over the same servers, with a replay-lag limit of two seconds: its state
    // (health, back-off, read-your-writes positions) is its own.
    ReplicaRouting strict =
        ReplicaRouting.builder(primaryPool)
            .standby("standby1", standbyPool)
            .maxReplayLag(SHORT)
            .remeasureAfter(Duration.ZERO)
            .retryAfter(Duration.ofMillis(50), Duration.ofMillis(200))
            .build();
    RegionCountsDao dao = new RegionCountsDao(routing);
    RegionCountsDao strictDao = new RegionCountsDao(strict);

    // 1. A fresh standby serves: replay paused, the primary moves on, the standby keeps "East".
    pauseReplay();
    servers.onPrimary("INSERT INTO orders (region) VALUES ('West')", RegionCounts.REFRESH);
    assertEquals(List.of("East"), regions(dao.findAll()), "an hour's budget: the standby serves");
    assertEquals(1, dao.count());
    assertEquals(List.of("East"), regions(dao.query().list()));
    try (Stream<RegionCounts> rows = dao.streamAll()) {
      assertEquals(1, rows.count(), "a cursor on the standby");
    }
    assertEquals(ReplicaRouting.Health.UP, routing.standbys().get(0).health());

    // 2. Too old for a two-second budget: the primary serves, the standby stays healthy.
    Poll.until(
        "the standby's copy is older than " + SHORT,
        () ->
            "t"
                .equals(
                    standbyScalar(
                        "SELECT now() - last_refresh_at > interval '2 seconds'"
                            + " FROM pgtrickle.pgt_stream_tables"
                            + " WHERE pgt_name = 'region_counts'")));
    assertEquals(
        List.of("East", "West"),
        regions(dao.query().listFresh(ReadPolicy.accept(SHORT)).value()),
        "too old for the read's budget: the primary serves");
    assertEquals(
        List.of("East", "West"), regions(dao.query().listFresh(ReadPolicy.fail(SHORT)).value()));
    assertEquals(List.of("East"), regions(dao.findAll()), "the hour's budget still fits");
    assertEquals(ReplicaRouting.Health.UP, routing.standbys().get(0).health());

    // 3. Replay lag past the strict routing's limit: skipped whatever the budget, and backed off.
    Poll.until(
        "the standby's replay lag passes " + SHORT,
        () ->
            "t"
                .equals(
                    standbyScalar(
                        "SELECT now() - pg_last_xact_replay_timestamp() > interval '2 seconds'")));
    assertEquals(List.of("East", "West"), regions(strictDao.findAll()), "lagging: the primary");
    ReplicaRouting.Standby lagging = strict.standbys().get(0);
    assertEquals(ReplicaRouting.Health.LAGGING, lagging.health(), lagging.toString());
    assertTrue(lagging.replayLag().orElseThrow().compareTo(SHORT) > 0, lagging.toString());

    // 4. Recovery: a refresh on the primary, replay resumed and caught up; paused again while
    // "North" arrives, so the standby's rows still differ from the primary's.
    servers.onPrimary(RegionCounts.REFRESH);
    servers.onStandby("SELECT pg_wal_replay_resume()");
    servers.awaitReplay();
    pauseReplay();
    servers.onPrimary("INSERT INTO orders (region) VALUES ('North')");
    FreshnessToken token;
    try (Connection connection = primaryPool.getConnection()) {
      token = StreamTables.markWrite(connection);
    }
    servers.onPrimary(RegionCounts.REFRESH);
    assertEquals(
        List.of("East", "West"),
        regions(dao.query().listFresh(ReadPolicy.accept(SHORT)).value()),
        "replayed the last refresh: within the short budget again, the standby serves");
    Poll.until(
        "the strict routing retries the standby after its back-off and uses it again",
        () -> regions(strictDao.findAll()).equals(List.of("East", "West")));
    assertEquals(ReplicaRouting.Health.UP, strict.standbys().get(0).health());

    // 5. Read your writes: after the wait (on the primary), reads skip the standby until it has
    // replayed past the primary's position; the other routing is not affected.
    StreamTables.awaitFresherThan(dao, token, Duration.ofSeconds(30));
    assertEquals(List.of("East", "North", "West"), regions(dao.findAll()), "the write is read");
    assertEquals(List.of("East", "West"), regions(strictDao.findAll()), "no wait, no fence");
    servers.onStandby("SELECT pg_wal_replay_resume()");
    servers.awaitReplay();
    assertEquals(List.of("East", "North", "West"), regions(dao.findAll()));

    // 6. The standby goes down: reads go to the primary without failing, and it is backed off.
    servers.onStandby("SELECT pg_wal_replay_pause()");
    servers.onPrimary("INSERT INTO orders (region) VALUES ('South')", RegionCounts.REFRESH);
    servers.stopStandby();
    assertEquals(List.of("East", "North", "South", "West"), regions(dao.findAll()));
    ReplicaRouting.Standby down = routing.standbys().get(0);
    assertEquals(ReplicaRouting.Health.DOWN, down.health(), down.toString());
    assertTrue(down.problem().orElseThrow().startsWith("cannot connect"), down.toString());
    assertEquals(4, dao.count(), "skipped while backed off, retried and still down: the primary");
    assertEquals(0, primaryPool.getHikariPoolMXBean().getActiveConnections(), "none leaked");
    assertEquals(0, standbyPool.getHikariPoolMXBean().getActiveConnections(), "none leaked");
  }

  @Test
  @Order(2)
  void theRoutingIsTheDataSourceOfEverythingElseAndThatIsThePrimary() throws Exception {
    ReplicaRouting routing = ReplicaRouting.builder(primaryPool).standby("s", standbyPool).build();
    DataSource dataSource = routing;
    try (Connection connection = dataSource.getConnection()) {
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery("SELECT pg_is_in_recovery()")) {
        rows.next();
        assertEquals(false, rows.getBoolean(1), "getConnection() is the primary's");
      }
    }
    assertTrue(routing.isWrapperFor(HikariDataSource.class));
    assertEquals(primaryPool, routing.unwrap(HikariDataSource.class));
  }
}
