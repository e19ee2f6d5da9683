package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.Column;
import dev.pgtrickle.dao.annotations.StreamTableView;

/** A mixed-case table name and columns named with reserved words: every identifier is quoted. */
@StreamTableView(name = "RegionUsers", schema = "Sales")
public record QuotedNames(
    @Column("order") String order, @Column("user") String user, @Column("Count") long count) {}
