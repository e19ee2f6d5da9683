package dev.pgtrickle.dao.schema;

import java.util.Objects;

/**
 * A column's PostgreSQL type.
 *
 * @param name the type as {@code format_type} renders it without typmod ({@code bigint}, {@code
 *     character varying}, {@code timestamp with time zone}, {@code text[]}); for an enum, its name
 * @param enumType whether the type is an enum ({@code pg_type.typtype = 'e'})
 */
public record ColumnType(String name, boolean enumType) {
  public ColumnType {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a column type needs a name");
    }
  }

  /** A type that is not an enum. */
  public static ColumnType of(String name) {
    return new ColumnType(name, false);
  }

  /** An enum type. */
  public static ColumnType enumOf(String name) {
    return new ColumnType(name, true);
  }

  @Override
  public String toString() {
    return enumType ? "enum " + name : name;
  }
}
