package dev.pgtrickle.dao.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a read benchmark compares, set up once per trial on the same pool: the generated DAO,
 * Spring's {@code JdbcTemplate} with a {@code DataClassRowMapper}, Jdbi 3 with its constructor
 * mapper, and jOOQ. Each is configured the way its documentation shows for records, with default
 * settings.
 */
final class Contenders implements AutoCloseable {

  final HikariDataSource dataSource;
  final CustomerTotalsDao dao;
  final JdbcTemplate spring;
  final DataClassRowMapper<CustomerTotals> springMapper;
  final Jdbi jdbi;
  final DSLContext jooq;

  Contenders(int size) {
    // jOOQ prints a banner and tips on first use; they are noise in benchmark output.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    dataSource = BenchDatabase.pool(size);
    dao = new CustomerTotalsDao(dataSource);
    spring = new JdbcTemplate(dataSource);
    springMapper = new DataClassRowMapper<>(CustomerTotals.class);
    jdbi = Jdbi.create(dataSource);
    jdbi.registerRowMapper(ConstructorMapper.factory(CustomerTotals.class));
    jooq = DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  List<CustomerTotals> spring(String sql, Object... parameters) {
    return spring.query(sql, springMapper, parameters);
  }

  List<CustomerTotals> jdbi(String sql, Object... parameters) {
    return jdbi.withHandle(
        handle -> {
          var query = handle.createQuery(sql);
          for (int i = 0; i < parameters.length; i++) {
            query.bind(i, parameters[i]);
          }
          return query.mapTo(CustomerTotals.class).list();
        });
  }

  List<CustomerTotals> jooq(String sql, Object... parameters) {
    return jooq.resultQuery(sql, parameters).fetchInto(CustomerTotals.class);
  }

  /**
   * Fails unless every contender reads exactly the rows the hand-written JDBC reads, so no
   * contender is measured doing less work (or the wrong work).
   */
  static void checkSame(
      int expectedRows, List<CustomerTotals> reference, Map<String, List<CustomerTotals>> others) {
    if (reference.size() != expectedRows) {
      throw new IllegalStateException(
          "hand-written JDBC read " + reference.size() + " rows, expected " + expectedRows);
    }
    List<CustomerTotals> sorted = sorted(reference);
    others.forEach(
        (name, rows) -> {
          if (!sorted(rows).equals(sorted)) {
            throw new IllegalStateException(
                name
                    + " read different rows than hand-written JDBC; first: "
                    + (rows.isEmpty() ? "none" : rows.get(0))
                    + " vs "
                    + sorted.get(0));
          }
        });
  }

  private static List<CustomerTotals> sorted(List<CustomerTotals> rows) {
    return rows.stream().sorted(Comparator.comparing(CustomerTotals::customer)).toList();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
