package dev.pgtrickle.dao.it.scale;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** 5,000 numbered rows, more than one cursor fetch (1,000 rows) holds. */
@StreamTableView(name = "numbered")
public record Numbered(long n) {

  static final String[] CREATE = {
    "CREATE TABLE numbers AS SELECT n FROM generate_series(1, 5000) n",
    "SELECT pgtrickle.create_stream_table('public.numbered', $q$SELECT n FROM numbers$q$,"
        + " schedule => '1h', refresh_mode => 'FULL')"
  };
}
