package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.Binds;
import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dev.pgtrickle.dao.it.di.singleton.SingletonTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import dev.pgtrickle.dao.it.model.OrderTotalsRepositoryImpl;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dagger 2: the generated DAO is constructor-injectable with no module of its own; the application
 * provides only the {@link DataSource}. By default the DAO has no scope, so a component without one
 * injects it; with {@code -Apgtrickle.dao.scope=singleton} ({@link SingletonTotalsDao}) the DAO is
 * {@code @Singleton}, which Dagger accepts only in a {@code @Singleton} component.
 */
class DaggerIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("dagger_it");

  // tag::dagger-component[]
  /** Binds the repository interface to its generated implementation. */
  @Module
  interface Repositories {
    @Binds
    OrderTotalsRepository repository(OrderTotalsRepositoryImpl implementation);
  }

  /** The application's component, with no scope: one DataSource in, DAOs out. */
  @Component(modules = Repositories.class)
  interface Application {
    OrderTotalsDao orderTotals();

    OrderTotalsRepository repository();

    @Component.Factory
    interface Factory {
      Application create(@BindsInstance DataSource dataSource);
    }
  }

  // end::dagger-component[]

  /** A {@code @Singleton} component, for DAOs generated with the singleton scope option. */
  @Singleton
  @Component
  interface SingletonApplication {
    SingletonTotalsDao totals();

    @Component.Factory
    interface Factory {
      SingletonApplication create(@BindsInstance DataSource dataSource);
    }
  }

  @Test
  void aComponentWithoutAScopeInjectsTheDaoWhichReadsThroughThePool() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    SalesFixture.assertSampleTotals(application.orderTotals().findAll());
    assertEquals(4, application.orderTotals().count());
  }

  @Test
  void theComponentInjectsTheFinderInterfaceImplementation() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    SalesFixture.assertFinderReads(application.repository());
  }

  @Test
  void byDefaultEachInjectionGetsItsOwnDao() {
    Application application = DaggerDaggerIT_Application.factory().create(SALES.pool());

    assertNotSame(application.orderTotals(), application.orderTotals());
  }

  @Test
  void withTheSingletonScopeOptionOneDaoServesTheComponent() {
    SingletonApplication application =
        DaggerDaggerIT_SingletonApplication.factory().create(SALES.pool());

    assertSame(application.totals(), application.totals());
    assertEquals(4, application.totals().count());
  }
}
