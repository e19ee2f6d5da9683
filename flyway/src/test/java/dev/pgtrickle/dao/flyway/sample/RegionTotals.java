package dev.pgtrickle.dao.flyway.sample;

import dev.pgtrickle.dao.annotations.StreamTableDefinition;
import dev.pgtrickle.dao.annotations.StreamTableDefinition.RefreshMode;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The seed guide's order_totals, defined beside the record that reads it. */
@StreamTableView(schema = "app")
@StreamTableDefinition(
    query =
        "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total"
            + " FROM app.orders GROUP BY region",
    schedule = "5s",
    refreshMode = RefreshMode.DIFFERENTIAL)
public record RegionTotals(String region, long orderCount, BigDecimal total) {}
