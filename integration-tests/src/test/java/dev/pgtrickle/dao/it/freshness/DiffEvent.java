package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** One row of {@code events_diff}, a DIFFERENTIAL copy of {@code events}, without a budget. */
@StreamTableView(name = "events_diff")
public record DiffEvent(long id, String grp) {}
