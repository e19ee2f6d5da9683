// tag::budget-record[]
package dev.pgtrickle.dao.it.docs.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

@StreamTableView(maxStaleness = "30s") // pg_trickle's grammar: "30", "30s", "5m", "1h30m", "2d"
public record OrderTotals(String region, long orderCount, BigDecimal total) {}
// end::budget-record[]
