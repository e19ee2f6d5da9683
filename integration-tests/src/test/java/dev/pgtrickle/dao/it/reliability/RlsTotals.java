package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** Orders per region, in a stream table with a row-level security policy. */
@StreamTableView(name = "rls_totals")
public record RlsTotals(String region, long n) {}
