package com.example;

import dev.pgtrickle.dao.annotations.ColumnName;
import dev.pgtrickle.dao.annotations.RowId;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;

@StreamTableView(maxStaleness = "30s")
public record OrderTotals(
    @RowId RowIdentity rowId,
    String region,
    @ColumnName("order_count") long orderCount,
    BigDecimal total) {}
