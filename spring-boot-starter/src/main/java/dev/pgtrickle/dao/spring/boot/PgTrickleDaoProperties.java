package dev.pgtrickle.dao.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code pgtrickle.dao.*} settings of the starter. Start-up schema verification is not among
 * them yet: it comes with the runtime's schema check.
 */
@ConfigurationProperties("pgtrickle.dao")
public class PgTrickleDaoProperties {
  /**
   * Whether the DAOs read through a transaction-aware proxy of the DataSource, so that they join
   * Spring-managed transactions (@Transactional) and see their uncommitted writes.
   */
  private boolean transactionAware = true;

  private final Read read = new Read();
  private final Watcher watcher = new Watcher();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();

  public boolean isTransactionAware() {
    return transactionAware;
  }

  public void setTransactionAware(boolean transactionAware) {
    this.transactionAware = transactionAware;
  }

  public Read getRead() {
    return read;
  }

  public Watcher getWatcher() {
    return watcher;
  }

  public Health getHealth() {
    return health;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** What a fresh read does when the data is too old; the injectable ReadPolicy bean. */
  public enum Policy {
    /** Return the rows, flagged as stale. */
    ACCEPT,
    /** Throw StaleDataException or StreamTableSuspendedException. */
    FAIL
  }

  /** The default read policy and budget. */
  public static class Read {
    /** The mode of the ReadPolicy bean that applications pass to fresh reads. */
    private Policy policy = Policy.ACCEPT;

    /**
     * The budget of the ReadPolicy bean, and of the health check for tables whose record declares
     * no maxStaleness and whose stream table has no target_freshness. Unset: the table's duration
     * schedule.
     */
    private Duration maxStaleness;

    public Policy getPolicy() {
      return policy;
    }

    public void setPolicy(Policy policy) {
      this.policy = policy;
    }

    public Duration getMaxStaleness() {
      return maxStaleness;
    }

    public void setMaxStaleness(Duration maxStaleness) {
      this.maxStaleness = maxStaleness;
    }
  }

  /** The StreamTableWatcher bean: one LISTEN connection for every DAO's change events. */
  public static class Watcher {
    /** Whether to create the StreamTableWatcher bean. */
    private boolean enabled = true;

    /**
     * Whether the watcher LISTENs (needs pgjdbc and a session pooler) or only polls the catalog
     * (PgBouncer in transaction mode).
     */
    private boolean listen = true;

    /** How often the watcher polls pg_trickle's catalog. */
    private Duration pollInterval = Duration.ofSeconds(1);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isListen() {
      return listen;
    }

    public void setListen(boolean listen) {
      this.listen = listen;
    }

    public Duration getPollInterval() {
      return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }
  }

  /** The Actuator health indicator "pgtrickle". */
  public static class Health {
    /**
     * The status of a table older than its budget (the record's maxStaleness, else the stream
     * table's target_freshness, else pgtrickle.dao.read.max-staleness, else its duration schedule),
     * or never populated. SUSPENDED and ERROR tables are always DOWN.
     */
    private String overBudgetStatus = "OUT_OF_SERVICE";

    public String getOverBudgetStatus() {
      return overBudgetStatus;
    }

    public void setOverBudgetStatus(String overBudgetStatus) {
      this.overBudgetStatus = overBudgetStatus;
    }
  }

  /** The Micrometer metrics (pgtrickle.*). */
  public static class Metrics {
    /** Whether to register the StreamTableMetrics meter binder. */
    private boolean enabled = true;

    /** The least time between two catalog reads of one table for the age gauges. */
    private Duration catalogInterval = Duration.ofSeconds(10);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getCatalogInterval() {
      return catalogInterval;
    }

    public void setCatalogInterval(Duration catalogInterval) {
      this.catalogInterval = catalogInterval;
    }
  }
}
