// tag::definition[]
package dev.pgtrickle.dao.it.definition;

import dev.pgtrickle.dao.annotations.StreamTableDefinition;
import dev.pgtrickle.dao.annotations.StreamTableDefinition.RefreshMode;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The seed guide's Django migration, ported. */
@StreamTableView
@StreamTableDefinition(
    query =
        """
        SELECT region,
               COUNT(*) AS order_count,
               SUM(amount) AS total
        FROM orders GROUP BY region""",
    schedule = "5s",
    refreshMode = RefreshMode.DIFFERENTIAL)
public record OrderTotals(String region, long orderCount, BigDecimal total) {}
// end::definition[]
