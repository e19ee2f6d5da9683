package dev.pgtrickle.dao.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.micrometer.StreamTableMetrics;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import dev.pgtrickle.dao.spring.boot.sample.LiveRegion;
import dev.pgtrickle.dao.spring.boot.sample.LiveRegionDao;
import dev.pgtrickle.dao.spring.boot.sample.OrderLine;
import dev.pgtrickle.dao.spring.boot.sample.OrderLineDao;
import dev.pgtrickle.dao.spring.boot.sample.OrderLineRepository;
import dev.pgtrickle.dao.spring.boot.sample.RegionTotalDao;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter in a real Spring Boot application on PostgreSQL 18: the sample's DAOs and finder
 * interface are beans with no wiring, on Boot's data source; the properties are bound; the health
 * indicator goes DOWN when a table is suspended; the metrics move.
 */
class StarterIT {
  private static TestDatabase db;
  private static ConfigurableApplicationContext context;

  @BeforeAll
  static void start() throws SQLException {
    db = SampleDatabase.create("starter_it", 200);
    context =
        SampleDatabase.start(
            db,
            "spring.main.web-application-type=none",
            "pgtrickle.dao.read.policy=fail",
            "pgtrickle.dao.read.max-staleness=2h",
            "pgtrickle.dao.health.over-budget-status=STALE",
            "pgtrickle.dao.metrics.catalog-interval=0s",
            "pgtrickle.dao.watcher.poll-interval=200ms");
  }

  @AfterAll
  static void stop() throws SQLException {
    if (context != null) {
      context.close();
    }
    db.close();
  }

  private static long sourceCount(String condition) {
    Long count =
        context
            .getBean(JdbcTemplate.class)
            .queryForObject("SELECT count(*) FROM orders WHERE " + condition, Long.class);
    return count == null ? -1 : count;
  }

  @Test
  void everyGeneratedDaoAndFinderIsABeanOnBootsDataSource() {
    OrderLineDao lines = context.getBean(OrderLineDao.class);
    assertEquals(sourceCount("TRUE"), lines.count());
    OrderLineRepository finder = context.getBean(OrderLineRepository.class);
    List<OrderLine> r1 = finder.findByRegionOrderByIdAsc("r1");
    assertEquals(sourceCount("region = 'r1'"), r1.size());
    assertNotNull(context.getBean(RegionTotalDao.class));
    assertEquals(
        List.of("orderLineDao", "orderLineRepositoryImpl", "regionTotalDao"),
        List.of(
            context.getBeanNamesForType(OrderLineDao.class)[0],
            context.getBeanNamesForType(OrderLineRepository.class)[0],
            context.getBeanNamesForType(RegionTotalDao.class)[0]));
    // The DAOs' data source is no candidate for injection: the application keeps one DataSource.
    assertNotNull(context.getBean(DataSource.class));
    assertNotNull(context.getBean(JdbcTemplate.class));
  }

  @Test
  void daosJoinSpringManagedTransactions() {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    LiveRegionDao live = context.getBean(LiveRegionDao.class);
    TransactionTemplate transaction =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    transaction.executeWithoutResult(
        status -> {
          jdbc.update("INSERT INTO orders VALUES (1000000, 'tx', 'in-tx', 1)");
          // The IMMEDIATE table holds the uncommitted order only on the transaction's connection.
          assertEquals(
              List.of(new LiveRegion("in-tx", 1)),
              live.query().where(LiveRegionDao.REGION.eq("in-tx")).list());
          status.setRollbackOnly();
        });
    assertEquals(List.of(), live.query().where(LiveRegionDao.REGION.eq("in-tx")).list());
  }

  @Test
  void propertiesAreBound() {
    PgTrickleDaoProperties properties = context.getBean(PgTrickleDaoProperties.class);
    assertEquals(PgTrickleDaoProperties.Policy.FAIL, properties.getRead().getPolicy());
    assertEquals(Duration.ofHours(2), properties.getRead().getMaxStaleness());
    assertEquals("STALE", properties.getHealth().getOverBudgetStatus());
    assertEquals(Duration.ZERO, properties.getMetrics().getCatalogInterval());
    assertEquals(Duration.ofMillis(200), properties.getWatcher().getPollInterval());
    assertTrue(properties.isTransactionAware());
    ReadPolicy policy = context.getBean(ReadPolicy.class);
    assertEquals(ReadPolicy.Mode.FAIL, policy.mode());
    assertEquals(Duration.ofHours(2), policy.maxStaleness().orElseThrow());
    assertEquals("pgtrickle-dao-watcher", context.getBean(StreamTableWatcher.class).name());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(Health health, String name) {
    return (Map<String, Object>)
        ((Map<String, Object>) health.getDetails().get("tables")).get(name);
  }

  @Test
  void healthIsUpThenOverBudgetThenDownWhenATableIsSuspended() throws SQLException {
    HealthIndicator indicator = context.getBean("pgtrickleHealthIndicator", HealthIndicator.class);
    // region_totals was never refreshed: not populated, so over budget.
    Health never = indicator.health();
    assertEquals(new Status("STALE"), never.getStatus());
    assertEquals(false, table(never, "public.region_totals").get("populated"));
    assertEquals("UP", table(never, "public.order_lines").get("health"));
    assertEquals("PT1H", table(never, "public.order_lines").get("budget"), "the record's budget");
    assertEquals(
        "PT2H", table(never, "public.region_totals").get("budget"), "the property's budget");

    SampleDatabase.refresh(db, "public.region_totals");
    Health up = indicator.health();
    assertEquals(Status.UP, up.getStatus());
    assertEquals("ACTIVE", table(up, "public.region_totals").get("status"));

    SampleDatabase.run(
        db, "SELECT pgtrickle.alter_stream_table('public.region_totals', status => 'SUSPENDED')");
    try {
      Health down = indicator.health();
      assertEquals(Status.DOWN, down.getStatus());
      assertEquals("SUSPENDED", table(down, "public.region_totals").get("status"));
      assertEquals("DOWN", table(down, "public.region_totals").get("health"));
      String text = down.toString();
      assertFalse(text.contains("jdbc:"), text);
      assertFalse(text.contains("SELECT"), text);
      assertFalse(text.contains(db.user() + "@"), text);
    } finally {
      SampleDatabase.run(db, "SELECT pgtrickle.resume_stream_table('public.region_totals')");
    }
    assertEquals(Status.UP, indicator.health().getStatus());
  }

  private static double age(MeterRegistry registry) {
    return registry
        .get(StreamTableMetrics.AGE)
        .tag("table", "public.order_lines")
        .timeGauge()
        .value(TimeUnit.SECONDS);
  }

  @Test
  void metricsMoveWithReadsRefreshesAndEvents() throws SQLException {
    MeterRegistry registry = context.getBean(MeterRegistry.class);
    OrderLineDao lines = context.getBean(OrderLineDao.class);

    double before = age(registry);
    assertTrue(before >= 0, "age " + before + ", freshness " + lines.freshness());
    Poll.until("the age gauge grows", () -> age(registry) > before);
    double grown = age(registry);
    SampleDatabase.refresh(db, "public.order_lines");
    Poll.until("the age gauge drops after a refresh", () -> age(registry) < grown);

    long reads = count(registry.find(StreamTableMetrics.READS).tag("method", "findAll"));
    lines.findAll();
    assertEquals(
        reads + 1, count(registry.find(StreamTableMetrics.READS).tag("method", "findAll")));

    Search fresh =
        registry
            .find(StreamTableMetrics.FRESH_READS)
            .tags("table", "public.order_lines", "verdict", "fresh");
    double freshBefore = fresh.counter() == null ? 0 : fresh.counter().count();
    assertEquals(Fresh.Verdict.FRESH, lines.query().listFresh().verdict());
    assertEquals(freshBefore + 1, fresh.counter().count());

    // The watcher subscribed for the metrics: a scheduler event counts as a refresh outcome.
    SampleDatabase.run(
        db,
        "SELECT pgtrickle_test.emit_refresh_completed('public', 'order_lines', 'FULL', 3, 0, 5)");
    Poll.until(
        "a completed refresh is counted",
        () -> {
          var counter =
              registry
                  .find(StreamTableMetrics.REFRESHES)
                  .tags("table", "public.order_lines", "outcome", "done")
                  .counter();
          return counter != null && counter.count() >= 1;
        });

    // A manual refresh through a refresher on an observed data source counts as well, by outcome.
    StreamTableMetrics metrics = context.getBean(StreamTableMetrics.class);
    StreamTableRefresher refresher =
        new StreamTableRefresher(
            StreamTableObserver.observe(context.getBean(DataSource.class), metrics));
    refresher.refresh(OrderLineDao.STREAM_TABLE);
    assertEquals(1, refreshes(registry, "public.order_lines", "done"));
    SampleDatabase.run(
        db, "SELECT pgtrickle.alter_stream_table('public.order_lines', status => 'SUSPENDED')");
    try {
      assertThrows(
          StreamTableSuspendedException.class, () -> refresher.refresh(OrderLineDao.STREAM_TABLE));
    } finally {
      SampleDatabase.run(db, "SELECT pgtrickle.resume_stream_table('public.order_lines')");
    }
    assertEquals(1, refreshes(registry, "public.order_lines", "failed"));

    // A lost LISTEN connection: one reconnect, and a missed-events signal per table.
    SampleDatabase.run(
        db,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE application_name = 'pgtrickle-dao-watcher'");
    Poll.until(
        "the reconnect is counted",
        () -> {
          var counter =
              registry
                  .find(StreamTableMetrics.RECONNECTS)
                  .tag("watcher", "pgtrickle-dao-watcher")
                  .counter();
          return counter != null && counter.count() >= 1;
        });
    Poll.until(
        "the missed-events signal is counted",
        () -> {
          var counter =
              registry
                  .find(StreamTableMetrics.MISSED)
                  .tag("table", "public.region_totals")
                  .counter();
          return counter != null && counter.count() >= 1;
        });
    assertInstanceOf(StreamTableMetrics.class, context.getBean(StreamTableMetrics.class));
  }

  private static double refreshes(MeterRegistry registry, String table, String outcome) {
    var counter =
        registry
            .find(StreamTableMetrics.REFRESHES)
            .tags("table", table, "outcome", outcome, "source", "refresher")
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private static long count(Search search) {
    return search.timers().stream().mapToLong(timer -> timer.count()).sum();
  }
}
