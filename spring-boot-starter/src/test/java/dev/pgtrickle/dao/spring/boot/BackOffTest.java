package dev.pgtrickle.dao.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.spring.boot.sample.OrderLine;
import dev.pgtrickle.dao.spring.boot.sample.OrderLineDao;
import dev.pgtrickle.dao.spring.boot.sample.OrderLineRepository;
import dev.pgtrickle.dao.spring.boot.sample.RegionTotalDao;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter backs off per bean: a DAO, a finder implementation, the read policy and the watcher
 * that the application defines itself are the ones in the context, once, and the rest is still
 * registered. No database is needed: nothing is read.
 */
class BackOffTest {
  private static final DataSource UNUSED = new PGSimpleDataSource();
  private static final OrderLineDao OWN_DAO = new OrderLineDao(UNUSED);
  private static final ReadPolicy OWN_POLICY = ReadPolicy.fail();

  /** The application's own beans. */
  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean
    DataSource dataSource() {
      return UNUSED;
    }

    @Bean
    OrderLineDao myOrderLines() {
      return OWN_DAO;
    }

    @Bean
    OrderLineRepository myFinder() {
      return new OrderLineRepository() {
        @Override
        public List<OrderLine> findByRegionOrderByIdAsc(String region) {
          return List.of();
        }

        @Override
        public Page<OrderLine> findAllOrderById(PageRequest page) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Bean
    ReadPolicy myPolicy() {
      return OWN_POLICY;
    }

    @Bean(destroyMethod = "close")
    StreamTableWatcher myWatcher() {
      return StreamTableWatcher.builder(UNUSED).name("mine").build();
    }
  }

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  PgTrickleDaoAutoConfiguration.class, PgTrickleDaoHealthAutoConfiguration.class));

  @Test
  void theApplicationsOwnBeansWinAndTheRestIsStillRegistered() {
    runner
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertEquals(1, context.getBeansOfType(OrderLineDao.class).size());
              assertSame(OWN_DAO, context.getBean(OrderLineDao.class));
              assertEquals(1, context.getBeansOfType(OrderLineRepository.class).size());
              assertEquals(
                  List.of(),
                  context.getBean(OrderLineRepository.class).findByRegionOrderByIdAsc("x"));
              assertSame(OWN_POLICY, context.getBean(ReadPolicy.class));
              assertEquals("mine", context.getBean(StreamTableWatcher.class).name());
              assertEquals(1, context.getBeansOfType(RegionTotalDao.class).size());
              assertSame(UNUSED, context.getBean(DataSource.class));
            });
  }

  @Test
  void withoutOwnBeansEveryIndexedTypeIsRegisteredAndTheWatcherCanBeTurnedOff() {
    runner
        .withBean(DataSource.class, () -> UNUSED)
        .withPropertyValues("pgtrickle.dao.watcher.enabled=false")
        .run(
            context -> {
              assertEquals(1, context.getBeansOfType(OrderLineDao.class).size());
              assertEquals(1, context.getBeansOfType(OrderLineRepository.class).size());
              assertEquals(0, context.getBeansOfType(StreamTableWatcher.class).size());
              assertEquals(ReadPolicy.Mode.ACCEPT, context.getBean(ReadPolicy.class).mode());
              assertEquals(1, context.getBeanNamesForType(StreamTableHealthIndicator.class).length);
            });
  }

  @Test
  void withoutADataSourceTheStarterStaysOut() {
    runner.run(context -> assertEquals(0, context.getBeansOfType(OrderLineDao.class).size()));
  }
}
