package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Actuator health of the stream tables the application reads: one catalog reading per table
 * (through its DAO's {@code freshness()}), and per table its status, refresh mode, age, budget and
 * health. A SUSPENDED or ERROR table, or one that cannot be read, is {@code DOWN}; one older than
 * its budget, or never populated, gets the configured over-budget status ({@code
 * pgtrickle.dao.health.over-budget-status}, {@code OUT_OF_SERVICE} by default); the indicator
 * reports the worst. The budget is the record's {@code maxStaleness}, else the stream table's
 * {@code target_freshness}, else {@code pgtrickle.dao.read.max-staleness}, else its duration
 * schedule. Details never carry SQL, messages or connection data: a failure shows only the
 * exception's type and SQLState.
 */
public class StreamTableHealthIndicator extends AbstractHealthIndicator {
  private final Supplier<? extends Iterable<? extends StreamTableDao<?>>> daos;
  private final Status overBudget;
  private final Duration defaultBudget;

  /**
   * @param daos the DAOs whose tables to check, asked at every check
   * @param overBudget the status of a table older than its budget
   * @param defaultBudget the budget of tables with none of their own, or null
   */
  public StreamTableHealthIndicator(
      Supplier<? extends Iterable<? extends StreamTableDao<?>>> daos,
      Status overBudget,
      Duration defaultBudget) {
    super("pg_trickle stream table health check failed");
    this.daos = daos;
    this.overBudget = overBudget;
    this.defaultBudget = defaultBudget;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<StreamTableName, StreamTableDao<?>> tables =
        new TreeMap<>((a, b) -> a.qualifiedName().compareTo(b.qualifiedName()));
    for (StreamTableDao<?> dao : daos.get()) {
      tables.putIfAbsent(dao.streamTable(), dao);
    }
    Status worst = Status.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    for (Map.Entry<StreamTableName, StreamTableDao<?>> entry : tables.entrySet()) {
      Map<String, Object> table = new LinkedHashMap<>();
      Status status = check(entry.getValue(), table);
      table.put("health", status.getCode());
      details.put(entry.getKey().qualifiedName(), table);
      if (rank(status) < rank(worst)) {
        worst = status;
      }
    }
    builder.status(worst).withDetail("tables", details);
  }

  private Status check(StreamTableDao<?> dao, Map<String, Object> table) {
    Freshness freshness;
    try {
      freshness = dao.freshness();
    } catch (StreamTableNotFoundException e) {
      table.put("error", "not in pg_trickle's catalog");
      return Status.DOWN;
    } catch (StreamTableException e) {
      table.put(
          "error",
          e.getClass().getSimpleName()
              + e.sqlState().map(state -> " (SQLState " + state + ")").orElse(""));
      return Status.DOWN;
    } catch (RuntimeException e) {
      table.put("error", e.getClass().getSimpleName());
      return Status.DOWN;
    }
    table.put("status", freshness.status().name());
    table.put("refreshMode", freshness.refreshMode().name());
    table.put("populated", freshness.isPopulated());
    table.put("age", freshness.age().toString());
    Duration budget = budget(dao, freshness);
    if (budget != null) {
      table.put("budget", budget.toString());
    }
    if (freshness.status() == Freshness.Status.SUSPENDED
        || freshness.status() == Freshness.Status.ERROR) {
      return Status.DOWN;
    }
    boolean over =
        !freshness.isPopulated()
            || (!freshness.isImmediatelyMaintained()
                && budget != null
                && freshness.age().compareTo(budget) > 0);
    table.put("overBudget", over);
    return over ? overBudget : Status.UP;
  }

  private Duration budget(StreamTableDao<?> dao, Freshness freshness) {
    if (dao instanceof AbstractStreamTableDao<?> generated
        && generated.maxStaleness().isPresent()) {
      return generated.maxStaleness().get();
    }
    if (freshness.targetFreshness().isPresent()) {
      return freshness.targetFreshness().get();
    }
    return defaultBudget != null ? defaultBudget : freshness.scheduleInterval().orElse(null);
  }

  /** Lower is worse: DOWN, OUT_OF_SERVICE, any other status, UP. */
  private static int rank(Status status) {
    if (Status.DOWN.equals(status)) {
      return 0;
    }
    if (Status.OUT_OF_SERVICE.equals(status)) {
      return 1;
    }
    return Status.UP.equals(status) ? 3 : 2;
  }
}
