package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * {@code events_full} again, with a budget of zero seconds: every read of a deferred table is over
 * it, since some time always passes between a refresh and a read.
 */
@StreamTableView(name = "events_full", maxStaleness = "0s")
public record StrictEvent(long id, String grp) {}
