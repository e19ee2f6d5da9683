package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * One row of {@code events_full}, a FULL stream table copying the {@code events} source table, with
 * a declared staleness budget of one hour.
 */
@StreamTableView(name = "events_full", maxStaleness = "1h")
public record Event(long id, String grp) {}
