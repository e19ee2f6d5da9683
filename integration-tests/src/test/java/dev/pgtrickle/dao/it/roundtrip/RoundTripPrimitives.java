package dev.pgtrickle.dao.it.roundtrip;

import dev.pgtrickle.dao.annotations.ColumnName;
import dev.pgtrickle.dao.annotations.StreamTableView;

/** Every primitive type, over a table named with a reserved word in mixed case. */
@StreamTableView(schema = "Sélect \"Schema\"", name = "Table")
public record RoundTripPrimitives(
    @ColumnName("Id") long id,
    @ColumnName("Boolean") boolean flag,
    @ColumnName("from") short small,
    @ColumnName("where") int medium,
    @ColumnName("group") long big,
    @ColumnName("order") float real,
    @ColumnName("limit") double dbl) {}
