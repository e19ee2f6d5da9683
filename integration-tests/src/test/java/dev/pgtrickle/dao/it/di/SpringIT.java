package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
 * Spring 6: component scanning finds the generated DAOs by their {@code @Named}, and a plain
 * {@code @Bean} method works as well. The transactional side is in {@link SpringTransactionIT}.
 */
class SpringIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("spring_it");

  /** Scans the records' package, where the DAOs are generated. */
  @Configuration
  @ComponentScan(basePackageClasses = OrderTotals.class)
  static class Scanning {}

  /** Registers the DAO by hand, with no scanning. */
  @Configuration
  static class Explicit {
    @Bean
    OrderTotalsDao orderTotals(DataSource dataSource) {
      return new OrderTotalsDao(dataSource);
    }
  }

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
  void componentScanningFindsTheDaoByItsNamedAnnotation() {
    try (AnnotationConfigApplicationContext context = context(Scanning.class)) {
      OrderTotalsDao dao = context.getBean("orderTotalsDao", OrderTotalsDao.class);

      SalesFixture.assertSampleTotals(dao.findAll());
      assertSame(dao, context.getBean(OrderTotalsDao.class), "one DAO per context");
      SalesFixture.assertFinderReads(context.getBean(OrderTotalsRepository.class));
      assertSame(
          context.getBean("orderTotalsRepositoryImpl"),
          context.getBean(OrderTotalsRepository.class));
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
