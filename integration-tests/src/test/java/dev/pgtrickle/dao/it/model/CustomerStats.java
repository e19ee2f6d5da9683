package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.ColumnName;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The seed guide's {@code customer_stats}, with the regions a customer ordered from. */
@StreamTableView(name = "customer_stats")
public record CustomerStats(
    String customer,
    Long orderCount,
    @ColumnName("total_spent") BigDecimal spent,
    OffsetDateTime lastOrderAt,
    List<String> regions) {}
