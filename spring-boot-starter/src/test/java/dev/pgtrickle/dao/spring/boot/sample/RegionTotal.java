package dev.pgtrickle.dao.spring.boot.sample;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** Orders per region, stream table {@code region_totals}. */
@StreamTableView(name = "region_totals")
public record RegionTotal(String region, long orders) {}
