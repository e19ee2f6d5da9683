package dev.pgtrickle.dao.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.Readings;
import dev.pgtrickle.dao.runtime.StaleDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncReadsTest {
  /** Runs tasks when asked, so the test controls when reads happen. */
  private static final class ManualExecutor implements Executor {
    final List<Runnable> tasks = new ArrayList<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      tasks.forEach(Runnable::run);
      tasks.clear();
    }
  }

  @Test
  void runsTheReadOnTheCallersExecutor() throws Exception {
    ManualExecutor executor = new ManualExecutor();
    CompletableFuture<String> future = AsyncReads.on(executor).supply(() -> "rows");
    assertEquals(1, executor.tasks.size());
    executor.runAll();
    assertEquals("rows", future.get());
  }

  @Test
  void failuresArriveUnwrapped() {
    ManualExecutor executor = new ManualExecutor();
    StaleDataException stale =
        new StaleDataException(
            Readings.aged(Freshness.RefreshMode.FULL, 60), java.time.Duration.ofSeconds(1));
    CompletableFuture<String> future =
        AsyncReads.on(executor)
            .supply(
                () -> {
                  throw stale;
                });
    executor.runAll();
    assertSame(stale, future.handle((value, failure) -> failure).join());
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertSame(stale, e.getCause());
  }

  @Test
  void aCancelledFutureSkipsTheRead() {
    ManualExecutor executor = new ManualExecutor();
    AtomicInteger reads = new AtomicInteger();
    CompletableFuture<Integer> future = AsyncReads.on(executor).supply(reads::incrementAndGet);
    future.cancel(false);
    executor.runAll();
    assertEquals(0, reads.get());
    assertTrue(future.isCancelled());
  }

  @Test
  void aRejectingExecutorFailsTheFuture() {
    CompletableFuture<String> future =
        AsyncReads.on(
                task -> {
                  throw new RejectedExecutionException("full");
                })
            .supply(() -> "never");
    assertInstanceOf(
        RejectedExecutionException.class, future.handle((value, failure) -> failure).join());
  }
}
