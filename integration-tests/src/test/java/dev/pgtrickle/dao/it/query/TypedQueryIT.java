package dev.pgtrickle.dao.it.query;

import static dev.pgtrickle.dao.it.query.OrderLineDao.AMOUNT;
import static dev.pgtrickle.dao.it.query.OrderLineDao.CUSTOMER;
import static dev.pgtrickle.dao.it.query.OrderLineDao.ID;
import static dev.pgtrickle.dao.it.query.OrderLineDao.ORDERED_AT;
import static dev.pgtrickle.dao.it.query.OrderLineDao.REGION;
import static dev.pgtrickle.dao.it.query.QueryFixture.ids;
import static dev.pgtrickle.dao.it.query.QueryFixture.idsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed queries on a generated DAO against PostgreSQL 18: every operator, grouping, ordering with
 * NULLs, limit/offset, aggregates, and the terminals, each compared with SQL run directly on the
 * source table {@code orders}.
 */
class TypedQueryIT {
  private static TestDatabase db;
  private static DataSource source;
  private static OrderLineDao lines;
  private static RegionTotalsDao totals;

  @BeforeAll
  static void createData() throws SQLException {
    db = QueryFixture.create("typed_query_it");
    source = db.dataSource();
    lines = new OrderLineDao(db.pool(4));
    totals = new RegionTotalsDao(db.pool(4));
  }

  @AfterAll
  static void dropData() throws SQLException {
    db.close();
  }

  private static void assertSame(Condition<OrderLine> condition, String where, Object... values) {
    assertEquals(
        ids(source, "SELECT id FROM orders WHERE " + where + " ORDER BY id", values),
        idsOf(lines.query().where(condition).orderBy(ID.asc()).list()),
        where);
  }

  @Test
  void everyComparisonMatchesTheSameSqlOnTheSource() {
    BigDecimal ten = new BigDecimal("10.00");
    assertSame(CUSTOMER.eq("alice"), "customer = 'alice'");
    assertSame(REGION.ne("East"), "region <> 'East'");
    assertSame(AMOUNT.gt(ten), "amount > 10");
    assertSame(AMOUNT.ge(ten), "amount >= 10");
    assertSame(AMOUNT.lt(ten), "amount < 10");
    assertSame(AMOUNT.le(ten), "amount <= 10");
    assertSame(AMOUNT.between(new BigDecimal("5.50"), ten), "amount BETWEEN 5.50 AND 10");
    assertSame(REGION.in("East", "North"), "region IN ('East', 'North')");
    assertSame(REGION.in(List.of()), "false");
    assertSame(CUSTOMER.like("a%"), "customer LIKE 'a%'");
    assertSame(REGION.like("We\\_st"), "region LIKE 'We\\_st'");
    assertSame(REGION.ilike("EAST"), "region ILIKE 'east'");
    assertSame(REGION.isNull(), "region IS NULL");
    assertSame(AMOUNT.isNotNull(), "amount IS NOT NULL");
    assertSame(
        ORDERED_AT.ge(OffsetDateTime.parse("2026-11-02T00:00:00Z")),
        "ordered_at >= '2026-11-02T00:00:00Z'");
    assertSame(ID.in(1L, 3L, 99L), "id IN (1, 3, 99)");
  }

  @Test
  void andOrAndNotGroupAsWritten() {
    assertSame(
        REGION.eq("East").and(AMOUNT.gt(new BigDecimal("6")).or(CUSTOMER.eq("bob"))),
        "region = 'East' AND (amount > 6 OR customer = 'bob')");
    assertSame(
        REGION.eq("East").and(AMOUNT.gt(new BigDecimal("6"))).or(CUSTOMER.eq("bob")),
        "(region = 'East' AND amount > 6) OR customer = 'bob'");
    assertSame(REGION.eq("East").not(), "NOT (region = 'East')");
    assertSame(
        Condition.anyOf(REGION.isNull(), AMOUNT.isNull()), "region IS NULL OR amount IS NULL");
  }

  @Test
  void orderingPutsNullsFirstOrLastAsAsked() {
    for (String direction : List.of("ASC", "DESC")) {
      for (String nulls : List.of("FIRST", "LAST")) {
        var order = direction.equals("ASC") ? REGION.asc() : REGION.desc();
        order = nulls.equals("FIRST") ? order.nullsFirst() : order.nullsLast();
        assertEquals(
            ids(
                source,
                "SELECT id FROM orders ORDER BY region " + direction + " NULLS " + nulls + ", id"),
            idsOf(lines.query().orderBy(order.then(ID.asc())).list()),
            direction + " NULLS " + nulls);
      }
    }
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY amount DESC, id"),
        idsOf(lines.findAll(AMOUNT.desc().then(ID.asc()))));
  }

  @Test
  void limitAndOffsetPickRowsInTheQuerysOrder() {
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY id LIMIT 2 OFFSET 3"),
        idsOf(lines.query().orderBy(ID.asc()).limit(2).offset(3).list()));
    assertEquals(List.of(), lines.query().orderBy(ID.asc()).limit(0).list());
    assertEquals(
        ids(source, "SELECT id FROM orders ORDER BY id OFFSET 5"),
        idsOf(lines.query().orderBy(ID.asc()).offset(5).list()));
  }

  @Test
  void aggregatesEqualTheSameAggregatesOnTheSource() {
    assertEquals(
        Optional.of((BigDecimal) Sql.value(source, "SELECT sum(amount) FROM orders")),
        lines.query().sum(AMOUNT));
    assertEquals(
        Optional.of((BigDecimal) Sql.value(source, "SELECT avg(amount) FROM orders")),
        lines.query().avg(AMOUNT));
    assertEquals(
        Optional.of((BigDecimal) Sql.value(source, "SELECT min(amount) FROM orders")),
        lines.query().min(AMOUNT));
    assertEquals(
        Optional.of(
            (BigDecimal) Sql.value(source, "SELECT max(amount) FROM orders WHERE region = 'East'")),
        lines.query().where(REGION.eq("East")).max(AMOUNT));
    assertEquals(
        ((Number) Sql.value(source, "SELECT count(region) FROM orders")).longValue(),
        lines.query().count(REGION));
    assertEquals(
        Optional.of(new BigDecimal(Sql.value(source, "SELECT sum(id) FROM orders").toString())),
        lines.query().sum(ID));
    // order_totals holds count(*) per region: its sum is the number of orders in the source.
    assertEquals(
        Optional.of(new BigDecimal(Sql.value(source, "SELECT count(*) FROM orders").toString())),
        totals.query().sum(RegionTotalsDao.ORDER_COUNT));
    assertEquals(
        Optional.of(
            (BigDecimal)
                Sql.value(
                    source,
                    "SELECT max(t) FROM (SELECT sum(amount) AS t FROM orders GROUP BY region) s")),
        totals.query().max(RegionTotalsDao.TOTAL));
    assertEquals(
        Optional.of(
            (BigDecimal)
                Sql.value(
                    source,
                    "SELECT avg(c) FROM (SELECT count(*) AS c FROM orders GROUP BY region) s")),
        totals.query().avg(RegionTotalsDao.ORDER_COUNT));
    assertEquals(Optional.empty(), lines.query().where(CUSTOMER.eq("nobody")).sum(AMOUNT));
    assertEquals(Optional.of("alice"), lines.query().min(CUSTOMER));
  }

  @Test
  void countExistsAndFirstReadTheRows() {
    assertEquals(
        ((Number) Sql.value(source, "SELECT count(*) FROM orders WHERE amount > 6")).longValue(),
        lines.query().where(AMOUNT.gt(new BigDecimal("6"))).count());
    assertTrue(lines.query().where(CUSTOMER.eq("bob")).exists());
    assertFalse(lines.query().where(CUSTOMER.eq("nobody")).exists());
    assertEquals(
        Optional.of("frank"),
        lines.query().orderBy(AMOUNT.desc().nullsLast()).first().map(OrderLine::customer));
    assertEquals(Optional.empty(), lines.query().where(CUSTOMER.eq("nobody")).first());
  }

  @Test
  void oneAndOptionalReturnTheOnlyRow() {
    assertEquals("bob", lines.query().where(CUSTOMER.eq("bob")).one().customer());
    assertEquals(
        Optional.of("bob"),
        lines.query().where(CUSTOMER.eq("bob")).optional().map(OrderLine::customer));
    assertEquals(Optional.empty(), lines.query().where(CUSTOMER.eq("nobody")).optional());
  }

  @Test
  void oneFailsOnNoRowAndOnSeveralNamingTheTableAndTheCount() {
    StreamTableException none =
        assertThrows(
            StreamTableException.class, () -> lines.query().where(CUSTOMER.eq("nobody")).one());
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, none.reason());
    assertTrue(none.getMessage().contains("selects none"), none.getMessage());
    assertEquals("order_lines", none.streamTable().name());
    assertTrue(none.sql().orElseThrow().contains("\"customer\" = ?"));

    StreamTableException several =
        assertThrows(
            StreamTableException.class, () -> lines.query().where(CUSTOMER.eq("alice")).one());
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, several.reason());
    assertTrue(several.getMessage().contains("selects 2 rows"), several.getMessage());
    assertTrue(several.getMessage().contains("exactly one row"), several.getMessage());

    StreamTableException optional =
        assertThrows(
            StreamTableException.class, () -> lines.query().where(REGION.isNotNull()).optional());
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, optional.reason());
    long withRegion =
        ((Number) Sql.value(source, "SELECT count(*) FROM orders WHERE region IS NOT NULL"))
            .longValue();
    assertTrue(
        optional.getMessage().contains("selects " + withRegion + " rows"), optional.getMessage());
    assertTrue(optional.getMessage().contains("at most one row"), optional.getMessage());
  }

  @Test
  void streamReadsThroughACursorAndCloses() {
    try (Stream<OrderLine> rows =
        lines.query().where(CUSTOMER.eq("alice")).orderBy(ID.asc()).stream()) {
      assertEquals(
          ids(source, "SELECT id FROM orders WHERE customer = 'alice' ORDER BY id"),
          idsOf(rows.toList()));
    }
  }

  @Test
  void queriesOnACallersConnectionLeaveItsTransactionAlone() throws SQLException {
    try (Connection connection = db.connect()) {
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        statement.execute("CREATE TEMP TABLE scratch (x int)");
      }
      assertEquals(2, lines.on(connection).query().where(CUSTOMER.eq("alice")).count());
      assertFalse(connection.getAutoCommit());
      assertFalse(connection.isReadOnly());
      try (var statement = connection.createStatement()) {
        // Still the caller's read-write transaction: the DAO neither committed nor ended it.
        statement.execute("INSERT INTO scratch VALUES (1)");
      }
      connection.rollback();
    }
    try (Connection connection = db.connect()) {
      assertTrue(connection.getAutoCommit());
      assertEquals(2, lines.on(connection).query().where(CUSTOMER.eq("alice")).count());
      assertTrue(connection.getAutoCommit());
      assertFalse(connection.isReadOnly());
    }
  }

  @Test
  void theSqlOfAShapeIsBuiltOnceWhateverTheValues() {
    String first = lines.query().where(CUSTOMER.eq("a")).orderBy(ID.asc()).limit(1).sql();
    String second = lines.query().where(CUSTOMER.eq("b")).orderBy(ID.asc()).limit(9).sql();
    assertTrue(first == second, "the same String instance for the same shape");
    assertNotEquals(first, lines.query().where(CUSTOMER.ne("a")).sql());
  }
}
