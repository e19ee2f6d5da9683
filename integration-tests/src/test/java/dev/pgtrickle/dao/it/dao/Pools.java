package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/** Assertions about a HikariCP pool: which of its connections are lent out. */
final class Pools {
  private Pools() {}

  /** Asserts that the pool has every connection back, and that it has some. */
  static void assertAllReturned(HikariDataSource pool) {
    HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    assertEquals(0, bean.getActiveConnections(), "connections still lent out by " + pool);
    assertEquals(bean.getTotalConnections(), bean.getIdleConnections());
  }

  static int active(HikariDataSource pool) {
    return pool.getHikariPoolMXBean().getActiveConnections();
  }
}
