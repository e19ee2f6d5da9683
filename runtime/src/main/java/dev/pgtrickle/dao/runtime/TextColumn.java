package dev.pgtrickle.dao.runtime;

/**
 * A text column ({@code text} or {@code varchar}, a {@code String} component): a {@link Column}
 * with pattern matching. Only text columns have {@link #like} and {@link #ilike}, so matching a
 * pattern against a number does not compile.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record the column belongs to
 */
public interface TextColumn<R> extends Column<R, String> {
  /**
   * Rows whose value matches {@code pattern}, case-sensitively: {@code "col" LIKE ?}. In the
   * pattern {@code %} matches any run of characters, {@code _} any one character, and a backslash
   * escapes the next character (write {@code \\%} for a literal percent sign).
   */
  Condition<R> like(String pattern);

  /** Rows whose value matches {@code pattern} ignoring case: {@code "col" ILIKE ?}. */
  Condition<R> ilike(String pattern);
}
