package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** A stream table created with {@code initialize => false}: not populated yet. */
@StreamTableView(name = "pending_totals")
public record PendingTotals(String region, Long orderCount, BigDecimal total) {}
