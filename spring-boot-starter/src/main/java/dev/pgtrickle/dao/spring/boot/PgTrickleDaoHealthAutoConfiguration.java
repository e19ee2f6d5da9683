package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.runtime.StreamTableDao;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code pgtrickle} ({@link StreamTableHealthIndicator}) over the tables of
 * every {@link StreamTableDao} bean, when Actuator's health support is present. {@code
 * management.health.pgtrickle.enabled=false} leaves it out.
 */
@AutoConfiguration(after = PgTrickleDaoAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(PgTrickleDaoProperties.class)
@ConditionalOnEnabledHealthIndicator("pgtrickle")
public class PgTrickleDaoHealthAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean(name = "pgtrickleHealthIndicator")
  StreamTableHealthIndicator pgtrickleHealthIndicator(
      ListableBeanFactory beans, PgTrickleDaoProperties properties) {
    return new StreamTableHealthIndicator(
        () ->
            beans
                .getBeanProvider(StreamTableDao.class)
                .orderedStream()
                .map(dao -> (StreamTableDao<?>) dao)
                .toList(),
        new Status(properties.getHealth().getOverBudgetStatus()),
        properties.getRead().getMaxStaleness());
  }
}
