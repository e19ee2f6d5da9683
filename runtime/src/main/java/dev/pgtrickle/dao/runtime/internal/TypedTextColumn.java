package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.TextColumn;

/**
 * The {@link TextColumn} of generated DAOs: a {@link TypedColumn} with pattern matching.
 *
 * @param <R> the record the column belongs to
 */
public final class TypedTextColumn<R> extends TypedColumn<R, String> implements TextColumn<R> {
  private final String like;
  private final String ilike;

  TypedTextColumn(String name) {
    super(name, ValueKind.STRING);
    this.like = sql() + " LIKE ?";
    this.ilike = sql() + " ILIKE ?";
  }

  /**
   * Rows whose value matches {@code pattern}, case-sensitively: {@code "col" LIKE ?}. In the
   * pattern {@code %} matches any run of characters, {@code _} any one character, and a backslash
   * escapes the next character (write {@code \\%} for a literal percent sign).
   */
  @Override
  public Condition<R> like(String pattern) {
    return Condition.of(like, parameter(pattern));
  }

  /** Rows whose value matches {@code pattern} ignoring case: {@code "col" ILIKE ?}. */
  @Override
  public Condition<R> ilike(String pattern) {
    return Condition.of(ilike, parameter(pattern));
  }
}
