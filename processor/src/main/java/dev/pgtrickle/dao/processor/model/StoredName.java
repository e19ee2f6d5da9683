package dev.pgtrickle.dao.processor.model;

import dev.pgtrickle.dao.processor.diagnostics.Position;

/**
 * A stored name (schema, table or column) as the generated code will use it, with where it came
 * from.
 *
 * @param value the name exactly as stored
 * @param origin whether the user wrote it, or it was derived from a Java name or fixed
 * @param written what the user wrote that produced it, for diagnostics, e.g.
 *     {@code @ColumnName("total") on gross}
 * @param position the annotation value that holds it, else the element it was derived from
 */
public record StoredName(String value, Origin origin, String written, Position position) {

  public enum Origin {
    /** Written in an annotation value. */
    EXPLICIT,
    /** Derived from a Java name (snake_case), or the documented default. */
    DERIVED,
    /** {@code __pgt_row_id}, mapped by {@code @RowId}. */
    ROW_ID
  }
}
