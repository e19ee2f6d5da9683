package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.LiveTotals;
import dev.pgtrickle.dao.it.model.LiveTotalsDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring 6: a DAO built on a {@link TransactionAwareDataSourceProxy} runs its DataSource methods on
 * the connection of the Spring-managed transaction, so on an IMMEDIATE stream table it reads what
 * the same {@code @Transactional} method wrote before it commits, and a rollback takes both back. A
 * DAO on the bare pool, in the same method, does not see the write: that is what proves the
 * connection is shared.
 */
class SpringTransactionIT {
  private static final String SOUTH = "South";

  private static TestDatabase database;
  private static DataSource pool;

  /** The application: a pool, Spring's transaction manager, the DAO on the aware proxy. */
  @Configuration
  @EnableTransactionManagement
  static class Application {
    @Bean
    PlatformTransactionManager transactionManager() {
      return new DataSourceTransactionManager(pool);
    }

    @Bean
    JdbcTemplate jdbcTemplate() {
      return new JdbcTemplate(pool);
    }

    // tag::spring-tx-bean[]
    @Bean
    LiveTotalsDao liveTotals() {
      return new LiveTotalsDao(new TransactionAwareDataSourceProxy(pool));
    }

    // end::spring-tx-bean[]

    @Bean
    Orders orders(JdbcTemplate jdbc, LiveTotalsDao liveTotals) {
      return new Orders(jdbc, liveTotals, new LiveTotalsDao(pool));
    }
  }

  /** What each transaction saw: through the aware DAO, and through a DAO on the bare pool. */
  record Seen(List<LiveTotals> inTransaction, List<LiveTotals> onAnotherConnection) {}

  /** An application service: writes an order and reads the live totals in one transaction. */
  public static class Orders {
    private final JdbcTemplate jdbc;
    private final LiveTotalsDao liveTotals;
    private final LiveTotalsDao outside;

    Orders(JdbcTemplate jdbc, LiveTotalsDao liveTotals, LiveTotalsDao outside) {
      this.jdbc = jdbc;
      this.liveTotals = liveTotals;
      this.outside = outside;
    }

    // tag::spring-tx-method[]
    /** Places an order and reads the region's totals before the transaction commits. */
    @Transactional
    public Seen placeAndRead(String region, String amount) {
      jdbc.update(
          "INSERT INTO orders (customer, region, amount) VALUES ('erin', ?, ?::numeric)",
          region,
          amount);
      return new Seen(
          liveTotals.query().where(LiveTotalsDao.REGION.eq(region)).list(),
          outside.query().where(LiveTotalsDao.REGION.eq(region)).list());
    }

    // end::spring-tx-method[]

    /** Like {@link #placeAndRead}, then fails, so the transaction rolls back. */
    @Transactional
    public Seen placeReadAndFail(String region, String amount) {
      Seen seen = placeAndRead(region, amount);
      throw new SeenThenFailed(seen);
    }
  }

  /** Carries what the failed transaction saw out of it. */
  static final class SeenThenFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Seen seen;

    SeenThenFailed(Seen seen) {
      super("rolled back on purpose");
      this.seen = seen;
    }
  }

  @BeforeAll
  static void createDatabase() throws SQLException {
    database = TestDatabase.create("spring_transaction_it");
    pool = database.pool(4);
    Sql.run(
        pool,
        Sales.ORDERS,
        "SELECT pgtrickle.create_stream_table('public.live_totals', $q$"
            + Sales.ORDER_TOTALS_QUERY
            + "$q$, refresh_mode => 'IMMEDIATE')");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    database.close();
  }

  @Test
  void aTransactionalMethodReadsItsOwnWriteThroughTheDao() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(Application.class)) {
      Orders orders = context.getBean(Orders.class);
      LiveTotalsDao liveTotals = context.getBean(LiveTotalsDao.class);

      Seen seen = orders.placeAndRead(SOUTH, "7.25");

      LiveTotals south = new LiveTotals(SOUTH, 1, new BigDecimal("7.25"));
      assertEquals(List.of(south), seen.inTransaction(), "the DAO shares the transaction");
      assertEquals(List.of(), seen.onAnotherConnection(), "nothing is committed yet");
      assertEquals(
          List.of(south),
          liveTotals.query().where(LiveTotalsDao.REGION.eq(SOUTH)).list(),
          "committed afterwards");
    }
  }

  @Test
  void aRollbackTakesBackWhatTheDaoSawInTheTransaction() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(Application.class)) {
      Orders orders = context.getBean(Orders.class);
      LiveTotalsDao liveTotals = context.getBean(LiveTotalsDao.class);

      SeenThenFailed failed =
          assertThrows(SeenThenFailed.class, () -> orders.placeReadAndFail("Nowhere", "1.00"));

      assertEquals(
          List.of(new LiveTotals("Nowhere", 1, new BigDecimal("1.00"))),
          failed.seen.inTransaction());
      assertEquals(
          List.of(),
          liveTotals.query().where(LiveTotalsDao.REGION.eq("Nowhere")).list(),
          "rolled back");
      assertEquals(0L, Sql.value(pool, "SELECT count(*) FROM orders WHERE region = 'Nowhere'"));
    }
  }
}
