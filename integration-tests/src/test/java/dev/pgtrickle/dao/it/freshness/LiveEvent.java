package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** One row of {@code events_live}, an IMMEDIATE copy of {@code events}, with a zero budget. */
@StreamTableView(name = "events_live", maxStaleness = "0")
public record LiveEvent(long id, String grp) {}
