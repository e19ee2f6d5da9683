package dev.pgtrickle.dao.runtime;

/**
 * How a stream table is doing against its freshness target, as pg_trickle's freshness controller
 * judges it from exact refresh evidence (0.90 and later: {@code sla_status} of {@code
 * pgtrickle.pgt_freshness_controller_state}, also shown by {@code pgtrickle.freshness()} and {@code
 * pgtrickle.pg_stat_pgtrickle}).
 */
public enum SlaStatus {
  /** The p95 freshness is within the target. */
  MEETING,
  /** Within the target, but close to it or trending towards it. */
  AT_RISK,
  /** The target is being missed. */
  BREACHING,
  /** The target cannot be met: a refresh alone takes longer. */
  INFEASIBLE,
  /** Too few refreshes so far to judge. */
  INSUFFICIENT_DATA,
  /** No exact evidence (for example {@code track_commit_timestamp} is off). */
  EVIDENCE_UNAVAILABLE,
  /** The table has no interval target (ON_COMMIT, MANUAL, or none). */
  NOT_APPLICABLE
}
