package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Makes every generated DAO and repository implementation of the application a bean ({@link
 * StreamTableDaoRegistrar}), reading through the application's {@link DataSource}; adds the {@link
 * ReadPolicy} that {@code pgtrickle.dao.read.*} describes and a {@link StreamTableWatcher}. Each
 * bean backs off when the application defines its own.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(StreamTableDao.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PgTrickleDaoProperties.class)
@Import(StreamTableDaoRegistrar.class)
public class PgTrickleDaoAutoConfiguration {
  /**
   * The name of the data source the DAOs are constructed with: the application's, behind a {@link
   * TransactionAwareDataSourceProxy} ({@code pgtrickle.dao.transaction-aware}) and reporting to the
   * {@link StreamTableObserver} bean (the metrics). It is no candidate for injection by type, so
   * the application still has one {@code DataSource}.
   */
  public static final String DATA_SOURCE = "pgTrickleDaoDataSource";

  /** The data source of the DAOs; see {@link #DATA_SOURCE}. */
  @Bean(name = DATA_SOURCE, autowireCandidate = false, defaultCandidate = false)
  DataSource pgTrickleDaoDataSource(
      DataSource dataSource,
      PgTrickleDaoProperties properties,
      ObjectProvider<StreamTableObserver> observers) {
    DataSource reads =
        properties.isTransactionAware()
            ? new TransactionAwareDataSourceProxy(dataSource)
            : dataSource;
    return StreamTableObserver.observe(reads, new LazyObserver(observers));
  }

  /**
   * The application's default {@link ReadPolicy}, for fresh reads: {@code
   * dao.findAllFresh(policy)}. {@code pgtrickle.dao.read.policy} is {@code accept} or {@code fail};
   * {@code pgtrickle.dao.read.max-staleness} its budget (unset: the record's).
   */
  @Bean
  @ConditionalOnMissingBean
  ReadPolicy pgTrickleReadPolicy(PgTrickleDaoProperties properties) {
    Duration budget = properties.getRead().getMaxStaleness();
    return switch (properties.getRead().getPolicy()) {
      case FAIL -> budget == null ? ReadPolicy.fail() : ReadPolicy.fail(budget);
      case ACCEPT -> budget == null ? ReadPolicy.accept() : ReadPolicy.accept(budget);
    };
  }

  /**
   * One {@link StreamTableWatcher} for every DAO's change events ({@code dao.subscribe(watcher,
   * listener)}), on the application's data source; it connects at the first subscription and is
   * closed with the context. {@code pgtrickle.dao.watcher.enabled=false} leaves it out.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "pgtrickle.dao.watcher.enabled", matchIfMissing = true)
  StreamTableWatcher pgTrickleWatcher(
      DataSource dataSource,
      PgTrickleDaoProperties properties,
      ObjectProvider<StreamTableObserver> observers) {
    return StreamTableWatcher.builder(dataSource)
        .name("pgtrickle-dao-watcher")
        .listen(properties.getWatcher().isListen())
        .pollInterval(properties.getWatcher().getPollInterval())
        .observer(new LazyObserver(observers))
        .build();
  }
}
