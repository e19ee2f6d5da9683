package dev.pgtrickle.dao.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code streamAll()} over all 100,000 rows in a fork whose heap is capped at 64 MB. It fails (and
 * so fails the smoke run) if the heap is not capped or not every row arrives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamAllSmallHeapBench {

  private static final int ROWS = 100_000;
  private static final long HEAP_CAP = 64L * 1024 * 1024;

  private HikariDataSource dataSource;
  private CustomerTotalsDao dao;

  /** Checks the heap cap and opens the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > HEAP_CAP) {
      throw new IllegalStateException(
          "the fork's heap is " + maxHeap + " bytes, not capped at 64 MB");
    }
    dataSource = BenchDatabase.pool(ROWS);
    dao = new CustomerTotalsDao(dataSource);
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    dataSource.close();
  }

  /** Streams every row and counts them; fewer than 100,000 is a failure. */
  @Benchmark
  public long streamAll100kIn64m() {
    long count;
    try (Stream<CustomerTotals> rows = dao.streamAll()) {
      count = rows.count();
    }
    if (count != ROWS) {
      throw new IllegalStateException("streamAll read " + count + " rows, expected " + ROWS);
    }
    return count;
  }
}
