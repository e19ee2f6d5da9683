package dev.pgtrickle.dao.it.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.support.PgBouncer;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.SqlScripts;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every read path through a real PgBouncer in transaction pooling mode with one server
 * connection, so that every client shares one backend and anything that relied on a session would
 * break: the pipelined read-only transaction, statements run often enough to be prepared, cursors,
 * fresh reads, freshness, refresh and read-your-writes. Subscriptions (LISTEN) need a direct
 * connection, proven both ways. Skipped, with the reason printed, only where pgbouncer is not
 * installed ({@code .ci/run} installs it).
 *
 * <p>pgjdbc settings: with PgBouncer older than 1.21 (Debian 12 ships 1.18), or with {@code
 * max_prepared_statements = 0}, {@code prepareThreshold=0}: pgjdbc then never names server-side
 * prepared statements, which the pooled backends would otherwise share and collide on (proven
 * below). From 1.21 with {@code max_prepared_statements} above zero, PgBouncer tracks
 * protocol-level prepared statements itself and pgjdbc's defaults work.
 */
class PgBouncerIT {
  private static final Pattern SERVER = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/.*$");

  private static TestDatabase db;
  private static PgBouncer bouncer;
  private static HikariDataSource pooled;
  private static boolean protocolPrepared;

  @BeforeAll
  static void startPgBouncer() throws Exception {
    if (PgBouncer.executable() == null) {
      String why =
          "pgbouncer is not installed (run .ci/run as root, or apt-get install pgbouncer):"
              + " PgBouncerIT is SKIPPED";
      System.err.println("[PgBouncerIT] " + why);
      Assumptions.abort(why);
    }
    db = TestDatabase.create("pgbouncer_it");
    db.execute(String.join(";\n", RegionCounts.CREATE));
    db.execute(String.join(";\n", Numbered.CREATE));
    Matcher server = SERVER.matcher(db.jdbcUrl());
    assertTrue(server.matches(), db.jdbcUrl());
    int[] version = PgBouncer.version();
    protocolPrepared = version[0] > 1 || version[1] >= 21;
    bouncer =
        PgBouncer.start(
            server.group(1),
            Integer.parseInt(server.group(2)),
            db.user(),
            db.password(),
            1,
            protocolPrepared ? "max_prepared_statements = 100" : "");
    HikariConfig config = new HikariConfig();
    config.setPoolName("pgbouncer-it");
    config.setJdbcUrl(bouncer.jdbcUrl(db.name()) + "?prepareThreshold=0");
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(4);
    pooled = new HikariDataSource(config);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (pooled != null) {
        pooled.close();
      }
      if (bouncer != null) {
        bouncer.close();
      }
    } finally {
      if (db != null) {
        db.close();
      }
    }
  }

  private static Connection throughPooler(String parameters) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", db.user());
    properties.setProperty("password", db.password());
    return DriverManager.getConnection(bouncer.jdbcUrl(db.name()) + parameters, properties);
  }

  private static String scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  @Test
  void clientsShareOneServerBackendSoTheReadsBelowReallyAreTransactionPooled() throws Exception {
    try (Connection a = pooled.getConnection();
        Connection b = pooled.getConnection()) {
      assertEquals(
          scalar(a, "SELECT pg_backend_pid()"),
          scalar(b, "SELECT pg_backend_pid()"),
          "two clients, one server connection");
    }
  }

  @Test
  void everyReadPathWorksRepeatedlyThroughThePooler() throws Exception {
    RegionCountsDao dao = new RegionCountsDao(pooled);
    NumberedDao numbered = new NumberedDao(pooled);
    List<String> regions =
        List.of(
            db.scalar("SELECT string_agg(region, ',' ORDER BY region) FROM region_counts")
                .split(","));
    for (int i = 0; i < 12; i++) { // past pgjdbc's default prepareThreshold (5), twice over
      assertEquals(regions, dao.findAll().stream().map(RegionCounts::region).sorted().toList());
      assertEquals(regions.size(), dao.count());
      assertEquals(1, dao.query().where(RegionCountsDao.REGION.eq("East")).list().size());
      assertEquals(0, dao.query().where(RegionCountsDao.REGION.eq("Mars")).list().size());
      Fresh<List<RegionCounts>> fresh = dao.query().listFresh();
      assertEquals(regions.size(), fresh.value().size());
      assertEquals(Freshness.Status.ACTIVE, fresh.freshness().status());
      assertEquals(
          regions.size(),
          dao.query().listFresh(ReadPolicy.fail(Duration.ofHours(1))).value().size());
      assertTrue(dao.freshness().isPopulated());
    }
    try (Connection connection = pooled.getConnection()) {
      assertEquals(
          List.of(4321L),
          numbered.on(connection).query().where(NumberedDao.N.eq(4321L)).list().stream()
              .map(Numbered::n)
              .toList(),
          "on the caller's pooled connection");
    }
  }

  @Test
  void cursorsStreamInBatchesInsideOneTransactionThroughThePooler() throws Exception {
    NumberedDao numbered = new NumberedDao(pooled);
    try (Stream<Numbered> rows = numbered.streamAll()) {
      assertEquals(12_502_500L, rows.mapToLong(Numbered::n).sum(), "5,000 rows in 5 fetches");
    }
    try (Stream<Numbered> rows = numbered.streamAll()) {
      assertEquals(List.of(1L, 2L, 3L), rows.limit(3).map(Numbered::n).toList());
    } // closed after part of the first fetch: the transaction ends, the backend goes back
    try (Connection connection = pooled.getConnection();
        Stream<Numbered> rows = numbered.on(connection).streamAll()) {
      assertEquals(5000, rows.count(), "on the caller's pooled connection");
    }
    assertEquals(0, pooled.getHikariPoolMXBean().getActiveConnections(), "none leaked");
  }

  @Test
  void refreshAndReadYourWritesWorkThroughThePooler() throws Exception {
    RegionCountsDao dao = new RegionCountsDao(pooled);
    StreamTableRefresher refresher = new StreamTableRefresher(pooled);
    db.execute("INSERT INTO orders (region) VALUES ('West')");
    FreshnessToken token;
    try (Connection connection = pooled.getConnection()) {
      token = StreamTables.markWrite(connection);
    }
    StreamTables.awaitFresherThan(dao, token, Duration.ofSeconds(30), refresher);
    assertEquals(2, dao.count(), "the write is read after the wait");
    db.execute("INSERT INTO orders (region) VALUES ('North')");
    Fresh<List<RegionCounts>> refreshed =
        dao.query().listFresh(refresher.refreshing(Duration.ofNanos(1)));
    assertEquals(3, refreshed.value().size(), "REFRESH policy: refreshed, then read again");
  }

  @Test
  void withoutPrepareThresholdZeroOldPgBouncersMixUpPreparedStatements() throws Exception {
    Assumptions.assumeFalse(
        protocolPrepared,
        "this PgBouncer tracks prepared statements (1.21+ with max_prepared_statements)");
    RegionCountsDao dao = new RegionCountsDao(pooled);
    try (Connection first = throughPooler("");
        Connection second = throughPooler("")) {
      for (int i = 0; i < 6; i++) {
        dao.on(first).findAll(); // the fifth run names its statements on the shared backend
      }
      StreamTableException e =
          assertThrows(
              StreamTableException.class,
              () -> {
                for (int i = 0; i < 6; i++) {
                  dao.on(second).findAll();
                }
              });
      assertTrue(
          List.of("42P05", "26000").contains(e.sqlState().orElse("")),
          "a second client names the same statements on the same backend: " + e);
    }
  }

  @Test
  void listenThroughThePoolerLandsOnASharedBackendSoSubscriptionsUseADirectConnection()
      throws Exception {
    try (Connection a = throughPooler("?prepareThreshold=0");
        Connection b = throughPooler("?prepareThreshold=0")) {
      SqlScripts.run(a, "LISTEN pgbouncer_it_probe");
      assertEquals(
          "pgbouncer_it_probe",
          scalar(b, "SELECT string_agg(c, ',') FROM pg_listening_channels() c"),
          "another client's session holds the LISTEN: its notifications go to whoever runs there");
      SqlScripts.run(a, "UNLISTEN *");
    }
    RegionCountsDao dao = new RegionCountsDao(pooled);
    LinkedBlockingQueue<StreamTableEvent> events = new LinkedBlockingQueue<>();
    try (StreamTableWatcher watcher = StreamTableWatcher.builder(db.dataSource()).build()) {
      watcher.subscribe(dao, events::add);
      try (Connection connection = pooled.getConnection()) {
        SqlScripts.run(
            connection,
            "SELECT pgtrickle_test.emit_refresh_completed("
                + "'public', 'region_counts', 'FULL', 1, 0, 5)");
      }
      StreamTableEvent event =
          Poll.value("the direct watcher gets the event", Duration.ofSeconds(30), events::poll);
      assertEquals(StreamTableEvent.Kind.REFRESH_COMPLETED, event.kind());
      assertEquals(StreamTableName.of("public", "region_counts"), event.streamTable());
    }
  }
}
