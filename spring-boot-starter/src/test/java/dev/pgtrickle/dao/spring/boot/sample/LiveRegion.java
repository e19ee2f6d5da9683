package dev.pgtrickle.dao.spring.boot.sample;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** Orders per region, kept by IMMEDIATE stream table {@code live_regions} as orders are written. */
@StreamTableView(name = "live_regions")
public record LiveRegion(String region, long orders) {}
