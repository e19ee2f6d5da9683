package dev.pgtrickle.dao.it.query;

import static dev.pgtrickle.dao.it.query.QueryFixture.ids;
import static dev.pgtrickle.dao.it.query.QueryFixture.idsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a repository promises beyond its finders, against PostgreSQL 18: one null rule, projections
 * onto smaller records, a {@code @Query}'s {@code ORDER BY} kept by construction, reads on the
 * caller's connection through {@code on(Connection)}, and every {@code StreamTableDao} method for
 * code written against the contract.
 */
class RepositoryContractIT {
  private static TestDatabase db;
  private static DataSource source;
  private static List<String> sent;
  private static OrderLineRepository repository;

  @BeforeAll
  static void createData() throws SQLException {
    db = QueryFixture.create("repository_contract_it");
    source = db.dataSource();
    sent = Collections.synchronizedList(new ArrayList<>());
    repository = new OrderLineRepositoryImpl(recording(db.pool(2), sent));
  }

  @AfterAll
  static void dropData() throws SQLException {
    db.close();
  }

  private static List<Long> where(String condition) {
    return ids(source, "SELECT id FROM orders WHERE " + condition + " ORDER BY id");
  }

  @Test
  void aNullArgumentOfADerivedFinderMeansIsNull() {
    List<Long> nulls = where("region IS NULL");
    assertFalse(nulls.isEmpty(), "the fixture has an order without a region");
    assertEquals(nulls, idsOf(repository.findByRegionOrderByIdAsc(null)));
    assertEquals(where("region IS NOT NULL"), idsOf(repository.findByRegionNotOrderByIdAsc(null)));
    assertEquals(nulls.size(), repository.countByRegion(null));
    assertEquals(where("region = 'East'"), idsOf(repository.findByRegionOrderByIdAsc("East")));
  }

  @Test
  void aNullBoundInAQueryIsSqlNullSoEqualityMatchesNothingButIsNotDistinctFromMatchesNulls() {
    assertEquals(List.of(), repository.inRegionEquals(null));
    assertEquals(where("region IS NULL"), idsOf(repository.inRegionOrNull(null)));
    assertEquals(where("region = 'East'"), idsOf(repository.inRegionOrNull("East")));
    assertEquals(where("region = 'East'"), idsOf(repository.inRegionEquals("East")));
  }

  @Test
  void aSmallerRecordOverTheSameStreamTableReadsItsColumns() {
    List<CustomerAmount> expected = new ArrayList<>();
    for (List<Object> row :
        Sql.rows(
            source,
            "SELECT customer, amount FROM orders WHERE amount IS NOT NULL"
                + " ORDER BY amount DESC, id")) {
      expected.add(new CustomerAmount((String) row.get(0), (BigDecimal) row.get(1)));
    }
    assertTrue(expected.size() > 3);
    assertEquals(expected, repository.largestAmounts());

    long bob = where("customer = 'bob'").get(0);
    assertEquals(
        Optional.of(
            new CustomerAmount(
                "bob",
                (BigDecimal) Sql.value(source, "SELECT amount FROM orders WHERE id = ?", bob))),
        repository.amountOf(bob));
    assertEquals(Optional.empty(), repository.amountOf(-1));
  }

  @Test
  void aProjectionOfAggregatesKeepsItsOrder() {
    List<CustomerSpend> expected = new ArrayList<>();
    for (List<Object> row :
        Sql.rows(
            source,
            "SELECT customer, sum(amount), count(*) FROM orders GROUP BY customer"
                + " ORDER BY sum(amount) DESC NULLS LAST, customer")) {
      expected.add(
          new CustomerSpend(
              (String) row.get(0), (BigDecimal) row.get(1), ((Number) row.get(2)).longValue()));
    }
    try (Stream<CustomerSpend> rows = repository.spendByCustomer()) {
      assertEquals(expected, rows.toList());
    }
  }

  @Test
  void aProjectionComponentThatCannotHoldAnExpressionsValuesFailsOnTheFirstRow() {
    ColumnMappingException e = assertThrows(ColumnMappingException.class, repository::ordersAsInt);
    assertEquals("CustomerOrders.orders", e.component());
    assertEquals(Optional.of("orders"), e.column());
  }

  @Test
  void aQueryRunsWithItsOrderByOnTopAsPostgresqlPlansIt() {
    List<Long> expected = ids(source, "SELECT id FROM orders ORDER BY amount DESC NULLS LAST, id");
    sent.clear();
    assertEquals(expected, idsOf(repository.byAmount()));

    List<String> statements = new ArrayList<>(sent);
    assertEquals(1, statements.size(), statements.toString());
    // The runtime may pipeline the statement in its read-only transaction: BEGIN ...; sql; COMMIT.
    String statement =
        statements
            .get(0)
            .replaceFirst("(?s)^BEGIN READ ONLY;\\s*", "")
            .replaceFirst("(?s)\\s*;\\s*COMMIT\\s*$", "");
    assertTrue(statement.startsWith("SELECT "), statement);
    assertTrue(
        statement.endsWith("FROM order_lines ORDER BY amount DESC NULLS LAST, id"), statement);
    // The statement's own top node is the sort, so its rows leave in that order. Wrapped in a
    // subquery, as pgtrickle-dao 0.x did, the top node is a scan of the subquery, whose order SQL
    // does not promise: the check tells the two apart.
    assertEquals("Sort", topNode(statement));
    assertNotEquals("Sort", topNode("SELECT id FROM (" + statement + ") AS q"));
  }

  @Test
  void springDataOrderingWithoutACondition() {
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY amount DESC, id"),
        idsOf(repository.findAllByOrderByAmountDescIdAsc()));
  }

  @Test
  void onBindsEveryKindOfReadToTheCallersConnectionAndTransaction() throws SQLException {
    String pooled = repository.applicationName();
    try (Connection connection = db.connect()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL application_name = 'caller'");
      }
      OrderLineRepository bound = repository.on(connection);

      assertEquals("caller", bound.applicationName()); // a @Query
      assertEquals(where("customer = 'bob'"), idsOf(bound.findByCustomer("bob"))); // derived
      assertEquals(where("true").size(), bound.count()); // delegated to the DAO
      assertEquals(where("true").size(), bound.findAll().size());

      // Still open, still in the same transaction: SET LOCAL lasts until it ends.
      assertFalse(connection.isClosed());
      assertFalse(connection.getAutoCommit());
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT current_setting('application_name')")) {
        assertTrue(rows.next());
        assertEquals("caller", rows.getString(1));
      }
      connection.rollback();
    }
    assertNotEquals("caller", pooled);
    assertEquals(pooled, repository.applicationName());
  }

  @Test
  void codeWrittenAgainstTheContractGetsEveryDaoRead() {
    StreamTableDao<OrderLine> dao = repository;
    assertEquals("order_lines", dao.streamTable().name());
    assertEquals(where("true").size(), dao.count());
    assertEquals(where("true"), idsOf(dao.findAll(OrderLineDao.ID.asc())));
    assertEquals(
        where("customer = 'alice'"),
        idsOf(
            dao.query()
                .where(OrderLineDao.CUSTOMER.eq("alice"))
                .orderBy(OrderLineDao.ID.asc())
                .list()));
    try (Stream<OrderLine> rows = dao.streamAll()) {
      assertEquals(where("true").size(), rows.count());
    }
  }

  /** The node type at the top of PostgreSQL's plan for {@code sql}. */
  private static String topNode(String sql) {
    String plan = String.valueOf(Sql.value(source, "EXPLAIN (FORMAT JSON) " + sql));
    String key = "\"Node Type\": \"";
    int start = plan.indexOf(key) + key.length();
    return plan.substring(start, plan.indexOf('"', start));
  }

  /** {@code target}, recording the SQL of every statement prepared on its connections. */
  private static DataSource recording(DataSource target, List<String> sql) {
    ClassLoader loader = RepositoryContractIT.class.getClassLoader();
    return (DataSource)
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              Object result = invoke(method, target, arguments);
              if (!(result instanceof Connection connection)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  loader,
                  new Class<?>[] {Connection.class},
                  (inner, call, values) -> {
                    if (call.getName().equals("prepareStatement")) {
                      sql.add((String) values[0]);
                    }
                    return invoke(call, connection, values);
                  });
            });
  }

  private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
