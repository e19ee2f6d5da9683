package dev.pgtrickle.dao.it.query;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The seed guide's {@code order_totals}, read by this package's tests. */
@StreamTableView(name = "order_totals")
public record RegionTotals(String region, long orderCount, BigDecimal total) {}
