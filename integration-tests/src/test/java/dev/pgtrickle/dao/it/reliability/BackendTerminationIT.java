package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a backend terminated with {@code pg_terminate_backend} in the middle of a stream, or
 * while its connection idles in the pool, is a typed exception at most once, and the same pool
 * serves again with nothing lent out.
 */
class BackendTerminationIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createTable() throws SQLException {
    db = TestDatabase.create("backend_termination_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE exact_long (k text, v bigint)",
        "INSERT INTO exact_long SELECT 'k' || i, i FROM generate_series(1, 20000) i");
    pool = db.pool(2);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static long terminate(String state) {
    return ((Number)
            Sql.value(
                owner,
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    + " AND backend_type = 'client backend' AND state LIKE ?",
                state))
        .longValue();
  }

  @Test
  void aStreamWhoseBackendIsTerminatedFailsTypedAndReturnsItsConnection() {
    ExactLongDao dao = new ExactLongDao(pool);
    try (Stream<ExactLong> rows = dao.streamAll()) {
      Iterator<ExactLong> iterator = rows.iterator();
      for (int i = 0; i < 10; i++) {
        iterator.next();
      }
      assertEquals(1, terminate("idle in transaction%"), "the stream's backend, between fetches");
      StreamTableException e =
          assertThrows(
              StreamTableException.class,
              () -> {
                while (iterator.hasNext()) {
                  iterator.next();
                }
              });
      assertTrue(
          e.sqlState().orElse("").startsWith("57P") || e.sqlState().orElse("").startsWith("08"),
          "admin shutdown or connection failure: " + e.getMessage());
      assertEquals("public.exact_long", e.streamTable().qualifiedName());
    }
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(20000, dao.count(), "the pool replaces the broken connection");
  }

  @Test
  void idleConnectionsTerminatedInThePoolAreReplaced() {
    ExactLongDao dao = new ExactLongDao(pool);
    assertEquals(20000, dao.count());
    assertTrue(terminate("idle") >= 1);
    // HikariCP may lend a connection it has not yet seen die: at most that read fails, typed.
    Poll.until(
        "the pool serves again",
        Duration.ofSeconds(30),
        () -> {
          try {
            return dao.count() == 20000;
          } catch (StreamTableException e) {
            return false;
          }
        });
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
  }
}
