package dev.pgtrickle.dao.runtime;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * Receives what the generated DAOs do, for metrics and tracing: each read with its duration, each
 * fresh read's verdict, each manual refresh's outcome, and each reconnect of a {@code
 * StreamTableWatcher} ({@code pgtrickle-dao-operations}). The {@code pgtrickle-dao-micrometer}
 * module implements it with Micrometer meters.
 *
 * <p>There is no global registration. An observer belongs to a {@link DataSource}: wrap the data
 * source with {@link #observe(DataSource, StreamTableObserver)} and construct the DAOs with the
 * wrapper ({@code new OrderTotalsDao(StreamTableObserver.observe(pool, metrics))}); every DAO,
 * typed query and repository implementation built on it reports to the observer, and those built on
 * other data sources do not. A watcher takes its observer from its builder.
 *
 * <p>Methods are called on the reading thread, after the read, and must be fast and must not throw
 * (an exception would replace the read's result). Every method has an empty default, so an
 * implementation overrides only what it needs.
 */
public interface StreamTableObserver {
  /** The observer that ignores everything: what DAOs on an unwrapped data source use. */
  StreamTableObserver NONE = new StreamTableObserver() {};

  /**
   * A read of {@code table} finished.
   *
   * @param table the stream table read
   * @param operation what was called: the DAO method for the reads every DAO has ({@code findAll},
   *     {@code count}, {@code streamAll} (until the cursor is open), {@code freshness}, {@code
   *     findAllFresh}), {@code findBy<Column>} and {@code findFreshBy<Column>} for the generated
   *     finders, and {@code query.<terminal>} ({@code query.list}, {@code query.page}, ...) for
   *     typed queries and the repository methods built on them. A fixed, small set per DAO,
   *     suitable as a metric tag.
   * @param nanos how long it took, in nanoseconds, including taking a connection
   * @param failed whether it ended with an exception
   */
  default void read(StreamTableName table, String operation, long nanos, boolean failed) {}

  /** A fresh read of {@code table} ({@code findAllFresh}, {@code listFresh}) was judged. */
  default void freshRead(StreamTableName table, Fresh.Verdict verdict) {}

  /**
   * A manual refresh of {@code table} through a {@code StreamTableRefresher} ({@code
   * pgtrickle-dao-operations}) built on an observed data source ended.
   *
   * @param table the stream table
   * @param outcome {@code done} (it refreshed, after waiting or not), {@code skipped} (another
   *     refresh was in progress and the refresher's policy was not to wait: a {@link
   *     StreamTableException} with reason {@link StreamTableException.Reason#REFRESH_SKIPPED}) or
   *     {@code failed} (any other exception)
   */
  default void refreshed(StreamTableName table, String outcome) {}

  /**
   * The watcher named {@code watcher} lost its LISTEN connection and has reconnected; its listeners
   * are sent {@code EVENTS_MAY_HAVE_BEEN_MISSED} next.
   */
  default void watcherReconnected(String watcher) {}

  /**
   * Returns {@code dataSource} reporting to {@code observer}: a {@link DataSource} that hands out
   * {@code dataSource}'s connections unchanged, for DAOs to be constructed with.
   */
  static DataSource observe(DataSource dataSource, StreamTableObserver observer) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(observer, "observer");
    if (dataSource instanceof ObservedDataSource observed) {
      return new ObservedDataSource(observed.delegate(), observer);
    }
    return new ObservedDataSource(dataSource, observer);
  }

  /**
   * The observer {@code dataSource} reports to: the one given to {@link #observe}, or {@link
   * #NONE}.
   */
  static StreamTableObserver of(DataSource dataSource) {
    return dataSource instanceof ObservedDataSource observed ? observed.observer() : NONE;
  }
}
