package dev.pgtrickle.dao.it.support;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableWatcher;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Read-your-writes for a DAO's table, as v1's {@code dao.awaitFresherThan} did it: polling the
 * catalog with back-off (a watcher without LISTEN), so it also works behind poolers and for manual
 * refreshes. DAOs no longer wait themselves (v2: one way to do each thing); the watcher does.
 */
public final class Await {
  private Await() {}

  /** Waits until {@code dao}'s table reflects the write {@code token} marks. */
  public static Freshness fresherThan(
      StreamTableDao<?> dao, DataSource dataSource, FreshnessToken token, Duration timeout) {
    try (StreamTableWatcher watcher = polling(dataSource)) {
      return watcher.awaitFresherThan(dao.streamTable(), token, timeout);
    }
  }

  /**
   * Like {@link #fresherThan(StreamTableDao, DataSource, FreshnessToken, Duration)}, refreshing.
   */
  public static Freshness fresherThan(
      StreamTableDao<?> dao,
      DataSource dataSource,
      FreshnessToken token,
      Duration timeout,
      StreamTableRefresher refresher) {
    try (StreamTableWatcher watcher = polling(dataSource)) {
      return watcher.awaitFresherThan(dao.streamTable(), token, timeout, refresher);
    }
  }

  private static StreamTableWatcher polling(DataSource dataSource) {
    return StreamTableWatcher.builder(dataSource).name("await").listen(false).build();
  }
}
