package dev.pgtrickle.dao.it.scale;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * Orders per region, read by the replica and pooler tests; reads may be an hour old, so any standby
 * that has the table at all within that age serves them.
 */
@StreamTableView(name = "region_counts", maxStaleness = "1h")
public record RegionCounts(String region, long orderCount) {

  /** The source table and the stream table, refreshed only by hand (one-hour schedule). */
  static final String[] CREATE = {
    "CREATE TABLE orders (id bigserial PRIMARY KEY, region text NOT NULL)",
    "INSERT INTO orders (region) VALUES ('East')",
    "SELECT pgtrickle.create_stream_table('public.region_counts',"
        + " $q$SELECT region, count(*) AS order_count FROM orders GROUP BY region$q$,"
        + " schedule => '1h', refresh_mode => 'FULL')"
  };

  /** A manual refresh of the stream table. */
  static final String REFRESH = "SELECT pgtrickle.refresh_stream_table('public.region_counts')";
}
