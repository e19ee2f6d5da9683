package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.docs.quickstart.OrderTotalsDao;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.micrometer.StreamTableMetrics;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The observability page's example (docs/observability.md) against PostgreSQL 18. */
class ObservabilityDocsIT {
  private static TestDatabase db;
  private static HikariDataSource pool;

  @BeforeAll
  static void createTheStreamTable() throws SQLException {
    db = TestDatabase.create("observability_docs_it");
    Sales.createAll(db.dataSource());
    Sales.sampleOrders(db.dataSource());
    Sql.refresh(db.dataSource(), "public.order_totals");
    pool = db.pool(2);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void readsAreTimedAndTheTablesAgeIsAGauge() {
    MeterRegistry registry = new SimpleMeterRegistry();
    // tag::metrics[]
    List<StreamTableDao<?>> daos = new CopyOnWriteArrayList<>(); // the tables the gauges watch
    StreamTableMetrics metrics =
        StreamTableMetrics.builder(() -> daos).catalogInterval(Duration.ofSeconds(10)).build();
    DataSource observed = StreamTableObserver.observe(pool, metrics);
    OrderTotalsDao orderTotals = new OrderTotalsDao(observed); // its reads are timed
    daos.add(orderTotals);
    metrics.bindTo(registry);
    // end::metrics[]

    assertEquals(4, orderTotals.findAll().size());
    assertEquals(
        1,
        registry
            .get(StreamTableMetrics.READS)
            .tags("table", "public.order_totals", "method", "findAll", "outcome", "success")
            .timer()
            .count());
    double age =
        registry
            .get(StreamTableMetrics.AGE)
            .tag("table", "public.order_totals")
            .timeGauge()
            .value(TimeUnit.SECONDS);
    assertTrue(age >= 0 && age < 600, "age " + age);
  }
}
