package dev.pgtrickle.dao.it.schema;

import dev.pgtrickle.dao.annotations.Lossy;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Records over the seed's three stream tables: matching ones, and the mismatches. */
final class SeedRecords {
  private SeedRecords() {}

  /** Matches {@code order_totals} exactly. */
  @StreamTableView(name = "order_totals")
  record SchemaOrderTotals(String region, long orderCount, BigDecimal total) {}

  /** Matches {@code daily_revenue} exactly. */
  @StreamTableView(name = "daily_revenue")
  record SchemaDailyRevenue(LocalDate day, BigDecimal revenue) {}

  /** Matches {@code customer_stats}, reading {@code order_count} lossily as text, opted in. */
  @StreamTableView(name = "customer_stats")
  record SchemaCustomerStats(
      String customer,
      @Lossy String orderCount,
      BigDecimal totalSpent,
      OffsetDateTime lastOrderAt,
      List<String> regions) {}

  /** {@code int} over {@code bigint}, {@code double} over {@code numeric}. */
  @StreamTableView(name = "order_totals")
  record WrongOrderTotals(String region, int orderCount, double total) {}

  /** {@code String} over {@code bigint}, {@code LocalDate} over {@code timestamptz}. */
  @StreamTableView(name = "customer_stats")
  record WrongCustomerStats(String customer, String orderCount, LocalDate lastOrderAt) {}

  /** A table that does not exist. */
  @StreamTableView(name = "order_totalz")
  record MisspelledTable(String region) {}

  /** A plain table, not a stream table. */
  @StreamTableView(name = "orders")
  record PlainTable(String customer) {}
}
