package dev.pgtrickle.dao.spring.boot.sample;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** One order, as stream table {@code order_lines} holds it; fresh reads allow it an hour. */
@StreamTableView(name = "order_lines", maxStaleness = "1h")
public record OrderLine(long id, String customer, String region, BigDecimal amount) {}
