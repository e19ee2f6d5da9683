package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** A {@code long} over stream table {@code exact_long}, whose column type the tests vary. */
@StreamTableView(name = "exact_long")
public record ExactLong(String k, long v) {}
