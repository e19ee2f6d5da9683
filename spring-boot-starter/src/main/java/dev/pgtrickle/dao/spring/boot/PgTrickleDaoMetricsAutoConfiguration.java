package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.micrometer.StreamTableMetrics;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link StreamTableMetrics} when Spring Boot's Micrometer support is present: Boot binds
 * it to the application's meter registries, and the DAOs' data source reports to it. The gauges
 * cover the tables of every {@link StreamTableDao} bean; the watcher bean, if any, feeds the
 * refresh and missed-event counters. {@code pgtrickle.dao.metrics.enabled=false} leaves it out.
 */
@AutoConfiguration(
    after = PgTrickleDaoAutoConfiguration.class,
    afterName =
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(
    name = {
      "io.micrometer.core.instrument.MeterRegistry",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"
    })
@ConditionalOnBean(PgTrickleDaoProperties.class)
@ConditionalOnBooleanProperty(name = "pgtrickle.dao.metrics.enabled", matchIfMissing = true)
public class PgTrickleDaoMetricsAutoConfiguration {
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  StreamTableMetrics pgTrickleMetrics(
      ListableBeanFactory beans,
      ObjectProvider<StreamTableWatcher> watcher,
      PgTrickleDaoProperties properties) {
    StreamTableMetrics.Builder builder =
        StreamTableMetrics.builder(
                () ->
                    beans
                        .getBeanProvider(StreamTableDao.class)
                        .orderedStream()
                        .map(dao -> (StreamTableDao<?>) dao)
                        .toList())
            .catalogInterval(properties.getMetrics().getCatalogInterval());
    watcher.ifAvailable(builder::watcher);
    return builder.build();
  }
}
