package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.RowId;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** {@code order_totals} with pg_trickle's internal row id mapped, as the seed guide does. */
@StreamTableView(name = "order_totals")
public record OrderTotalsWithRowId(@RowId long rowId, String region, long orderCount, BigDecimal total) {}
