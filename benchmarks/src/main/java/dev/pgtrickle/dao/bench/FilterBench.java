package dev.pgtrickle.dao.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * A filtered read, {@code WHERE "region" = ?} (a tenth of the rows), bound as a parameter:
 * hand-written JDBC, the generated {@code findByRegion}, the typed query {@code
 * dao.query().where(REGION.eq(...)).list()}, and the peers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FilterBench {

  /** The region every read filters on: a tenth of the rows. */
  static final String REGION = "region-3";

  /** Rows in the stream table (the filter returns a tenth of them). */
  @Param({"10", "1000", "100000"})
  public int size;

  private Contenders contenders;

  /** Opens the pool and checks that every contender reads the same rows. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    contenders = new Contenders(size);
    Contenders.checkSame(
        size / 10,
        handWritten(),
        Map.of(
            "typed query", daoTypedQuery(),
            "Spring", springDataClassRowMapper(),
            "Jdbi", jdbiConstructorMapper(),
            "jOOQ", jooqFetchInto()));
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    contenders.close();
  }

  /** Hand-written JDBC, in the variant that matches the DAO's read path. */
  @Benchmark
  public List<CustomerTotals> handWritten() throws SQLException {
    return HandWritten.matchingDao(contenders.dataSource, HandWritten.FIND_BY_REGION, REGION);
  }

  /** The typed query {@code query().where(REGION.eq(region)).list()}, its SQL shape cached. */
  @Benchmark
  public List<CustomerTotals> daoTypedQuery() {
    return contenders.dao.query().where(CustomerTotalsDao.REGION.eq(REGION)).list();
  }

  /** Spring {@code JdbcTemplate.query} with a {@code DataClassRowMapper}. */
  @Benchmark
  public List<CustomerTotals> springDataClassRowMapper() {
    return contenders.spring(HandWritten.FIND_BY_REGION, REGION);
  }

  /** Jdbi 3 with its {@code ConstructorMapper}. */
  @Benchmark
  public List<CustomerTotals> jdbiConstructorMapper() {
    return contenders.jdbi(HandWritten.FIND_BY_REGION, REGION);
  }

  /** jOOQ plain SQL with a bind value, {@code fetchInto(CustomerTotals.class)}. */
  @Benchmark
  public List<CustomerTotals> jooqFetchInto() {
    return contenders.jooq(HandWritten.FIND_BY_REGION, REGION);
  }
}
