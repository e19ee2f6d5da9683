package dev.pgtrickle.dao.operations;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs blocking reads on an {@link Executor} the caller provides, as {@link CompletableFuture}s.
 * JDBC blocks, so the work needs threads; which ones is the application's choice: a bounded pool
 * sized like the connection pool, or, on Java 21 and later, a virtual-thread-per-task executor,
 * with no change here.
 *
 * <pre>{@code
 * AsyncReads async = AsyncReads.on(executor);
 * CompletableFuture<Fresh<List<OrderTotals>>> totals = async.supply(() -> dao.query().listFresh());
 * }</pre>
 *
 * <p>A failed read completes the future exceptionally with the read's own exception (for example
 * {@link dev.pgtrickle.dao.runtime.StaleDataException}), not wrapped, so {@code exceptionally} and
 * {@code handle} see it as thrown. A future cancelled before its task starts skips the read.
 * Thread-safe.
 */
public final class AsyncReads {
  private final Executor executor;

  private AsyncReads(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Reads that run on {@code executor}. */
  public static AsyncReads on(Executor executor) {
    return new AsyncReads(executor);
  }

  /** The executor reads run on. */
  public Executor executor() {
    return executor;
  }

  /** Runs {@code read} on the executor. */
  public <T> CompletableFuture<T> supply(Supplier<? extends T> read) {
    Objects.requireNonNull(read, "read");
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      executor.execute(
          () -> {
            if (future.isDone()) {
              return;
            }
            try {
              future.complete(read.get());
            } catch (RuntimeException | Error e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(e);
    }
    return future;
  }
}
