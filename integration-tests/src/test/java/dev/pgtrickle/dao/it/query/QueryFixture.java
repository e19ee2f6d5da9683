package dev.pgtrickle.dao.it.query;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The data of this package's tests: the seed guide's orders (three regions, a NULL region, a NULL
 * amount) plus two more, stream tables {@code order_totals} and {@code order_lines} refreshed over
 * them, and {@code write_attempt()}, a function that inserts an order.
 */
final class QueryFixture {
  static final String ORDER_LINES_QUERY =
      "SELECT id, customer, region, amount, ordered_at FROM orders";

  private QueryFixture() {}

  static TestDatabase create(String prefix) throws SQLException {
    TestDatabase db = TestDatabase.create(prefix);
    DataSource dataSource = db.dataSource();
    Sales.createAll(dataSource);
    Sql.run(dataSource, Sales.createStreamTable("order_lines", ORDER_LINES_QUERY, "FULL"));
    Sales.sampleOrders(dataSource);
    Sales.order(dataSource, "erin", "east", "7.25", "2026-11-04T10:00:00Z");
    Sales.order(dataSource, "frank", "We_st", "100.00", "2026-11-05T10:00:00Z");
    Sql.run(
        dataSource,
        "CREATE FUNCTION write_attempt() RETURNS bigint LANGUAGE plpgsql VOLATILE AS"
            + " $f$ BEGIN INSERT INTO orders (customer) VALUES ('mallory'); RETURN 1; END $f$");
    Sql.refresh(dataSource, "public.order_totals");
    Sql.refresh(dataSource, "public.order_lines");
    return db;
  }

  /** The first column of {@code sql}'s rows, as longs, computed directly on the source. */
  static List<Long> ids(DataSource dataSource, String sql, Object... parameters) {
    List<Long> ids = new ArrayList<>();
    for (List<Object> row : Sql.rows(dataSource, sql, parameters)) {
      ids.add(((Number) row.get(0)).longValue());
    }
    return ids;
  }

  static List<Long> idsOf(List<OrderLine> lines) {
    return lines.stream().map(OrderLine::id).toList();
  }
}
