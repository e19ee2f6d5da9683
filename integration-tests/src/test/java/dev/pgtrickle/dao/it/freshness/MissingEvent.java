package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** A stream table that does not exist. */
@StreamTableView(name = "no_such_events")
public record MissingEvent(long id, String grp) {}
