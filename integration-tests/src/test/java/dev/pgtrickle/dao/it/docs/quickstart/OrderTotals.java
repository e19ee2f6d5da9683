// tag::quickstart-record[]
package dev.pgtrickle.dao.it.docs.quickstart;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

@StreamTableView // name defaults to "order_totals", schema to "public"
public record OrderTotals(String region, long orderCount, BigDecimal total) {}
// end::quickstart-record[]
