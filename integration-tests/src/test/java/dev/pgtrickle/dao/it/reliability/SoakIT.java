package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the soak: three readers, a writer of the source table and a refresher, for {@code
 * -Dreliability.soak.seconds} (8 by default), over a FULL and a DIFFERENTIAL stream table of the
 * same query. The writer inserts one order for region {@code a} and one of the same amount for
 * {@code b} in each transaction, so every state a refresh can publish has equal counts and totals
 * for both. Invariants checked on every read, through every read path: {@code a} and {@code b} are
 * equal (a read never sees half a refresh); counts never go back for one reader; a fresh read's
 * rows match its own freshness. Afterwards, one more refresh makes both tables equal the source
 * exactly, no connection is lent out and no session idles in a transaction.
 */
class SoakIT {
  private static final long SECONDS = Long.getLong("reliability.soak.seconds", 8);

  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("soak_it");
    owner = db.dataSource();
    String query =
        "SELECT region, count(*)::bigint AS n, sum(amount) AS total FROM soak_src"
            + " GROUP BY region";
    Sql.run(
        owner,
        "CREATE TABLE soak_src (id bigserial PRIMARY KEY, region text, amount numeric)",
        "SELECT pgtrickle.create_stream_table('public.soak_full', $q$"
            + query
            + "$q$,"
            + " schedule => '1h', refresh_mode => 'FULL')",
        "SELECT pgtrickle.create_stream_table('public.soak_diff', $q$"
            + query
            + "$q$,"
            + " schedule => '1h', refresh_mode => 'DIFFERENTIAL')");
    pool = db.pool(6);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  /** Checks one read: a and b equal (both there or both absent), and returns a's count. */
  private static <R> long consistent(
      List<R> rows,
      ToLongFunction<R> n,
      java.util.function.Function<R, String> region,
      java.util.function.Function<R, BigDecimal> total) {
    R a = null;
    R b = null;
    for (R row : rows) {
      if ("a".equals(region.apply(row))) {
        a = row;
      } else if ("b".equals(region.apply(row))) {
        b = row;
      }
    }
    if (a == null || b == null) {
      if (a != b) {
        throw new AssertionError("half a refresh: " + rows);
      }
      return 0;
    }
    if (n.applyAsLong(a) != n.applyAsLong(b) || total.apply(a).compareTo(total.apply(b)) != 0) {
      throw new AssertionError("a and b differ: " + rows);
    }
    return n.applyAsLong(a);
  }

  @Test
  void readersWriterAndRefresherKeepEveryInvariant() throws Exception {
    SoakFullDao full = new SoakFullDao(pool);
    SoakDiffDao diff = new SoakDiffDao(pool);
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder reads = new LongAdder();
    LongAdder writes = new LongAdder();
    LongAdder refreshes = new LongAdder();
    ExecutorService threads = Executors.newFixedThreadPool(5);
    List<Future<?>> running = new ArrayList<>();
    running.add(
        threads.submit(
            () -> {
              Random random = new Random(1);
              try (Connection c = owner.getConnection();
                  PreparedStatement insert =
                      c.prepareStatement(
                          "INSERT INTO soak_src (region, amount) VALUES ('a', ?), ('b', ?)")) {
                while (!stop.get()) {
                  BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000), 2);
                  insert.setBigDecimal(1, amount);
                  insert.setBigDecimal(2, amount);
                  insert.executeUpdate();
                  writes.increment();
                }
              }
              return null;
            }));
    running.add(
        threads.submit(
            () -> {
              while (!stop.get()) {
                Sql.refresh(owner, "public.soak_full");
                Sql.refresh(owner, "public.soak_diff");
                refreshes.add(2);
              }
              return null;
            }));
    for (int r = 0; r < 3; r++) {
      long readerSeed = r;
      running.add(
          threads.submit(
              () -> {
                Random random = new Random(readerSeed);
                long lastFull = 0;
                long lastDiff = 0;
                while (!stop.get()) {
                  long n;
                  switch (random.nextInt(6)) {
                    case 0 ->
                        n =
                            consistent(
                                full.findAll(), SoakFull::n, SoakFull::region, SoakFull::total);
                    case 1 -> {
                      try (Stream<SoakFull> rows = full.streamAll()) {
                        n =
                            consistent(
                                rows.toList(), SoakFull::n, SoakFull::region, SoakFull::total);
                      }
                    }
                    case 2 -> {
                      Fresh<List<SoakFull>> fresh = full.query().listFresh(ReadPolicy.accept());
                      n = consistent(fresh.value(), SoakFull::n, SoakFull::region, SoakFull::total);
                      if (!fresh.freshness().isPopulated() && !fresh.value().isEmpty()) {
                        throw new AssertionError(
                            "rows of a table its freshness says is unpopulated");
                      }
                    }
                    default -> n = -1;
                  }
                  if (n >= 0) {
                    if (n < lastFull) {
                      throw new AssertionError("soak_full went back from " + lastFull + " to " + n);
                    }
                    lastFull = n;
                    reads.increment();
                    continue;
                  }
                  switch (random.nextInt(3)) {
                    case 0 ->
                        n =
                            consistent(
                                diff.findAll(), SoakDiff::n, SoakDiff::region, SoakDiff::total);
                    case 1 ->
                        n =
                            consistent(
                                diff.query().where(SoakDiffDao.REGION.in("a", "b")).list(),
                                SoakDiff::n,
                                SoakDiff::region,
                                SoakDiff::total);
                    default -> {
                      try (Stream<SoakDiff> rows = diff.query().stream()) {
                        n =
                            consistent(
                                rows.toList(), SoakDiff::n, SoakDiff::region, SoakDiff::total);
                      }
                    }
                  }
                  if (n < lastDiff) {
                    throw new AssertionError("soak_diff went back from " + lastDiff + " to " + n);
                  }
                  lastDiff = n;
                  reads.increment();
                }
                return null;
              }));
    }
    try {
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      for (Future<?> future : running) {
        long left = Math.max(1, deadline - System.nanoTime());
        try {
          future.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
          throw new AssertionError("a soak thread ended before the deadline");
        } catch (java.util.concurrent.TimeoutException stillRunning) {
          // the soak runs until the deadline
        }
      }
    } finally {
      stop.set(true);
      for (Future<?> future : running) {
        future.get(); // rethrows the first failure of any thread
      }
      threads.shutdownNow();
    }
    System.out.println(
        "SoakIT: "
            + SECONDS
            + " s, "
            + reads.sum()
            + " reads, "
            + writes.sum()
            + " writes, "
            + refreshes.sum()
            + " refreshes, 0 errors");
    assertTrue(reads.sum() > 0 && writes.sum() > 0 && refreshes.sum() > 0);

    Sql.refresh(owner, "public.soak_full");
    Sql.refresh(owner, "public.soak_diff");
    List<List<Object>> source =
        Sql.rows(
            owner,
            "SELECT region, count(*), sum(amount) FROM soak_src GROUP BY region ORDER BY region");
    List<List<Object>> fullRows =
        full.query().orderBy(SoakFullDao.REGION.asc()).list().stream()
            .map(r -> List.<Object>of(r.region(), r.n(), r.total()))
            .toList();
    List<List<Object>> diffRows =
        diff.query().orderBy(SoakDiffDao.REGION.asc()).list().stream()
            .map(r -> List.<Object>of(r.region(), r.n(), r.total()))
            .toList();
    assertEquals(source, fullRows);
    assertEquals(source, diffRows);
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
  }
}
