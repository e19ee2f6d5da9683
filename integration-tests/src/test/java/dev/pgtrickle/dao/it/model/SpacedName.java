package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** A table name with leading and trailing spaces, which 0.108 trims from unquoted text. */
@StreamTableView(schema = "odd", name = " Spaced ")
public record SpacedName(long id) {}
