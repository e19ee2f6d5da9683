package dev.pgtrickle.dao.it.demo;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The demo's stream table: orders and revenue per region, as in pg_trickle's ORM guide. */
@StreamTableView(schema = Demo.SCHEMA, name = "order_totals")
public record RegionTotals(String region, Long orderCount, BigDecimal total) {}
