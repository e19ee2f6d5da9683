package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.pgtrickle.dao.it.fixtures.Sql;
import javax.sql.DataSource;

/** What the reliability tests assert about pools and server sessions after their calls. */
final class ReliabilityPools {
  private ReliabilityPools() {}

  /** Asserts that the pool has every connection back. */
  static void assertAllReturned(HikariDataSource pool) {
    HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    assertEquals(0, bean.getActiveConnections(), "connections still lent out by " + pool);
  }

  /** Sessions of the current database, other than the asking one, idle inside a transaction. */
  static long idleInTransaction(DataSource admin) {
    return ((Number)
            Sql.value(
                admin,
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"))
        .longValue();
  }
}
