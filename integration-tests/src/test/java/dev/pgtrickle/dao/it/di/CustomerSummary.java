package dev.pgtrickle.dao.it.di;

import dev.pgtrickle.dao.annotations.ColumnName;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The seed guide's {@code customer_stats}, as an API would return it as JSON. */
@StreamTableView(name = "customer_stats")
public record CustomerSummary(
    String customer,
    Long orderCount,
    @ColumnName("total_spent") BigDecimal spent,
    OffsetDateTime lastOrderAt,
    List<String> regions) {}
