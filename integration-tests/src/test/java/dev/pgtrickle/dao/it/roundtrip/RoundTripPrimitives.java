package dev.pgtrickle.dao.it.roundtrip;

import dev.pgtrickle.dao.annotations.Column;
import dev.pgtrickle.dao.annotations.StreamTableView;

/** Every primitive type, over a table named with a reserved word in mixed case. */
@StreamTableView(schema = "Sélect \"Schema\"", name = "Table")
public record RoundTripPrimitives(
    @Column("Id") long id,
    @Column("Boolean") boolean flag,
    @Column("from") short small,
    @Column("where") int medium,
    @Column("group") long big,
    @Column("order") float real,
    @Column("limit") double dbl) {}
