package dev.pgtrickle.dao.processor.model;

import dev.pgtrickle.dao.processor.diagnostics.Position;

/**
 * One record component and the column it reads.
 *
 * @param position the component
 * @param name the component's name
 * @param type the component's type
 * @param rowId the {@code @RowId} annotation, or null
 * @param columnAnnotation the {@code @ColumnName} annotation, or null
 * @param columnValue the value written in {@code @ColumnName}, or null
 * @param column the column it reads: {@code __pgt_row_id}, the {@code @ColumnName} value, or its
 *     name in snake_case
 * @param constantName the generated column constant, e.g. {@code ORDER_COUNT}
 */
public record Component(
    Position position,
    String name,
    TypeInfo type,
    Position rowId,
    Position columnAnnotation,
    String columnValue,
    StoredName column,
    String constantName) {

  public boolean isRowId() {
    return rowId != null;
  }

  /**
   * Whether the component can read NULL, so that a null argument means {@code IS NULL}: not for
   * primitives, nor for the row id, which pg_trickle declares {@code NOT NULL}.
   */
  public boolean isNullable() {
    return !type.valueType().isPrimitive() && !isRowId();
  }
}
