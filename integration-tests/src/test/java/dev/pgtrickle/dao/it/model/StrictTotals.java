package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** A primitive component over a column that can be NULL: reading a NULL must fail clearly. */
@StreamTableView(name = "amount_by_region")
public record StrictTotals(String region, long maxAmount) {}
