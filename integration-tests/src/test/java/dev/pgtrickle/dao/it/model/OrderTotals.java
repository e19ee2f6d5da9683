package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The seed guide's {@code order_totals}: orders and revenue per region. */
@StreamTableView
public record OrderTotals(String region, long orderCount, BigDecimal total) {}
