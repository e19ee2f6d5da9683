package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.MissingTableDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: 100,000 pooled calls (HikariCP, four threads, a pool of four) mixing reads that succeed
 * with reads that fail on purpose (a missing table, a NULL into a primitive, a value that does not
 * fit, a write in the read-only transaction, a stream whose consumer throws, a stream left early):
 * every failure is its typed exception, and afterwards no connection is lent out and no session is
 * idle in a transaction. {@code -Dreliability.calls=N} changes the count.
 */
class PooledCallsIT {
  private static final int THREADS = 4;
  private static final int CALLS = Integer.getInteger("reliability.calls", 100_000);

  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createStreamTable() throws SQLException {
    db = TestDatabase.create("pooled_calls_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE exact_src (k text, v bigint)",
        "INSERT INTO exact_src SELECT 'k' || i, i FROM generate_series(1, 50) i",
        "INSERT INTO exact_src VALUES ('null', NULL)",
        "CREATE SEQUENCE call_mix_seq",
        "SELECT pgtrickle.create_stream_table('public.exact_long',"
            + " $q$SELECT k, v FROM exact_src$q$, schedule => '1h', refresh_mode => 'FULL')");
    Sql.refresh(owner, "public.exact_long");
    pool = db.pool(THREADS);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void aHundredThousandMixedCallsLeaveNothingOpen() throws Exception {
    ExactLongDao dao = new ExactLongDao(pool);
    CallMixRepository mix = new CallMixRepositoryImpl(pool);
    MissingTableDao missing = new MissingTableDao(pool);
    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = 12_000 + t;
        done.add(
            threads.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = 0; i < CALLS / THREADS; i++) {
                    String outcome = call(random.nextInt(12), dao, mix, missing);
                    outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdownNow();
    }
    long total = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
    System.out.println("PooledCallsIT: " + total + " calls, outcomes " + outcomes);
    assertEquals(CALLS / THREADS * THREADS, total);
    for (String expected :
        List.of(
            "ok",
            "not found",
            "unexpected null",
            "column mapping",
            "read-only 25006",
            "consumer threw")) {
      assertTrue(outcomes.containsKey(expected), expected + " in " + outcomes);
    }
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
    assertEquals(
        0L,
        ((Number)
                Sql.value(
                    owner,
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND state = 'active' AND pid <> pg_backend_pid()"))
            .longValue());
  }

  /** One call; returns what happened. An unexpected exception fails the test. */
  private static String call(
      int what, ExactLongDao dao, CallMixRepository mix, MissingTableDao missing) {
    try {
      switch (what) {
        case 0 -> check(dao.query().where(ExactLongDao.V.isNotNull()).list().size() == 50);
        case 1 -> check(dao.query().where(ExactLongDao.K.eq("k7")).list().get(0).v() == 7);
        case 2 -> check(dao.count() == 51);
        case 3 -> check(dao.query().where(ExactLongDao.V.between(10L, 19L)).count() == 10);
        case 4 -> check(mix.findTop3ByVGreaterThanOrderByVDesc(0).get(0).v() == 50);
        case 5 -> check(mix.countByVBetween(1, 50) == 50);
        case 6 -> {
          try (Stream<ExactLong> rows = dao.query().where(ExactLongDao.V.isNotNull()).stream()) {
            check(rows.limit(3).count() == 3);
          }
        }
        case 7 -> missing.findAll();
        case 8 -> dao.query().where(ExactLongDao.K.eq("null")).list();
        case 9 -> mix.fraction();
        case 10 -> mix.writesInAReadOnlyTransaction();
        default ->
            dao.query().where(ExactLongDao.V.isNotNull()).stream()
                .forEach(
                    row -> {
                      throw new IllegalStateException("consumer");
                    });
      }
      return "ok";
    } catch (StreamTableNotFoundException e) {
      return "not found";
    } catch (ColumnMappingException e) {
      return e.reason() == StreamTableException.Reason.UNEXPECTED_NULL
          ? "unexpected null"
          : "column mapping";
    } catch (StreamTableException e) {
      if ("25006".equals(e.sqlState().orElse(null))) {
        return "read-only 25006";
      }
      throw e;
    } catch (IllegalStateException e) {
      if ("consumer".equals(e.getMessage())) {
        return "consumer threw";
      }
      throw e;
    }
  }

  private static void check(boolean expectation) {
    if (!expectation) {
      throw new AssertionError("a read returned something unexpected");
    }
  }
}
