package dev.pgtrickle.dao.runtime;

import java.util.List;

/**
 * One key of an {@link Sort}, as a keyset page needs it: the column, its direction and where its
 * NULLs sort, with the SQL fragments of the seek condition computed once, when the ordering is
 * built.
 *
 * <p>A page reads each key of its last row as {@code text} (PostgreSQL's own output form of the
 * value) and binds it back as an untyped parameter, which PostgreSQL reads as the column's type. So
 * every column type round-trips exactly, with no Java codec per type.
 */
final class KeysetKey {
  private final String quoted;
  private final boolean descending;
  private final boolean nullsFirst;
  private final String after;
  private final String equal;
  private final String isNull;
  private final String isNotNull;

  /**
   * @param quoted the column's quoted name
   * @param descending whether the key sorts descending
   * @param nullsFirst whether its NULLs sort first (PostgreSQL's default for descending keys)
   */
  KeysetKey(String quoted, boolean descending, boolean nullsFirst) {
    this.quoted = quoted;
    this.descending = descending;
    this.nullsFirst = nullsFirst;
    this.after = quoted + (descending ? " < ?" : " > ?");
    this.equal = quoted + " = ?";
    this.isNull = quoted + " IS NULL";
    this.isNotNull = quoted + " IS NOT NULL";
  }

  String quoted() {
    return quoted;
  }

  boolean descending() {
    return descending;
  }

  boolean nullsFirst() {
    return nullsFirst;
  }

  /** {@code "k" > ?} (or {@code <} when descending): a non-NULL value after the bound one. */
  String after() {
    return after;
  }

  /** {@code "k" = ?}. */
  String equal() {
    return equal;
  }

  /** {@code "k" IS NULL}. */
  String isNull() {
    return isNull;
  }

  /** {@code "k" IS NOT NULL}. */
  String isNotNull() {
    return isNotNull;
  }

  /**
   * {@code SELECT q.*, q."k1"::text AS "pgtrickle_dao.key1", ... FROM (<base>) AS q}: the rows of
   * {@code base}, a DAO's {@code SELECT <columns> FROM <table>}, followed by the text of each key.
   * {@code q.*} is {@code base}'s own column list, never a hidden {@code __pgt_*} column. The keys
   * are aliased so that an {@code ORDER BY "k1"} stays unambiguous.
   */
  static String select(String base, List<KeysetKey> keys) {
    StringBuilder sql =
        new StringBuilder(base.length() + 64 * keys.size() + 32).append("SELECT q.*");
    for (int i = 0; i < keys.size(); i++) {
      sql.append(", q.")
          .append(keys.get(i).quoted)
          .append("::text AS \"pgtrickle_dao.key")
          .append(i + 1)
          .append('"');
    }
    return sql.append(" FROM (").append(base).append(") AS q").toString();
  }
}
