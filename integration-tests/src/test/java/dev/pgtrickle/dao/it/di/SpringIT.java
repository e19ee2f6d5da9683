package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pgtrickle.dao.it.di.spring.ScannedTotals;
import dev.pgtrickle.dao.it.di.spring.ScannedTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.it.model.OrderTotalsRepository;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Spring 6: with {@code -Apgtrickle.dao.injection=spring} ({@link ScannedTotalsDao}) component
 * scanning finds the generated DAOs by their {@code @Component}; with the default (an
 * {@code @Inject} constructor only) scanning finds none, and a plain {@code @Bean} method registers
 * them. The transactional side is in {@link SpringTransactionIT}.
 */
class SpringIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("spring_it");

  // tag::spring-scan[]
  /** Scans the package compiled with the spring option, where its DAO is generated. */
  @Configuration
  @ComponentScan(basePackageClasses = ScannedTotals.class)
  static class Scanning {}

  // end::spring-scan[]

  /** Scans the records' package, compiled with the default options. */
  @Configuration
  @ComponentScan(basePackageClasses = OrderTotals.class)
  static class ScanningDefault {}

  // tag::spring-bean[]
  /** Registers the DAO by hand, with no scanning. */
  @Configuration
  static class Explicit {
    @Bean
    OrderTotalsDao orderTotals(DataSource dataSource) {
      return new OrderTotalsDao(dataSource);
    }
  }

  // end::spring-bean[]

  private static AnnotationConfigApplicationContext context(Class<?> configuration) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    // The pool outlives the context: "" turns off Spring's inferred close() on shutdown.
    context.registerBean(
        DataSource.class, SALES::pool, definition -> definition.setDestroyMethodName(""));
    context.register(configuration);
    context.refresh();
    return context;
  }

  @Test
  void withTheSpringOptionComponentScanningFindsTheDaoByItsComponentAnnotation() {
    try (AnnotationConfigApplicationContext context = context(Scanning.class)) {
      ScannedTotalsDao dao = context.getBean("scannedTotalsDao", ScannedTotalsDao.class);

      assertEquals(4, dao.count());
      assertEquals(4, dao.findAll().size());
      assertSame(dao, context.getBean(ScannedTotalsDao.class), "one DAO per context");
    }
  }

  @Test
  void byDefaultComponentScanningFindsNoDao() {
    try (AnnotationConfigApplicationContext context = context(ScanningDefault.class)) {
      assertArrayEquals(new String[0], context.getBeanNamesForType(OrderTotalsDao.class));
      assertArrayEquals(new String[0], context.getBeanNamesForType(OrderTotalsRepository.class));
    }
  }

  @Test
  void aBeanMethodRegistersTheDao() {
    try (AnnotationConfigApplicationContext context = context(Explicit.class)) {
      OrderTotalsDao dao = context.getBean(OrderTotalsDao.class);

      SalesFixture.assertSampleTotals(dao.findAll());
      assertArrayEquals(
          new String[] {"orderTotals"}, context.getBeanNamesForType(OrderTotalsDao.class));
    }
  }
}
