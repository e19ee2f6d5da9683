package dev.pgtrickle.dao.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The fork's side of {@link BenchData}: a HikariCP pool on the database of one size, found through
 * the system properties the host process passed. Every contender reads through the same kind of
 * pool, so pooling costs the same for all of them.
 */
final class BenchDatabase {

  static final String URL_PROPERTY = "pgtrickle.bench.url.";
  static final String USER_PROPERTY = "pgtrickle.bench.user";
  static final String PASSWORD_PROPERTY = "pgtrickle.bench.password";

  private BenchDatabase() {}

  /** Opens a pool of two connections on the database whose stream table has {@code size} rows. */
  static HikariDataSource pool(int size) {
    String url = System.getProperty(URL_PROPERTY + size);
    if (url == null) {
      throw new IllegalStateException(
          "No benchmark database for size "
              + size
              + " (system property "
              + URL_PROPERTY
              + size
              + "). Run the benchmarks through BenchMain or Smoke, which create "
              + "the databases, not through org.openjdk.jmh.Main; sizes available: 10, 1000, 100000.");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("bench-" + size);
    config.setJdbcUrl(url);
    config.setUsername(System.getProperty(USER_PROPERTY));
    config.setPassword(System.getProperty(PASSWORD_PROPERTY, ""));
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    return new HikariDataSource(config);
  }
}
