package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.Binds;
import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.model.OrderTotalsRepositoryImpl;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dagger 2: the generated DAO is constructor-injectable with no module of its own; the application
 * provides only the {@link DataSource}. The DAO is {@code @Singleton}, so the component is too.
 */
class DaggerIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("dagger_it");

  /** Binds the finder interface to its generated implementation. */
  @Module
  interface Finders {
    @Binds
    OrderTotalsRepository finder(OrderTotalsRepositoryImpl implementation);
  }

  /** The application's component: one DataSource in, DAOs out. */
  @Singleton
  @Component(modules = Finders.class)
  interface Application {
    OrderTotalsDao orderTotals();

    OrderTotalsRepository finder();

    @Component.Factory
    interface Factory {
      Application create(@BindsInstance DataSource dataSource);
    }
  }

  @Test
  void theComponentInjectsTheDaoWhichReadsThroughThePool() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    SalesFixture.assertSampleTotals(application.orderTotals().findAll());
    assertEquals(4, application.orderTotals().count());
  }

  @Test
  void theComponentInjectsTheFinderInterfaceImplementation() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    SalesFixture.assertFinderReads(application.finder());
    assertSame(application.finder(), application.finder());
  }

  @Test
  void oneDaoServesTheComponent() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    assertSame(application.orderTotals(), application.orderTotals());
  }
}
