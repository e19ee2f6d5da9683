package dev.pgtrickle.dao.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.reflection.ReflectedTable;
import dev.pgtrickle.dao.reflection.Row;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reflection reads the seed's three stream tables by name, without records. */
class ReflectionIT {
  private static final String[] TABLES = {
    "public.order_totals", "public.daily_revenue", "public.customer_stats"
  };

  private static TestDatabase db;
  private static DataSource reader;
  private static DataSource readOnly;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("reflection_it");
    DataSource admin = db.dataSource();
    Sales.createAll(admin);
    Sales.sampleOrders(admin);
    for (String table : TABLES) {
      dev.pgtrickle.dao.it.fixtures.Sql.refresh(admin, table);
    }
    reader = db.readerRole(TABLES);
    readOnly = db.readOnlyRole(TABLES);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void readsOrderTotalsOrderedAndLimitedUnderTheReaderRole() {
    ReflectedTable totals = ReflectedTable.of(reader, "public", "order_totals");
    assertEquals(
        List.of("region", "order_count", "total"),
        totals.columns().stream().map(c -> c.name()).toList());
    assertEquals("java.lang.Long", totals.javaType("order_count"));
    assertEquals(4, totals.count());
    List<Row> top = totals.query().orderBy(totals.column("region").asc()).limit(2).list();
    assertEquals(2, top.size());
    Row east = top.get(0);
    assertEquals("East", east.getString("region"));
    assertEquals("East", east.getString(0));
    assertEquals(2L, east.getLong("order_count"));
    assertEquals(new BigDecimal("105.49"), east.getBigDecimal(2));
    assertEquals(List.of("region", "order_count", "total"), east.columns());
    assertEquals("North", top.get(1).get("region"));
    assertEquals(null, top.get(1).getBigDecimal("total"));
    ClassCastException wrongType =
        assertThrows(ClassCastException.class, () -> east.getString("order_count"));
    assertTrue(wrongType.getMessage().contains("\"order_count\""), wrongType.getMessage());
    assertThrows(IllegalArgumentException.class, () -> east.get("__pgt_row_id"));
    assertThrows(UnsupportedOperationException.class, () -> east.toMap().put("x", 1));
  }

  @Test
  void theReflectionPagesExampleReadsByNameByPositionAndWithFreshness() {
    DataSource dataSource = readOnly;
    List<String> regions;
    // tag::reflection[]
    ReflectedTable totals = ReflectedTable.of(dataSource, "public", "order_totals");

    totals.columns(); // region text, order_count bigint, total numeric
    List<Row> top =
        totals.query().orderBy(totals.column("total").desc().nullsLast()).limit(10).list();
    Row first = top.get(0);
    String region = first.getString("region"); // by name
    Long orders = first.getLong(1); // by position, 0-based
    Map<String, Object> asMap = first.toMap();

    try (Stream<Row> rows = totals.streamAll()) { // server-side cursor
      regions = rows.map(row -> row.getString("region")).toList();
    }

    Fresh<List<Row>> fresh = totals.query().listFresh(); // rows and their freshness, one snapshot
    // end::reflection[]

    assertEquals(4, top.size());
    assertEquals("East", region);
    assertEquals(2L, orders);
    assertEquals(new BigDecimal("105.49"), asMap.get("total"));
    assertEquals(null, top.get(3).getBigDecimal("total"));
    assertEquals(4, regions.size());
    assertTrue(regions.containsAll(List.of("East", "West", "North")), regions.toString());
    assertEquals(4, fresh.value().size());
    assertEquals(Freshness.Status.ACTIVE, fresh.freshness().status());
  }

  @Test
  void streamsDailyRevenue() {
    ReflectedTable revenue = ReflectedTable.of(reader, "public", "daily_revenue");
    try (Stream<Row> rows = revenue.query().orderBy(revenue.column("day").asc()).stream()) {
      List<Row> all = rows.toList();
      assertEquals(3, all.size());
      assertEquals(LocalDate.of(2026, 11, 1), all.get(0).getLocalDate("day"));
      assertEquals(new BigDecimal("109.99"), all.get(0).getBigDecimal("revenue"));
    }
  }

  @Test
  void readsCustomerStatsWithTheSameFreshnessAsDaos() {
    ReflectedTable stats = ReflectedTable.of(readOnly, "public", "customer_stats");
    Fresh<List<Row>> fresh = stats.query().listFresh();
    assertEquals(4, fresh.value().size());
    Row alice =
        fresh.value().stream()
            .filter(r -> "alice".equals(r.getString("customer")))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("East", "West"), alice.getList("regions"));
    assertEquals(
        OffsetDateTime.of(2026, 11, 1, 11, 0, 0, 0, ZoneOffset.UTC).toInstant(),
        alice.getOffsetDateTime("last_order_at").toInstant());
    assertEquals(Freshness.Status.ACTIVE, fresh.freshness().status());
    assertEquals(Freshness.RefreshMode.FULL, fresh.freshness().refreshMode());
    assertEquals(stats.freshness().dataTimestamp(), fresh.freshness().dataTimestamp());
  }

  @Test
  void anUnknownTableIsNamed() {
    StreamTableNotFoundException e =
        assertThrows(
            StreamTableNotFoundException.class,
            () -> ReflectedTable.of(reader, "public", "Order_Totals"));
    assertEquals(StreamTableName.of("public", "Order_Totals"), e.streamTable());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertThrows(
        StreamTableNotFoundException.class, () -> ReflectedTable.of(reader, "public", "orders"));
  }
}
