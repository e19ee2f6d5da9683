package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * A schema with a space and mixed case, and a table name with a dot: pg_trickle 0.108 splits an
 * unquoted {@code Mixed Case.Order.Totals} at the wrong dot, so only the quoted form reaches it.
 */
@StreamTableView(schema = "Mixed Case", name = "Order.Totals")
public record DottedName(long id) {}
