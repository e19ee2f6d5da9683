package dev.pgtrickle.dao.schema;

import java.util.Objects;

/**
 * One record component and what it expects of its column.
 *
 * @param component the component's name
 * @param column the column it reads, as stored
 * @param javaType its type as the {@link CompatibilityRules} name it ({@code long}, {@code
 *     java.lang.String}, {@value CompatibilityRules#ENUM} for any enum)
 * @param lossy whether the component opted in to a {@linkplain Fit#LOSSY lossy} read with
 *     {@code @Lossy}
 * @param rowId whether it maps pg_trickle's {@code __pgt_row_id} ({@code @RowId})
 */
public record ComponentSchema(
    String component, String column, String javaType, boolean lossy, boolean rowId) {
  public ComponentSchema {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(javaType, "javaType");
  }

  /** A component that reads a user column, without {@code @Lossy}. */
  public static ComponentSchema of(String component, String column, String javaType) {
    return new ComponentSchema(component, column, javaType, false, false);
  }
}
