package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;

/**
 * A table name with double quotes, spaces and non-ASCII letters: 0.108 refuses a stray {@code "} in
 * an unquoted component (22023), so the quotes must be doubled inside a quoted one.
 */
@StreamTableView(schema = "odd", name = "say \"hi\" ünïcødé")
public record QuotedUnicodeName(long id) {}
