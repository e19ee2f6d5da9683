package dev.pgtrickle.dao.reflection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a {@link ReflectedTable}: its user columns' values, immutable, with typed getters by
 * column name (exact, as stored) and by position (0-based, in table order). Each value has the Java
 * type the {@linkplain dev.pgtrickle.dao.schema.CompatibilityRules compatibility rules} pick for
 * its column ({@link ReflectedTable#javaType(String)}): {@code bigint} is a {@link Long}, {@code
 * numeric} a {@link BigDecimal}, {@code timestamptz} an {@link OffsetDateTime}, {@code text[]} an
 * unmodifiable {@code List<String>}; a type the rules have no reader for is its text form. NULL is
 * {@code null}.
 */
public final class Row {
  private final RowShape shape;
  private final Object[] values;

  Row(RowShape shape, Object[] values) {
    this.shape = shape;
    this.values = values;
  }

  /** The column names, in table order. */
  public List<String> columns() {
    return shape.names();
  }

  /** The number of columns. */
  public int size() {
    return values.length;
  }

  /** The value at {@code position} (0-based), or null. */
  public Object get(int position) {
    Objects.checkIndex(position, values.length);
    return values[position];
  }

  /**
   * The value of {@code column}, or null.
   *
   * @throws IllegalArgumentException if the table has no such column
   */
  public Object get(String column) {
    return values[shape.index(column)];
  }

  /**
   * The value at {@code position} as {@code type}.
   *
   * @throws ClassCastException naming the column and its Java type, if the value is of another type
   */
  public <V> V get(int position, Class<V> type) {
    Object value = get(position);
    if (value != null && !type.isInstance(value)) {
      throw new ClassCastException(
          "column \""
              + shape.names().get(position)
              + "\" of "
              + shape.table()
              + " holds a "
              + value.getClass().getName()
              + ", not a "
              + type.getName());
    }
    return type.cast(value);
  }

  /** The value of {@code column} as {@code type}; see {@link #get(int, Class)}. */
  public <V> V get(String column, Class<V> type) {
    return get(shape.index(column), type);
  }

  public String getString(String column) {
    return get(column, String.class);
  }

  public String getString(int position) {
    return get(position, String.class);
  }

  public Long getLong(String column) {
    return get(column, Long.class);
  }

  public Long getLong(int position) {
    return get(position, Long.class);
  }

  public Integer getInteger(String column) {
    return get(column, Integer.class);
  }

  public Integer getInteger(int position) {
    return get(position, Integer.class);
  }

  public Double getDouble(String column) {
    return get(column, Double.class);
  }

  public Double getDouble(int position) {
    return get(position, Double.class);
  }

  public Boolean getBoolean(String column) {
    return get(column, Boolean.class);
  }

  public Boolean getBoolean(int position) {
    return get(position, Boolean.class);
  }

  public BigDecimal getBigDecimal(String column) {
    return get(column, BigDecimal.class);
  }

  public BigDecimal getBigDecimal(int position) {
    return get(position, BigDecimal.class);
  }

  public LocalDate getLocalDate(String column) {
    return get(column, LocalDate.class);
  }

  public LocalDate getLocalDate(int position) {
    return get(position, LocalDate.class);
  }

  public OffsetDateTime getOffsetDateTime(String column) {
    return get(column, OffsetDateTime.class);
  }

  public OffsetDateTime getOffsetDateTime(int position) {
    return get(position, OffsetDateTime.class);
  }

  /** An array column's elements, unmodifiable. */
  public List<?> getList(String column) {
    return get(column, List.class);
  }

  /** An array column's elements, unmodifiable. */
  public List<?> getList(int position) {
    return get(position, List.class);
  }

  /** The row as an unmodifiable map from column name to value, in table order. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(shape.names().get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Row row
        && shape.names().equals(row.shape.names())
        && Arrays.deepEquals(values, row.values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      parts.add(shape.names().get(i) + "=" + values[i]);
    }
    return "Row[" + String.join(", ", parts) + "]";
  }
}
