package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.AsyncReads;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StaleDataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code CompletableFuture} forms run on the caller's executor and fail with typed causes. */
class AsyncIT {
  private static final String THREAD = "async-it-reader";

  private static TestDatabase db;
  private static DataSource owner;
  private static ExecutorService executor;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("async_it");
    owner = db.dataSource();
    Events.create(owner);
    executor = Executors.newFixedThreadPool(2, task -> new Thread(task, THREAD));
  }

  @AfterAll
  static void dropDatabase() throws SQLException, InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(1, TimeUnit.MINUTES);
    db.close();
  }

  @Test
  void findAllFreshAsyncRunsOnTheGivenExecutor() throws Exception {
    Events.insert(owner, 2, "async");
    Sql.refresh(owner, "public.events_full");
    EventDao dao = new EventDao(owner);

    // The thread that runs the read itself: a callback registered with thenApply would run on
    // the caller's thread whenever the read has already completed, so it proves nothing.
    List<String> threads = new CopyOnWriteArrayList<>();
    Executor recording =
        task ->
            executor.execute(
                () -> {
                  threads.add(Thread.currentThread().getName());
                  task.run();
                });
    Fresh<List<Event>> fresh =
        AsyncReads.on(recording).supply(() -> dao.query().listFresh()).get(1, TimeUnit.MINUTES);

    assertEquals(
        Sql.value(owner, "SELECT count(*) FROM public.events_full"), (long) fresh.value().size());
    assertFalse(fresh.isStale());
    assertEquals(List.of(THREAD), threads);
  }

  @Test
  void aFailedReadCompletesWithItsOwnException() {
    CompletableFuture<Fresh<List<Event>>> future =
        AsyncReads.on(executor)
            .supply(() -> new EventDao(owner).query().listFresh(ReadPolicy.fail(Duration.ZERO)));

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(1, TimeUnit.MINUTES));
    assertInstanceOf(StaleDataException.class, e.getCause());
    Throwable handled = future.handle((value, failure) -> failure).join();
    assertInstanceOf(StaleDataException.class, handled, "not wrapped");
  }

  @Test
  void awaitFresherThanAsyncCompletesOnceARefreshCoversTheWrite() throws Exception {
    FreshnessToken token;
    try (Connection writer = owner.getConnection();
        Statement statement = writer.createStatement()) {
      statement.execute("INSERT INTO events (grp) VALUES ('awaited')");
      token = StreamTables.markWrite(writer);
    }
    CompletableFuture<Freshness> awaited =
        AsyncReads.on(executor)
            .supply(
                () ->
                    StreamTables.awaitFresherThan(
                        new DiffEventDao(owner), token, Duration.ofMinutes(1)));
    assertFalse(token.isCoveredBy(new DiffEventDao(owner).freshness()));

    new StreamTableRefresher(owner).refresh(Events.DIFF);

    Freshness freshness = awaited.get(1, TimeUnit.MINUTES);
    assertTrue(token.isCoveredBy(freshness));
  }

  @Test
  void aRejectingExecutorFailsTheFuture() {
    ExecutorService stopped = Executors.newSingleThreadExecutor();
    stopped.shutdown();
    CompletableFuture<Fresh<List<Event>>> future =
        AsyncReads.on(stopped).supply(() -> new EventDao(owner).query().listFresh());
    assertTrue(future.isCompletedExceptionally());
    assertInstanceOf(
        RejectedExecutionException.class, future.handle((value, failure) -> failure).join());
  }
}
