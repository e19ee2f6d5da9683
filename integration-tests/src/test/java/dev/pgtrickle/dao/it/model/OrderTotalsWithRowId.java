package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.RowId;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;

/**
 * {@code order_totals} with pg_trickle's internal row id mapped, as the seed guide does: a {@code
 * bytea} since pg_trickle 0.87.16, read as a {@link RowIdentity}.
 */
@StreamTableView(name = "order_totals")
public record OrderTotalsWithRowId(
    @RowId RowIdentity rowId, String region, long orderCount, BigDecimal total) {}
