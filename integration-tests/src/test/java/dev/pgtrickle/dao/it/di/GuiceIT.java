package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.pgtrickle.dao.it.di.singleton.SingletonTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.model.OrderTotalsRepositoryImpl;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guice 7: just-in-time binding of the generated DAO; the module binds only the DataSource. By
 * default the DAO has no scope and the module may choose one; with {@code
 * -Apgtrickle.dao.scope=singleton} ({@link SingletonTotalsDao}) it is a singleton of the injector.
 */
class GuiceIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("guice_it");

  // tag::guice-injector[]
  private static Injector injector() {
    return Guice.createInjector(
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(DataSource.class).toInstance(SALES.pool());
            bind(OrderTotalsRepository.class).to(OrderTotalsRepositoryImpl.class);
          }
        });
  }

  // end::guice-injector[]

  @Test
  void theInjectorCreatesTheDaoJustInTime() {
    OrderTotalsDao dao = injector().getInstance(OrderTotalsDao.class);

    SalesFixture.assertSampleTotals(dao.findAll());
    assertEquals(
        List.of(SalesFixture.SAMPLE_TOTALS.get(0)),
        dao.query().where(OrderTotalsDao.REGION.eq("East")).list());
  }

  @Test
  void theInjectorCreatesTheFinderInterfaceImplementation() {
    SalesFixture.assertFinderReads(injector().getInstance(OrderTotalsRepository.class));
  }

  @Test
  void byDefaultTheDaoHasNoScope() {
    Injector injector = injector();

    assertNotSame(
        injector.getInstance(OrderTotalsDao.class), injector.getInstance(OrderTotalsDao.class));
  }

  @Test
  void theModuleChoosesTheScopeOfAnUnscopedDao() {
    Injector injector =
        Guice.createInjector(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(DataSource.class).toInstance(SALES.pool());
                bind(OrderTotalsDao.class).in(Singleton.class);
              }
            });

    assertSame(
        injector.getInstance(OrderTotalsDao.class), injector.getInstance(OrderTotalsDao.class));
  }

  @Test
  void withTheSingletonScopeOptionTheDaoIsASingletonOfTheInjector() {
    Injector injector = injector();

    assertSame(
        injector.getInstance(SingletonTotalsDao.class),
        injector.getInstance(SingletonTotalsDao.class));
    assertEquals(4, injector.getInstance(SingletonTotalsDao.class).count());
  }
}
