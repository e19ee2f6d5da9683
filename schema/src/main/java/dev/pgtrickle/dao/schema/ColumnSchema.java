package dev.pgtrickle.dao.schema;

import java.util.Objects;

/**
 * One user column of a stream table.
 *
 * @param name the column's name as stored
 * @param type its type
 */
public record ColumnSchema(String name, ColumnType type) {
  public ColumnSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
