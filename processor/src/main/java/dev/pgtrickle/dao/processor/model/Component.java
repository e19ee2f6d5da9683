package dev.pgtrickle.dao.processor.model;

import dev.pgtrickle.dao.processor.diagnostics.Position;

/**
 * One record component and the column it reads.
 *
 * @param position the component
 * @param name the component's name
 * @param type the component's type
 * @param rowId the {@code @RowId} annotation, or null
 * @param columnAnnotation the {@code @Column} annotation, or null
 * @param columnValue the value written in {@code @Column}, or null
 * @param column the column it reads: {@code __pgt_row_id}, the {@code @Column} value, or its name
 *     in snake_case
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
}
