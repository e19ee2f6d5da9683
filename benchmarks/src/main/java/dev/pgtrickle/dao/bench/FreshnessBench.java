package dev.pgtrickle.dao.bench;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowing how fresh the data is, on the 10-row stream table (so the freshness part dominates): the
 * generated {@code freshness()} (one catalog query), pg_trickle's own {@code get_staleness(name)},
 * and the seed guide's approach, a data query plus a separate staleness query, and the generated
 * one-round-trip fresh read ({@code query().listFresh()}: rows and catalog row in one statement,
 * under one snapshot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FreshnessBench {

  private static final int SIZE = 10;
  private static final String GET_STALENESS = "SELECT pgtrickle.get_staleness(?)";

  private Contenders contenders;

  /** Opens the pool and checks that the table is known to pg_trickle. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    contenders = new Contenders(SIZE);
    if (!daoFreshness().isPopulated() || Double.isNaN(getStaleness())) {
      throw new IllegalStateException(BenchData.STREAM_TABLE + " is not populated");
    }
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    contenders.close();
  }

  /** The generated {@code freshness()}: status, mode, schedule and ages in one query. */
  @Benchmark
  public Freshness daoFreshness() {
    return contenders.dao.freshness();
  }

  /** {@code SELECT pgtrickle.get_staleness('public.customer_totals')}, seconds or NaN for NULL. */
  @Benchmark
  public double getStaleness() throws SQLException {
    try (Connection connection = contenders.dataSource.getConnection()) {
      return staleness(connection);
    }
  }

  /** The seed guide: the data query, then {@code get_staleness} in a second statement. */
  @Benchmark
  public Object[] seedGuideDataThenStaleness() throws SQLException {
    try (Connection connection = contenders.dataSource.getConnection()) {
      List<CustomerTotals> rows = HandWritten.list(connection, HandWritten.FIND_ALL, null);
      return new Object[] {rows, staleness(connection)};
    }
  }

  /**
   * The DAO's {@code query().listFresh()} (v1's {@code findAllFresh()}, whose name the benchmark
   * keeps for comparison): the rows and their freshness in one statement, the DAO's constant.
   */
  @Benchmark
  public Fresh<List<CustomerTotals>> daoFindAllFresh() {
    return contenders.dao.query().listFresh();
  }

  private static double staleness(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(GET_STALENESS)) {
      statement.setString(1, BenchData.STREAM_TABLE);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        double seconds = row.getDouble(1);
        return row.wasNull() ? Double.NaN : seconds;
      }
    }
  }
}
