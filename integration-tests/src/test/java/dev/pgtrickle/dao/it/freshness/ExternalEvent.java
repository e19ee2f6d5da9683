package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** One row of {@code events_external}, refreshed by an external coordinator (EXTERNAL). */
@StreamTableView(name = "events_external")
public record ExternalEvent(long id, String grp) {}
