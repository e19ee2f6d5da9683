package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 2: streams cannot leak. A stream whose consumer throws is released before the
 * exception leaves it; a stream dropped unclosed and unfinished is released by the safety net once
 * it is unreachable, which logs where it was opened. Garbage collection is awaited with the shared
 * {@link Poll} helper, never a fixed sleep.
 */
class StreamLeakIT {
  private static final String LEAK_LOGGER = "dev.pgtrickle.dao.runtime.StreamLeak";
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource pool;

  private final List<LogRecord> leaks = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (leaks) {
            leaks.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void createTable() throws SQLException {
    db = TestDatabase.create("stream_leak_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE exact_long (k text, v bigint)",
        "INSERT INTO exact_long SELECT 'k' || i, i FROM generate_series(1, 5000) i");
    pool = db.pool(2);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @BeforeEach
  void captureLeakReports() {
    Logger.getLogger(LEAK_LOGGER).addHandler(capture);
  }

  @AfterEach
  void nothingIsLeftOpen() {
    Logger.getLogger(LEAK_LOGGER).removeHandler(capture);
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
  }

  @Test
  void aConsumerThatThrowsReleasesTheStreamBeforeTheExceptionLeaves() {
    ExactLongDao dao = new ExactLongDao(pool);
    IllegalStateException thrown = new IllegalStateException("the caller's action failed");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                dao.streamAll()
                    .forEach(
                        row -> {
                          throw thrown;
                        }));

    assertSame(thrown, e);
    ReliabilityPools.assertAllReturned(pool);
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
  }

  @Test
  void aMappingFunctionThatThrowsReleasesTheStreamToo() {
    ExactLongDao dao = new ExactLongDao(pool);

    assertThrows(
        ArithmeticException.class,
        () -> dao.query().stream().map(row -> row.v() / (row.v() - row.v())).forEach(v -> {}));

    ReliabilityPools.assertAllReturned(pool);
  }

  @Test
  void abandonedStreamsAreClosedByTheSafetyNetAndReported() {
    ExactLongDao dao = new ExactLongDao(pool);
    abandonTwoStreams(dao);
    assertEquals(2, pool.getHikariPoolMXBean().getActiveConnections(), "both streams hold one");

    Poll.until(
        "the safety net returns both connections",
        Duration.ofSeconds(30),
        () -> {
          System.gc();
          return pool.getHikariPoolMXBean().getActiveConnections() == 0;
        });

    assertEquals(5000, dao.count(), "the pool of two serves again");
    Poll.until("both leaks are reported", Duration.ofSeconds(10), () -> leakReports() == 2);
    LogRecord report;
    synchronized (leaks) {
      report = leaks.get(0);
    }
    assertTrue(report.getMessage().contains("public.exact_long"), report.getMessage());
    assertTrue(report.getMessage().contains("try-with-resources"), report.getMessage());
    boolean openedHere = false;
    for (StackTraceElement frame : report.getThrown().getStackTrace()) {
      openedHere |= frame.getMethodName().equals("abandonTwoStreams");
    }
    assertTrue(openedHere, "the report shows where the stream was opened");
  }

  /** Opens two streams, reads one row of each, and drops them. */
  private static void abandonTwoStreams(ExactLongDao dao) {
    Iterator<ExactLong> first = dao.streamAll().iterator();
    first.next();
    Stream<ExactLong> second = dao.query().where(ExactLongDao.V.gt(10L)).stream();
    assertTrue(second.findFirst().isPresent());
  }

  @Test
  void aStreamReadThroughItsIteratorOrClosedAfterFindFirstIsNoLeak() {
    ExactLongDao dao = new ExactLongDao(pool);
    // Only the iterator is kept: the stream object itself is unreachable at once.
    Iterator<ExactLong> iterator = dao.streamAll().iterator();
    long read = 0;
    while (iterator.hasNext()) {
      iterator.next();
      if (++read % 1000 == 0) {
        System.gc(); // the net must leave a stream alone while its iterator is in use
      }
    }
    assertEquals(5000, read);
    try (Stream<ExactLong> rows = dao.query().stream()) {
      assertTrue(rows.findFirst().isPresent());
      System.gc(); // the terminal operation is over, the stream is still the caller's
    }
    System.gc();
    assertEquals(5000, dao.count());
    assertEquals(0, leakReports(), "no leak was reported");
  }

  @Test
  void anAbandonedStreamOnTheCallersConnectionClosesOnlyItsCursor() throws SQLException {
    ExactLongDao dao = new ExactLongDao(pool);
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      abandonOn(dao, connection);
      Poll.until(
          "the safety net reports the abandoned stream",
          Duration.ofSeconds(30),
          () -> {
            System.gc();
            return leakReports() == 1;
          });
      assertTrue(leaks.get(0).getMessage().contains("the connection is the caller's"));
      assertEquals(
          5000, dao.on(connection).count(), "the caller's connection and transaction work");
      connection.commit();
    }
  }

  private static void abandonOn(ExactLongDao dao, Connection connection) {
    assertTrue(dao.on(connection).streamAll().iterator().hasNext());
  }

  private int leakReports() {
    synchronized (leaks) {
      return leaks.size();
    }
  }
}
