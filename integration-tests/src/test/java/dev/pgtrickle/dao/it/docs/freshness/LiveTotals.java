package dev.pgtrickle.dao.it.docs.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** One row of {@code live_totals}: the seed guide's order totals, maintained IMMEDIATE. */
@StreamTableView(name = "live_totals")
public record LiveTotals(String region, long orderCount, BigDecimal total) {}
