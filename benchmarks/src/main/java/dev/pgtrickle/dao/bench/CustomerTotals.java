package dev.pgtrickle.dao.bench;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of the benchmark's stream table {@code public.customer_totals}: text, bigint, numeric,
 * timestamptz, and a nullable text column ({@code note} is NULL in a third of the rows). Every
 * contender reads into this record, so they all build the same objects.
 *
 * @param customer the group key
 * @param region one of ten regions, the filtered reads' column
 * @param orderCount {@code count(*)}
 * @param total {@code sum(amount)}
 * @param lastOrderAt {@code max(placed_at)}
 * @param note {@code max(note)}, NULL for every third customer
 */
@StreamTableView(name = "customer_totals")
public record CustomerTotals(
    String customer,
    String region,
    long orderCount,
    BigDecimal total,
    OffsetDateTime lastOrderAt,
    String note) {}
