package dev.pgtrickle.dao.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of run-time read-only enforcement: the same hand-written read in auto-commit mode; in a
 * read-only transaction pipelined as {@code BEGIN READ ONLY; ...; COMMIT}, as the DAO sends it; and
 * in a read-only transaction made by switching the connection ({@code setAutoCommit(false)}, {@code
 * setReadOnly(true)}, the statement, {@code COMMIT}, both restored), which is one more round trip.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadOnlyCostBench {

  /** Rows in the stream table; the extra round trip costs the same at any size. */
  @Param({"10", "1000"})
  public int size;

  private HikariDataSource dataSource;

  /** Opens the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    dataSource = BenchDatabase.pool(size);
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    dataSource.close();
  }

  /** The read in auto-commit mode. */
  @Benchmark
  public List<CustomerTotals> autoCommit() throws SQLException {
    return HandWritten.autoCommit(dataSource, HandWritten.FIND_ALL, null);
  }

  /** The same read in a read-only transaction, pipelined in one round trip. */
  @Benchmark
  public List<CustomerTotals> pipelinedReadOnly() throws SQLException {
    return HandWritten.pipelinedReadOnly(dataSource, HandWritten.PIPELINED_FIND_ALL, null);
  }

  /** The same read in a read-only transaction made by switching the connection. */
  @Benchmark
  public List<CustomerTotals> readOnlyTransaction() throws SQLException {
    return HandWritten.readOnlyTransaction(dataSource, HandWritten.FIND_ALL, null);
  }
}
