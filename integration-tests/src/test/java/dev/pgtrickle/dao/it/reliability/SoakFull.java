package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The soak's FULL stream table: orders per region. */
@StreamTableView(name = "soak_full")
public record SoakFull(String region, long n, BigDecimal total) {}
