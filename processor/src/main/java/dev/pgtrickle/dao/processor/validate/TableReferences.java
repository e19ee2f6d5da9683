package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables a defining query reads in {@code FROM} and {@code JOIN}, at any depth of subqueries,
 * {@code WITH} queries and set operations: {@code FROM a, s.b AS x JOIN "C" c ON ...} reads {@code
 * a}, {@code s.b} and {@code C}. Names are as PostgreSQL stores them (unquoted folded to lower
 * case). {@code FROM} inside a function's parentheses ({@code extract(year FROM d)}, {@code
 * substring(s FROM 2)}) is not a table, and neither is a function in {@code FROM} ({@code
 * generate_series(1, 3)}) nor a subquery, nor an unqualified name of a {@code WITH} query of the
 * same text.
 */
final class TableReferences {
  /** Words after a table that end its alias. */
  private static final Set<String> CLAUSES =
      Set.of(
          "WHERE",
          "GROUP",
          "HAVING",
          "ORDER",
          "LIMIT",
          "OFFSET",
          "FETCH",
          "WINDOW",
          "UNION",
          "INTERSECT",
          "EXCEPT",
          "FOR",
          "JOIN",
          "INNER",
          "LEFT",
          "RIGHT",
          "FULL",
          "CROSS",
          "NATURAL",
          "ON",
          "USING",
          "TABLESAMPLE",
          "LATERAL",
          "AS",
          "RETURNING");

  private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE");

  /**
   * A table read by the query.
   *
   * @param schema the schema as written, or null when the name is unqualified
   * @param name the table's name
   */
  record Reference(String schema, String name) {}

  private TableReferences() {}

  static List<Reference> read(SqlTokens sql) {
    List<Reference> references = new ArrayList<>();
    List<Boolean> query = new ArrayList<>();
    query.add(true);
    for (int i = 0; i < sql.size(); i++) {
      Token token = sql.get(i);
      if (token.is("(")) {
        boolean group = isFromItemGroup(sql, i);
        boolean subquery =
            i + 1 < sql.size()
                    && (sql.get(i + 1).is("(") || QUERY_STARTS.contains(sql.get(i + 1).upper()))
                || group;
        query.add(subquery);
        if (group && sql.isName(i + 1) && !QUERY_STARTS.contains(sql.get(i + 1).upper())) {
          fromList(sql, i + 1, references); // FROM (a JOIN b ...): a is the first table
        }
      } else if (token.is(")")) {
        if (query.size() > 1) {
          query.remove(query.size() - 1);
        }
      } else if ((token.isWord("FROM") || token.isWord("JOIN"))
          && query.get(query.size() - 1)
          && !(i > 0 && sql.get(i - 1).is("."))) {
        fromList(sql, i + 1, references);
      }
    }
    Set<String> withQueries = withQueryNames(sql);
    references.removeIf(r -> r.schema() == null && withQueries.contains(r.name()));
    return references;
  }

  /**
   * The names of the query's {@code WITH} queries: {@code name [(columns)] AS [NOT] [MATERIALIZED]
   * (}.
   */
  private static Set<String> withQueryNames(SqlTokens sql) {
    Set<String> names = new HashSet<>();
    for (int i = 1; i < sql.size(); i++) {
      Token before = sql.get(i - 1);
      if (!sql.isName(i)
          || !(before.isWord("WITH") || before.isWord("RECURSIVE") || before.is(","))) {
        continue;
      }
      int j = i + 1;
      if (j < sql.size() && sql.get(j).is("(")) {
        j = sql.skipGroup(j);
      }
      if (!sql.word(j, "AS")) {
        continue;
      }
      j++;
      if (sql.word(j, "NOT")) {
        j++;
      }
      if (sql.word(j, "MATERIALIZED")) {
        j++;
      }
      if (j < sql.size() && sql.get(j).is("(")) {
        names.add(SqlTokens.identifier(sql.get(i)));
      }
    }
    return names;
  }

  /** {@code FROM (a JOIN b ON ...)}: a parenthesised join is a list of tables too. */
  private static boolean isFromItemGroup(SqlTokens sql, int i) {
    return i > 0
        && (sql.get(i - 1).isWord("FROM")
            || sql.get(i - 1).isWord("JOIN")
            || sql.get(i - 1).isWord("LATERAL"));
  }

  private static void fromList(SqlTokens sql, int i, List<Reference> references) {
    while (i < sql.size()) {
      while (sql.word(i, "ONLY") || sql.word(i, "LATERAL")) {
        i++;
      }
      if (!sql.isName(i)) {
        return; // a subquery, a parenthesised join (scanned on its own), or not a table
      }
      int first = i;
      i++;
      while (i + 1 < sql.size() && sql.get(i).is(".") && sql.isName(i + 1)) {
        i += 2;
      }
      if (i < sql.size() && sql.get(i).is("(")) {
        i = sql.skipGroup(i); // a function in FROM, not a table
      } else {
        int parts = (i - first + 1) / 2;
        Token last = sql.get(i - 1);
        String schema = parts >= 2 ? SqlTokens.identifier(sql.get(i - 3)) : null;
        references.add(new Reference(schema, SqlTokens.identifier(last)));
      }
      if (i < sql.size() && sql.get(i).text().equals("*")) {
        i++;
      }
      if (sql.word(i, "AS")) {
        i++;
      }
      if (sql.isName(i) && !CLAUSES.contains(sql.get(i).upper())) {
        i++;
        if (i < sql.size() && sql.get(i).is("(")) {
          i = sql.skipGroup(i);
        }
      }
      if (i < sql.size() && sql.get(i).is(",")) {
        i++;
      } else {
        return;
      }
    }
  }
}
