package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** An IMMEDIATE stream table over {@code orders}, maintained inside each writer's transaction. */
@StreamTableView(name = "live_totals")
public record LiveTotals(String region, long orderCount, BigDecimal total) {}
