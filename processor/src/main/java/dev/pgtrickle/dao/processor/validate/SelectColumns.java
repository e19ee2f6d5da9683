package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Kind;
import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The output column names of a defining query, where its select list says them: an alias ({@code AS
 * total}, or {@code total} right after an expression), or a plain column reference ({@code region},
 * {@code o.region}). Names are as PostgreSQL stores them: unquoted identifiers folded to lower
 * case, quoted ones exact.
 *
 * <p>What the list cannot tell is left out rather than guessed: a column without an alias that is
 * an expression (PostgreSQL names {@code sum(x)} {@code sum} and {@code a + b} {@code ?column?}) is
 * {@code null}, and a list with {@code *} or {@code t.*}, or a query that is {@code VALUES} or
 * {@code TABLE}, has no names at all ({@link #read} returns null).
 */
final class SelectColumns {
  /** Where the select list ends. */
  private static final Set<String> LIST_ENDS =
      Set.of(
          "FROM",
          "INTO",
          "WHERE",
          "GROUP",
          "HAVING",
          "WINDOW",
          "ORDER",
          "LIMIT",
          "OFFSET",
          "FETCH",
          "UNION",
          "INTERSECT",
          "EXCEPT",
          "FOR");

  /** Reserved words that cannot be a bare alias, so an expression ending in one has none. */
  private static final Set<String> RESERVED =
      Set.of(
          "ALL",
          "AND",
          "ANY",
          "ARRAY",
          "AS",
          "ASC",
          "BOTH",
          "CASE",
          "CAST",
          "CHECK",
          "COLLATE",
          "COLUMN",
          "CONSTRAINT",
          "CREATE",
          "CURRENT_DATE",
          "CURRENT_ROLE",
          "CURRENT_TIME",
          "CURRENT_TIMESTAMP",
          "CURRENT_USER",
          "DEFAULT",
          "DESC",
          "DISTINCT",
          "DO",
          "ELSE",
          "END",
          "FALSE",
          "FOREIGN",
          "IN",
          "IS",
          "ISNULL",
          "LEADING",
          "LOCALTIME",
          "LOCALTIMESTAMP",
          "NOT",
          "NOTNULL",
          "NULL",
          "ON",
          "ONLY",
          "OR",
          "PLACING",
          "PRIMARY",
          "REFERENCES",
          "SELECT",
          "SESSION_USER",
          "SOME",
          "SYMMETRIC",
          "TABLE",
          "THEN",
          "TRAILING",
          "TRUE",
          "UNIQUE",
          "USER",
          "USING",
          "VARIADIC",
          "WHEN",
          "WITH");

  private SelectColumns() {}

  /**
   * One entry of a select list: tokens {@code [from, to)}.
   *
   * @param name its output name, or null when the entry does not say it
   * @param from its first token
   * @param to the token after its last
   * @param star whether it is {@code *} or {@code t.*}
   * @param columnReference whether it is a plain column reference, {@code region} or {@code
   *     o.region}
   */
  record Entry(String name, int from, int to, boolean star, boolean columnReference) {}

  /**
   * The select list of the statement's main {@code SELECT} (after any {@code WITH} list), entry by
   * entry; or null for {@code VALUES}, {@code TABLE} and text whose list cannot be found.
   */
  static List<Entry> entries(SqlTokens sql) {
    int i = 0;
    while (i < sql.size() && sql.get(i).is("(")) {
      i++;
    }
    if (sql.word(i, "WITH")) {
      i = afterWith(sql, i + 1);
    }
    if (!sql.word(i, "SELECT")) {
      return null;
    }
    i++;
    if (sql.word(i, "ALL")) {
      i++;
    } else if (sql.word(i, "DISTINCT")) {
      i++;
      if (sql.word(i, "ON") && i + 1 < sql.size() && sql.get(i + 1).is("(")) {
        i = sql.skipGroup(i + 1);
      }
    }
    List<Entry> entries = new ArrayList<>();
    int start = i;
    while (true) {
      if (i >= sql.size() || endsList(sql, i)) {
        if (i > start) {
          entries.add(entry(sql, start, i));
        }
        return entries;
      }
      Token token = sql.get(i);
      if (token.is("(")) {
        i = sql.skipGroup(i);
      } else if (token.is(",")) {
        entries.add(entry(sql, start, i));
        start = ++i;
      } else {
        i++;
      }
    }
  }

  /**
   * The output names of {@code sql}'s select list, one entry per column, {@code null} where an
   * entry has no readable name; or null when the list cannot be read at all.
   */
  static List<String> read(SqlTokens sql) {
    List<Entry> entries = entries(sql);
    if (entries == null || entries.stream().anyMatch(Entry::star)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    entries.forEach(entry -> names.add(entry.name()));
    return names;
  }

  /**
   * Whether the statement combines queries with {@code UNION}, {@code INTERSECT} or {@code EXCEPT}
   * outside parentheses, so that its select list is not the main query's alone.
   */
  static boolean hasSetOperation(SqlTokens sql) {
    for (int i = 0; i < sql.size(); i++) {
      Token token = sql.get(i);
      if (token.is("(")) {
        i = sql.skipGroup(i) - 1;
      } else if (token.isWord("UNION") || token.isWord("INTERSECT") || token.isWord("EXCEPT")) {
        return true;
      }
    }
    return false;
  }

  private static Entry entry(SqlTokens sql, int from, int to) {
    if (isStar(sql, from, to)) {
      return new Entry(null, from, to, true, false);
    }
    return new Entry(name(sql, from, to), from, to, false, isColumnReference(sql, from, to));
  }

  private static boolean endsList(SqlTokens sql, int i) {
    Token token = sql.get(i);
    if (token.is(";") || token.is(")")) {
      return true;
    }
    boolean label = i > 0 && (sql.get(i - 1).is(".") || sql.get(i - 1).isWord("AS"));
    return token.kind() == Kind.WORD && !label && LIST_ENDS.contains(token.upper());
  }

  /** The index of the main statement after a WITH list that starts at {@code i}. */
  private static int afterWith(SqlTokens sql, int i) {
    while (i < sql.size()) {
      Token token = sql.get(i);
      if (token.is("(")) {
        i = sql.skipGroup(i);
        if (i < sql.size() && sql.get(i).is(",")) {
          i++;
        } else if (!sql.word(i, "SEARCH") && !sql.word(i, "CYCLE")) {
          return i;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /** Whether the select-list entry {@code [from, to)} is {@code *} or {@code t.*}. */
  private static boolean isStar(SqlTokens sql, int from, int to) {
    Token last = sql.get(to - 1);
    return last.kind() == Kind.OPERATOR
        && last.text().equals("*")
        && (to - from == 1 || sql.get(to - 2).is("."));
  }

  /** The output name of the select-list entry {@code [from, to)}, or null. */
  private static String name(SqlTokens sql, int from, int to) {
    int n = to - from;
    Token last = sql.get(to - 1);
    if (n >= 2 && sql.get(to - 2).isWord("AS") && sql.isName(to - 1)) {
      return SqlTokens.identifier(last);
    }
    if (isColumnReference(sql, from, to)) {
      return SqlTokens.identifier(last);
    }
    if (n >= 2 && sql.isName(to - 1) && !RESERVED.contains(last.upper())) {
      Token before = sql.get(to - 2);
      boolean endsExpression =
          before.is(")")
              || before.kind() == Kind.STRING
              || before.kind() == Kind.NUMBER
              || (sql.isName(to - 2)
                  && !RESERVED.contains(before.upper())
                  && isColumnReference(sql, from, to - 1));
      if (endsExpression) {
        return SqlTokens.identifier(last);
      }
    }
    return null;
  }

  /** Whether {@code [from, to)} is {@code name} or {@code name.name...}. */
  private static boolean isColumnReference(SqlTokens sql, int from, int to) {
    if ((to - from) % 2 == 0) {
      return false;
    }
    for (int i = from; i < to; i++) {
      boolean ok = (i - from) % 2 == 0 ? sql.isName(i) : sql.get(i).is(".");
      if (!ok) {
        return false;
      }
    }
    return !RESERVED.contains(sql.get(to - 1).upper()) || sql.get(to - 1).kind() != Kind.WORD;
  }
}
