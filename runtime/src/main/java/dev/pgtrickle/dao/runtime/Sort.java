package dev.pgtrickle.dao.runtime;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordering over the columns of one record type, built from {@link Column#asc()} and {@link
 * Column#desc()}: {@code TOTAL.desc().nullsLast().then(REGION.asc())}.
 *
 * <p>Immutable and thread-safe. The SQL {@code ORDER BY} clause is computed when the ordering is
 * built, so holding an ordering in a constant makes every query that uses it free of string
 * building.
 *
 * @param <R> the record whose columns are ordered
 */
public final class Sort<R> {
  private static final String ORDER_BY = " ORDER BY ";

  /** The rendered terms before the last key, each followed by {@code ", "}; empty for one key. */
  private final String leading;

  private final String key;
  private final String direction;
  private final String nulls;
  private final String sql;

  /** Every key, in order, for keyset pages ({@link Select#page}). */
  private final List<KeysetKey> keys;

  private volatile Memo last;
  private volatile Memo keyset;

  private Sort(String leading, String key, String direction, String nulls, List<KeysetKey> keys) {
    this.leading = leading;
    this.key = key;
    this.direction = direction;
    this.nulls = nulls;
    this.sql = ORDER_BY + leading + key + direction + nulls;
    this.keys = keys;
  }

  /**
   * The ordering on one column: {@code quotedColumn} (a quoted identifier) in {@code direction}
   * ({@code " ASC"} or {@code " DESC"}), with PostgreSQL's default NULL placement. For the
   * runtime's column implementations; applications call {@link Column#asc()} and {@link
   * Column#desc()}.
   */
  public static <R> Sort<R> of(String quotedColumn, String direction) {
    boolean descending = direction.equals(" DESC");
    return new Sort<>(
        "",
        quotedColumn,
        direction,
        "",
        List.of(new KeysetKey(quotedColumn, descending, descending)));
  }

  /** The same ordering, with NULLs of the last key sorted before all other values. */
  public Sort<R> nullsFirst() {
    return new Sort<>(leading, key, direction, " NULLS FIRST", lastNulls(true));
  }

  /** The same ordering, with NULLs of the last key sorted after all other values. */
  public Sort<R> nullsLast() {
    return new Sort<>(leading, key, direction, " NULLS LAST", lastNulls(false));
  }

  /** Returns this ordering followed by {@code next}, which decides between rows equal so far. */
  public Sort<R> then(Sort<R> next) {
    Objects.requireNonNull(next, "next");
    String terms = sql.substring(ORDER_BY.length());
    List<KeysetKey> all = new ArrayList<>(keys);
    all.addAll(next.keys);
    return new Sort<>(
        terms + ", " + next.leading, next.key, next.direction, next.nulls, List.copyOf(all));
  }

  /** The keys, in order: what a keyset page seeks after. */
  List<KeysetKey> keys() {
    return keys;
  }

  /** The number of columns this ordering sorts by. */
  public int keyCount() {
    return keys.size();
  }

  /**
   * The rows after the row whose keys' texts ({@code ::text}, null for NULL) are {@code values}, in
   * this ordering: what a keyset page ({@link Select#page}) seeks. Each key's direction and NULL
   * placement decide its terms: after a non-NULL value come greater values (smaller when
   * descending) and, when NULLs sort last, the NULLs; after a NULL come the non-NULL values when
   * NULLs sort first, and nothing when they sort last. The condition is {@code after(1) OR (eq(1)
   * AND after(2)) OR ...}; its shape depends only on which values are NULL, so its SQL is cached
   * like any query's. Each text is bound untyped ({@code Types.OTHER}): PostgreSQL reads it with
   * the column type's input function, the inverse of the {@code ::text} it was read with.
   *
   * @throws IllegalArgumentException if there is not one value per key
   */
  public Condition<R> after(String[] values) {
    if (values.length != keys.size()) {
      throw new IllegalArgumentException(
          keys.size() + " keys, " + values.length + " values: " + this);
    }
    List<Condition<R>> alternatives = new ArrayList<>(keys.size());
    Condition<R> equalSoFar = Condition.allOf();
    for (int i = 0; i < keys.size(); i++) {
      KeysetKey key = keys.get(i);
      String value = values[i];
      Condition<R> after;
      if (value != null) {
        after = Condition.of(key.after(), text(value));
        if (!key.nullsFirst()) {
          after = after.or(Condition.of(key.isNull()));
        }
      } else {
        after = key.nullsFirst() ? Condition.of(key.isNotNull()) : null;
      }
      if (after != null) {
        alternatives.add(equalSoFar.and(after));
      }
      equalSoFar =
          equalSoFar.and(
              value != null ? Condition.of(key.equal(), text(value)) : Condition.of(key.isNull()));
    }
    return Condition.anyOf(alternatives);
  }

  private static Condition.Parameter text(String value) {
    return (statement, index) -> statement.setObject(index, value, Types.OTHER);
  }

  /**
   * Returns {@code KeysetKey.select(base, keys())}, the statement of a keyset page around {@code
   * base}; the last result is remembered, like {@link #appendTo}.
   */
  public String keysetSelect(String base) {
    Memo memo = keyset;
    if (memo != null && memo.base == base) {
      return memo.sql;
    }
    memo = new Memo(base, KeysetKey.select(base, keys));
    keyset = memo;
    return memo.sql;
  }

  private List<KeysetKey> lastNulls(boolean nullsFirst) {
    List<KeysetKey> changed = new ArrayList<>(keys);
    KeysetKey lastKey = changed.get(changed.size() - 1);
    changed.set(
        changed.size() - 1, new KeysetKey(lastKey.quoted(), lastKey.descending(), nullsFirst));
    return List.copyOf(changed);
  }

  /**
   * Returns the SQL clause, starting with a space: {@code " ORDER BY \"total\" DESC NULLS LAST"}.
   */
  public String sql() {
    return sql;
  }

  /**
   * Returns {@code base + sql()}. The last result is remembered, so repeated calls with the same
   * base statement (a generated constant) build no new string.
   */
  public String appendTo(String base) {
    Memo memo = last;
    if (memo != null && memo.base == base) {
      return memo.sql;
    }
    memo = new Memo(base, base + sql);
    last = memo;
    return memo.sql;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sort<?> that && sql.equals(that.sql);
  }

  @Override
  public int hashCode() {
    return sql.hashCode();
  }

  @Override
  public String toString() {
    return sql.substring(1);
  }

  private static final class Memo {
    final String base;
    final String sql;

    Memo(String base, String sql) {
      this.base = base;
      this.sql = sql;
    }
  }
}
