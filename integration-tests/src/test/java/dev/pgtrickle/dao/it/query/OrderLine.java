package dev.pgtrickle.dao.it.query;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One order, as stream table {@code order_lines} ({@code SELECT ... FROM orders}) holds it. */
@StreamTableView(name = "order_lines")
public record OrderLine(
    long id, String customer, String region, BigDecimal amount, OffsetDateTime orderedAt) {}
