package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.ColumnName;
import dev.pgtrickle.dao.annotations.StreamTableView;

/** A mixed-case table name and columns named with reserved words: every identifier is quoted. */
@StreamTableView(name = "RegionUsers", schema = "Sales")
public record QuotedNames(
    @ColumnName("order") String order,
    @ColumnName("user") String user,
    @ColumnName("Count") long count) {}
