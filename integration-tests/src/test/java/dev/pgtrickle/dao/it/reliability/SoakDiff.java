package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** The soak's DIFFERENTIAL stream table: the same query as {@link SoakFull}. */
@StreamTableView(name = "soak_diff")
public record SoakDiff(String region, long n, BigDecimal total) {}
