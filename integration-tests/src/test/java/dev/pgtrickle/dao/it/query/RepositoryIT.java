package dev.pgtrickle.dao.it.query;

import static dev.pgtrickle.dao.it.query.QueryFixture.ids;
import static dev.pgtrickle.dao.it.query.QueryFixture.idsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated implementation of a {@code @StreamTableRepository} interface against PostgreSQL 18:
 * derived finders and {@code @Query} methods, compared with SQL run directly on the source, and the
 * read-only transaction that stops a {@code @Query} from writing.
 */
class RepositoryIT {
  private static TestDatabase db;
  private static DataSource source;
  private static OrderLineRepository queries;

  @BeforeAll
  static void createData() throws SQLException {
    db = QueryFixture.create("repository_it");
    source = db.dataSource();
    queries = new OrderLineRepositoryImpl(db.pool(4));
  }

  @AfterAll
  static void dropData() throws SQLException {
    db.close();
  }

  private static List<Long> where(String condition, Object... values) {
    return ids(source, "SELECT id FROM orders WHERE " + condition + " ORDER BY id", values);
  }

  @Test
  void derivedFindersMatchTheSameSqlOnTheSource() {
    BigDecimal six = new BigDecimal("6");
    BigDecimal ten = new BigDecimal("10.00");
    assertEquals(where("customer = 'alice'"), idsOf(queries.findByCustomerOrderByIdAsc("alice")));
    assertEquals(
        where("region = 'East' AND amount > 6"),
        idsOf(queries.findByRegionAndAmountGreaterThanOrderByIdAsc("East", six)));
    assertEquals(
        where("region = 'West' OR amount IS NULL"),
        idsOf(queries.findByRegionOrAmountIsNullOrderByIdAsc("West")));
    assertEquals(
        where("amount >= 5.50 AND amount <= 10"),
        idsOf(
            queries.findByAmountGreaterThanEqualAndAmountLessThanEqualOrderByIdAsc(
                new BigDecimal("5.50"), ten)));
    assertEquals(where("amount < 10"), idsOf(queries.findByAmountLessThanOrderByIdAsc(ten)));
    assertEquals(
        where("amount BETWEEN 6 AND 100"),
        idsOf(queries.findByAmountBetweenOrderByIdAsc(six, new BigDecimal("100"))));
    assertEquals(
        where("region IN ('East', 'West')"),
        idsOf(queries.findByRegionInOrderByIdAsc(List.of("East", "West"))));
    assertEquals(
        where("region NOT IN ('East', 'West')"),
        idsOf(queries.findByRegionNotInOrderByIdAsc(List.of("East", "West"))));
    assertEquals(
        where("customer LIKE '%a%'"), idsOf(queries.findByCustomerLikeOrderByIdAsc("%a%")));
    assertEquals(
        where("region ILIKE 'east'"), idsOf(queries.findByRegionIgnoreCaseOrderByIdAsc("EAST")));
    // IgnoreCase matches the value literally: _ is no wildcard there.
    assertEquals(
        where("region = 'We_st'"), idsOf(queries.findByRegionIgnoreCaseOrderByIdAsc("we_st")));
    assertEquals(
        where("region ILIKE 'w%'"), idsOf(queries.findByRegionLikeIgnoreCaseOrderByIdAsc("W%")));
    assertEquals(where("region IS NULL"), idsOf(queries.findByRegionIsNull()));
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE region IS NOT NULL ORDER BY region DESC, id"),
        idsOf(queries.findByRegionIsNotNullOrderByRegionDescIdAsc()));
    assertEquals(where("region <> 'East'"), idsOf(queries.findByRegionNotOrderByIdAsc("East")));
  }

  @Test
  void firstTopOneAndOptionalFinders() {
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE customer = 'alice' ORDER BY amount DESC LIMIT 1"),
        queries.findFirstByCustomerOrderByAmountDesc("alice").map(OrderLine::id).stream().toList());
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE amount IS NOT NULL ORDER BY amount DESC LIMIT 2"),
        idsOf(queries.findTop2ByAmountIsNotNullOrderByAmountDesc()));
    long bob = where("customer = 'bob'").get(0);
    assertEquals("bob", queries.findById(bob).customer());
    assertEquals(
        StreamTableException.Reason.UNEXPECTED_ROW_COUNT,
        assertThrows(StreamTableException.class, () -> queries.findById(-1)).reason());
    assertEquals(Optional.empty(), queries.findByCustomerAndRegion("alice", "North"));
    assertEquals(
        Optional.of("West"),
        queries.findByCustomerAndRegion("alice", "West").map(OrderLine::region));
  }

  @Test
  void streamCountAndExistsFinders() {
    try (Stream<OrderLine> rows = queries.streamByCustomerOrderByIdAsc("alice")) {
      assertEquals(where("customer = 'alice'"), idsOf(rows.toList()));
    }
    assertEquals(
        ((Number) Sql.value(source, "SELECT count(*) FROM orders WHERE region = 'East'"))
            .longValue(),
        queries.countByRegion("East"));
    assertTrue(queries.existsByCustomer("carol"));
    assertFalse(queries.existsByCustomer("mallory"));
  }

  @Test
  void findersOnACallersConnectionAndDefaultMethods() throws SQLException {
    try (Connection connection = db.connect()) {
      assertEquals(where("customer = 'bob'"), idsOf(queries.on(connection).findByCustomer("bob")));
      assertEquals(
          ((Number) Sql.value(source, "SELECT count(*) FROM orders")).longValue(),
          queries.on(connection).linesIn("any"));
      assertTrue(connection.getAutoCommit());
    }
    assertEquals(where("customer = 'alice'"), idsOf(queries.ofAlice()));
  }

  @Test
  void queryMethodsBindNamedParametersAndReturnEveryShape() {
    assertEquals(
        where("region = 'East' AND amount > 6"),
        idsOf(queries.inRegionAbove("East", new BigDecimal("6"))));
    long bob = where("customer = 'bob'").get(0);
    assertEquals(Optional.of("bob"), queries.byId(bob).map(OrderLine::customer));
    assertEquals(Optional.empty(), queries.byId(-1));
    assertEquals("carol", queries.onlyOrderOf("carol").customer());
    try (Stream<OrderLine> rows = queries.everyLine()) {
      assertEquals(where("true"), idsOf(rows.toList()));
    }
    assertEquals(
        Optional.of(
            (BigDecimal)
                Sql.value(source, "SELECT sum(amount) FROM orders WHERE customer = 'alice'")),
        queries.spentBy("alice"));
    assertEquals(Optional.empty(), queries.spentBy("nobody"));
  }

  @Test
  void aQueryMethodExpectingOneRowFailsOnSeveralAndOnNone() {
    StreamTableException several =
        assertThrows(StreamTableException.class, () -> queries.onlyOrderOf("alice"));
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, several.reason());
    assertTrue(several.getMessage().contains("selects 2 rows"), several.getMessage());
    StreamTableException none =
        assertThrows(StreamTableException.class, () -> queries.onlyOrderOf("nobody"));
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, none.reason());
    assertTrue(none.getMessage().contains("selects none"), none.getMessage());
  }

  @Test
  void aQueryCallingAFunctionThatWritesIsRejectedByPostgresqlAndWritesNothing() {
    long before = ((Number) Sql.value(source, "SELECT count(*) FROM orders")).longValue();

    StreamTableException e = assertThrows(StreamTableException.class, queries::sneakyCount);

    assertEquals(Optional.of("25006"), e.sqlState()); // read_only_sql_transaction
    assertEquals(Optional.of("SELECT write_attempt()"), e.sql());
    assertEquals("order_lines", e.streamTable().name());
    assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
    assertEquals(before, ((Number) Sql.value(source, "SELECT count(*) FROM orders")).longValue());
    // The failed transaction was rolled back: the next read works.
    assertTrue(queries.existsByCustomer("alice"));
  }
}
