package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.model.OrderTotalsRepositoryImpl;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Guice 7: just-in-time binding of the generated DAO; the module binds only the DataSource. */
class GuiceIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("guice_it");

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

  @Test
  void theInjectorCreatesTheDaoJustInTime() {
    OrderTotalsDao dao = injector().getInstance(OrderTotalsDao.class);

    SalesFixture.assertSampleTotals(dao.findAll());
    assertEquals(List.of(SalesFixture.SAMPLE_TOTALS.get(0)), dao.findByRegion("East"));
  }

  @Test
  void theInjectorCreatesTheFinderInterfaceImplementation() {
    Injector injector = injector();

    SalesFixture.assertFinderReads(injector.getInstance(OrderTotalsRepository.class));
    assertSame(
        injector.getInstance(OrderTotalsRepository.class),
        injector.getInstance(OrderTotalsRepository.class));
  }

  @Test
  void theDaoIsASingletonOfTheInjector() {
    Injector injector = injector();

    assertSame(
        injector.getInstance(OrderTotalsDao.class), injector.getInstance(OrderTotalsDao.class));
  }
}
