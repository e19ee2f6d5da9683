package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under a concurrent writer and refresher, every fresh read returns exactly the rows of the refresh
 * its freshness names: the refresher records, inside each refresh's own transaction, the {@code
 * last_refresh_at} it wrote and the row count it left, and each read's row count must equal the
 * count recorded for the {@code last_refresh_at} it carries, the empty table included.
 */
class FreshConsistencyIT {
  private static final int REFRESHES = 40;
  private static final int BATCHES = 200;

  private static final AtomicInteger detected = new AtomicInteger();

  private static TestDatabase db;
  private static DataSource owner;
  private static DataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("fresh_consistency_it");
    owner = db.dataSource();
    Events.create(owner);
    reader = db.readOnlyRole("public.events_full", "public.events_diff");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  /** One observation: the refresh a read's freshness names, and how many rows it returned. */
  private record Read(Instant lastRefreshAt, int rows) {}

  @Test
  void everyFreshReadHoldsExactlyTheRowsOfItsRefresh() throws Exception {
    Map<Instant, Long> countAtRefresh = new ConcurrentHashMap<>();
    List<Read> reads = new CopyOnWriteArrayList<>();
    refresh(countAtRefresh);
    read(reads, null);
    assertEquals(0, reads.get(0).rows(), "the empty table, read with its freshness");

    AtomicBoolean refreshing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Future<?> writer = threads.submit(() -> write(refreshing));
      Future<?> refresher =
          threads.submit(
              () -> {
                try {
                  for (int i = 0; i < REFRESHES; i++) {
                    refresh(countAtRefresh);
                  }
                } finally {
                  refreshing.set(false);
                }
                return null;
              });
      Future<?> autoCommitReader = threads.submit(() -> readUntil(refreshing, reads, false));
      Future<?> transactionReader = threads.submit(() -> readUntil(refreshing, reads, true));
      refresher.get(5, TimeUnit.MINUTES);
      writer.get(5, TimeUnit.MINUTES);
      autoCommitReader.get(5, TimeUnit.MINUTES);
      transactionReader.get(5, TimeUnit.MINUTES);
    } finally {
      threads.shutdownNow();
    }
    Sql.run(owner, "INSERT INTO events (grp) VALUES ('last')");
    refresh(countAtRefresh);
    read(reads, null);

    for (Read read : reads) {
      Long expected = countAtRefresh.get(read.lastRefreshAt());
      assertTrue(expected != null, "a read names a refresh nobody made: " + read);
      assertEquals(expected.longValue(), read.rows(), "rows read at " + read.lastRefreshAt());
    }
    assertTrue(reads.stream().anyMatch(r -> r.rows() == 0));
    assertTrue(reads.stream().map(Read::lastRefreshAt).distinct().count() >= 2);
    System.out.println(
        "FreshConsistencyIT: "
            + reads.size()
            + " consistent reads over "
            + countAtRefresh.size()
            + " refreshes; "
            + detected.get()
            + " transactions detected a snapshot older than a TRUNCATE");
  }

  /** Inserts batches and, now and then, empties the source, until the refresher is done. */
  private static Void write(AtomicBoolean refreshing) {
    for (int i = 0; i < BATCHES && refreshing.get(); i++) {
      if (i % 25 == 24) {
        Sql.run(owner, "DELETE FROM events");
      } else {
        Events.insert(owner, 1 + i % 3, "w");
      }
    }
    return null;
  }

  private static Void readUntil(AtomicBoolean refreshing, List<Read> reads, boolean inTransaction)
      throws SQLException {
    while (refreshing.get()) {
      if (inTransaction) {
        try (Connection connection = reader.getConnection()) {
          connection.setAutoCommit(false);
          connection.setReadOnly(true);
          connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          try {
            read(reads, connection);
            connection.commit();
          } catch (StreamTableException e) {
            // The transaction's snapshot predates a FULL refresh's TRUNCATE: detected, not
            // returned. The transaction is rolled back and the next one reads correctly.
            detected.incrementAndGet();
            connection.rollback();
          }
        }
      } else {
        read(reads, null);
      }
    }
    return null;
  }

  private static void read(List<Read> reads, Connection connection) {
    EventDao dao = new EventDao(reader);
    Fresh<List<Event>> fresh =
        connection == null ? dao.query().listFresh() : dao.on(connection).query().listFresh();
    reads.add(new Read(fresh.freshness().lastRefreshAt().orElseThrow(), fresh.value().size()));
  }

  /** Refreshes in a transaction that also records the refresh's time and resulting row count. */
  private static void refresh(Map<Instant, Long> countAtRefresh) throws SQLException {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SELECT pgtrickle.refresh_stream_table('public.events_full')");
      List<Object> recorded = new ArrayList<>();
      try (ResultSet row =
          statement.executeQuery(
              "SELECT (SELECT last_refresh_at FROM pgtrickle.pgt_stream_tables"
                  + " WHERE pgt_schema = 'public' AND pgt_name = 'events_full'),"
                  + " (SELECT count(*) FROM public.events_full), now()")) {
        row.next();
        recorded.add(row.getObject(1, OffsetDateTime.class).toInstant());
        recorded.add(row.getLong(2));
        assertEquals(
            row.getObject(3, OffsetDateTime.class).toInstant(),
            recorded.get(0),
            "this transaction refreshed: the lock was free");
      }
      countAtRefresh.put((Instant) recorded.get(0), (Long) recorded.get(1));
      connection.commit();
    }
  }
}
