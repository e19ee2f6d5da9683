package dev.pgtrickle.dao.it.docs.querying;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** One row of the seed guide's {@code order_totals}, for the queries page (docs/querying.md). */
@StreamTableView
public record OrderTotals(String region, long orderCount, BigDecimal total) {}
