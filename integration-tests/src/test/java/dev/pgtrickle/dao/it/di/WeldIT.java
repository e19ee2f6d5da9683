package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pgtrickle.dao.it.di.singleton.SingletonTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CDI with Weld SE 6: the records' package is a bean archive in "all" discovery mode and bean
 * discovery finds the generated DAOs there. By default they have no scope, so CDI's
 * {@code @Dependent} applies; with {@code -Apgtrickle.dao.scope=singleton} ({@link
 * SingletonTotalsDao}) the {@code @Singleton} pseudo-scope makes one instance serve the application
 * without a client proxy (a final class cannot have one).
 */
class WeldIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("weld_it");

  // tag::cdi-producer[]
  /** The application's one producer: the pool. */
  @ApplicationScoped
  static class Pool {
    @Produces
    DataSource dataSource() {
      return SALES.pool();
    }
  }

  // end::cdi-producer[]

  private static WeldContainer boot() {
    // The records' package as a bean archive in "all" discovery mode, like a beans.xml with
    // bean-discovery-mode="all": @Singleton is no bean defining annotation, so CDI 4's default
    // "annotated" mode would not see the DAOs. See docs/dependency-injection.md.
    // tag::cdi-weld-se[]
    return new Weld()
        .disableDiscovery()
        .setBeanDiscoveryMode(BeanDiscoveryMode.ALL)
        .addPackages(OrderTotalsDao.class, SingletonTotalsDao.class)
        .addBeanClass(Pool.class)
        .initialize();
    // end::cdi-weld-se[]
  }

  @Test
  void beanDiscoveryFindsTheDaoWhichReadsThroughThePool() {
    try (WeldContainer container = boot()) {
      OrderTotalsDao dao = container.select(OrderTotalsDao.class).get();

      SalesFixture.assertSampleTotals(dao.findAll());
      SalesFixture.assertFinderReads(container.select(OrderTotalsRepository.class).get());
    }
  }

  @Test
  void byDefaultTheDaoIsDependent() {
    try (WeldContainer container = boot()) {
      assertEquals(Dependent.class, bean(container, OrderTotalsDao.class).getScope());
      assertNotSame(
          container.select(OrderTotalsDao.class).get(),
          container.select(OrderTotalsDao.class).get());
    }
  }

  @Test
  void withTheSingletonScopeOptionOneDaoServesTheApplication() {
    try (WeldContainer container = boot()) {
      assertEquals(Singleton.class, bean(container, SingletonTotalsDao.class).getScope());
      assertSame(
          container.select(SingletonTotalsDao.class).get(),
          container.select(SingletonTotalsDao.class).get());
      assertEquals(4, container.select(SingletonTotalsDao.class).get().count());
    }
  }

  private static Bean<?> bean(WeldContainer container, Class<?> type) {
    return container.getBeanManager().resolve(container.getBeanManager().getBeans(type));
  }
}
