package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defines the stream table that a {@link StreamTableView} record reads: its defining query and how
 * pg_trickle keeps it fresh. The stream table is then created, changed and dropped from this
 * definition by the migrations the application already runs (Flyway, Liquibase) or by the runtime's
 * {@code StreamTableDefinitions}, in dependency order, with pg_trickle 0.108's {@code
 * create_stream_table_if_not_exists}, {@code create_or_replace_stream_table} and {@code
 * drop_stream_table}.
 *
 * <pre>{@code
 * @StreamTableView
 * @StreamTableDefinition(
 *     query = "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total"
 *         + " FROM orders GROUP BY region",
 *     schedule = "5s",
 *     refreshMode = RefreshMode.DIFFERENTIAL)
 * public record OrderTotals(String region, long orderCount, BigDecimal total) {}
 * }</pre>
 *
 * <p>The processor checks, each a compile error on the annotation value:
 *
 * <ul>
 *   <li>the record also carries {@link StreamTableView}, which names the stream table ({@code
 *       [StreamTableDefinitionWithoutView]}), and no other record of the module defines the same
 *       stream table ({@code [StreamTableDuplicateDefinition]});
 *   <li>{@link #query()} is exactly one read-only {@code SELECT} (or {@code WITH ... SELECT},
 *       {@code VALUES}, {@code TABLE}) without parameters ({@code [StreamTableDefinitionQuery]});
 *   <li>where the select list names its columns (plain columns and aliases), they are exactly the
 *       record's columns ({@code [StreamTableDefinitionColumns]}); {@code *} and expressions
 *       without an alias are not checked;
 *   <li>{@link #schedule()} follows pg_trickle's grammar ({@code [StreamTableInvalidSchedule]}),
 *       {@link #targetFreshness()} is a PostgreSQL interval without months or years, or {@code
 *       manual} ({@code [StreamTableInvalidTargetFreshness]}), and the options agree with each
 *       other as pg_trickle 0.108.3 requires ({@code [StreamTableConflictingOptions]});
 *   <li>no two stream tables of the module are defined over each other ({@code
 *       [StreamTableDefinitionCycle]}).
 * </ul>
 *
 * <p>Reading the stream table needs none of this: a record without a definition still gets its DAO,
 * and the DAO's reads are the same with or without one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamTableDefinition {

  /**
   * The defining query: one read-only {@code SELECT}, as given to pg_trickle's {@code query}
   * parameter. Its output columns become the stream table's columns, so name them as the record's
   * components map them ({@code COUNT(*) AS order_count}). Another stream table of the module that
   * it reads in {@code FROM} or {@code JOIN} is created before this one and dropped after it.
   */
  String query();

  /**
   * How often pg_trickle refreshes the table, in its own grammar: a duration (whole seconds {@code
   * "30"}, or {@code s m h d w} units such as {@code "5s"}, {@code "1h30m"}), a cron expression
   * (starting with {@code @}, such as {@code "@hourly"}, or five or six fields such as {@code
   * "*}{@code /5 * * * *"}), or {@code "calculated"} (inherit from downstream tables). Default:
   * empty, which is pg_trickle's default {@code 'calculated'}. Leave it empty for {@link
   * RefreshMode#IMMEDIATE} tables and when {@link #targetFreshness()} is set.
   */
  String schedule() default "";

  /** How pg_trickle maintains the table. Default: {@link RefreshMode#AUTO}, as in pg_trickle. */
  RefreshMode refreshMode() default RefreshMode.AUTO;

  /**
   * pg_trickle's {@code target_freshness}: how fresh the table must be, as a PostgreSQL interval
   * without months or years ({@code "30 seconds"}, {@code "5 min"}, {@code "1 hour 30 minutes"},
   * {@code "00:05:00"}), or {@code "manual"} to take the table off the scheduler. pg_trickle then
   * chooses the refresh cadence; do not set {@link #schedule()} as well. Default: empty, none.
   * ({@code on_commit} is written {@code refreshMode = IMMEDIATE}.)
   */
  String targetFreshness() default "";

  /**
   * Whether to populate the table when it is created ({@code initialize}). Default: true. With
   * false the table stays unpopulated until its first refresh.
   */
  boolean initialize() default true;

  /**
   * pg_trickle's {@code pooler_compatibility_mode}: no prepared statements and no NOTIFY from its
   * refreshes, for PgBouncer in transaction mode. Default: false.
   */
  boolean poolerCompatibilityMode() default false;

  /**
   * pg_trickle's refresh modes. The deprecated alias {@code INCREMENTAL} is left out on purpose: it
   * means {@link #DIFFERENTIAL}.
   */
  enum RefreshMode {
    /** DIFFERENTIAL where pg_trickle can maintain the query incrementally, else FULL. */
    AUTO,
    /** Recompute the whole query on every refresh. */
    FULL,
    /** Apply only the changes since the last refresh. */
    DIFFERENTIAL,
    /** Maintain the table inside every writing transaction; it has no schedule. */
    IMMEDIATE
  }
}
