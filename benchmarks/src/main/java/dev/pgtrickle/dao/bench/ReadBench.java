package dev.pgtrickle.dao.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same query, {@code SELECT} of every column of every row of {@code public.customer_totals},
 * through every contender, in one run: the floor (a {@code ResultSet} loop that builds nothing),
 * hand-written JDBC (the limit the DAO must match), the generated DAO's {@code findAll} and {@code
 * streamAll}, Spring, Jdbi and jOOQ. Each returns what it built, so nothing is optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBench {

  /** Rows in the stream table. */
  @Param({"10", "1000", "100000"})
  public int size;

  private Contenders contenders;

  /** Opens the pool and checks that every contender reads the same rows. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    contenders = new Contenders(size);
    Contenders.checkSame(
        size,
        handWritten(),
        Map.of(
            "generated findAll", daoFindAll(),
            "generated streamAll", daoStreamAllToList(),
            "Spring", springDataClassRowMapper(),
            "Jdbi", jdbiConstructorMapper(),
            "jOOQ", jooqFetchInto()));
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    contenders.close();
  }

  /** The floor: reads every column of every row with the same getters, builds nothing. */
  @Benchmark
  public void rawResultSetLoop(Blackhole blackhole) throws SQLException {
    try (Connection connection = contenders.dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(HandWritten.FIND_ALL);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        blackhole.consume(row.getString(1));
        blackhole.consume(row.getString(2));
        blackhole.consume(row.getLong(3));
        blackhole.consume(row.getBigDecimal(4));
        blackhole.consume(row.getObject(5, OffsetDateTime.class));
        blackhole.consume(row.getString(6));
      }
    }
  }

  /** Hand-written JDBC, in the variant that matches the DAO's read path. */
  @Benchmark
  public List<CustomerTotals> handWritten() throws SQLException {
    return HandWritten.matchingDao(contenders.dataSource, HandWritten.FIND_ALL, null);
  }

  /** The generated DAO's {@code findAll()}. */
  @Benchmark
  public List<CustomerTotals> daoFindAll() {
    return contenders.dao.findAll();
  }

  /** The generated DAO's {@code streamAll()}: a server-side cursor, 1,000 rows per fetch. */
  @Benchmark
  public void daoStreamAll(Blackhole blackhole) {
    try (Stream<CustomerTotals> rows = contenders.dao.streamAll()) {
      rows.forEach(blackhole::consume);
    }
  }

  private List<CustomerTotals> daoStreamAllToList() {
    try (Stream<CustomerTotals> rows = contenders.dao.streamAll()) {
      return rows.toList();
    }
  }

  /** Spring {@code JdbcTemplate.query} with a {@code DataClassRowMapper}. */
  @Benchmark
  public List<CustomerTotals> springDataClassRowMapper() {
    return contenders.spring(HandWritten.FIND_ALL);
  }

  /** Jdbi 3, {@code mapTo} through its {@code ConstructorMapper} for the record. */
  @Benchmark
  public List<CustomerTotals> jdbiConstructorMapper() {
    return contenders.jdbi(HandWritten.FIND_ALL);
  }

  /** jOOQ, plain SQL {@code resultQuery(sql).fetchInto(CustomerTotals.class)}. */
  @Benchmark
  public List<CustomerTotals> jooqFetchInto() {
    return contenders.jooq(HandWritten.FIND_ALL);
  }
}
