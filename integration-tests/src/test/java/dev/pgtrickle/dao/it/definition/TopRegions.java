package dev.pgtrickle.dao.it.definition;

import dev.pgtrickle.dao.annotations.StreamTableDefinition;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** A stream table over {@link OrderTotals}: created after it, dropped before it. */
@StreamTableView
@StreamTableDefinition(
    query = "SELECT region, total FROM order_totals WHERE total > 100",
    targetFreshness = "1 minute")
public record TopRegions(String region, BigDecimal total) {}
