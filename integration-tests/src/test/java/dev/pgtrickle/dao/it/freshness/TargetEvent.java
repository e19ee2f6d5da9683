package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * One row of {@code events_target}, created with {@code target_freshness => '1s'} and no schedule:
 * the record declares no {@code maxStaleness}, so the extension's target is its fresh reads'
 * budget.
 */
@StreamTableView(name = "events_target")
public record TargetEvent(long id, String grp) {}
