package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Kind;
import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks at compile time that the text of a {@code @Query} is one read-only query, and prepares it
 * for JDBC. Pure Java over {@link SqlTokenizer}'s tokens, so quoting is understood: {@code SELECT
 * 'delete'}, {@code SELECT "update" FROM t}, {@code SELECT $$drop$$} and comments mentioning DELETE
 * all pass.
 *
 * <p><strong>Accepted:</strong> exactly one statement (empty statements, such as a trailing {@code
 * ;}, are ignored) that is a query: {@code SELECT}, {@code WITH ... SELECT}, {@code VALUES} or
 * {@code TABLE name} (the last two are forms of PostgreSQL's {@code SELECT} statement that cannot
 * write or lock), or such a query in parentheses, possibly combined with {@code UNION}, {@code
 * INTERSECT}, {@code EXCEPT}.
 *
 * <p><strong>Rejected</strong>, each as a {@link Problem} naming the keyword and where it is:
 *
 * <ul>
 *   <li>any other statement: {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE}, {@code
 *       TRUNCATE}, {@code COPY}, {@code CALL}, {@code DO}, DDL, {@code GRANT}/{@code REVOKE},
 *       {@code SET}, {@code LOCK}, {@code LISTEN}/{@code NOTIFY}, {@code VACUUM}, {@code EXPLAIN},
 *       transaction control, ... ({@link ProblemKind#NOT_A_QUERY});
 *   <li>a second statement, as in {@code SELECT 1; DELETE FROM t} ({@link
 *       ProblemKind#MULTIPLE_STATEMENTS});
 *   <li>a data-modifying {@code WITH} query, {@code WITH d AS (DELETE ... RETURNING *) SELECT ...},
 *       at any depth ({@link ProblemKind#DATA_MODIFYING_WITH}), and a {@code WITH} whose main
 *       statement is not a query;
 *   <li>a locking clause, {@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code FOR SHARE} or
 *       {@code FOR KEY SHARE}, at any depth ({@link ProblemKind#LOCKING_CLAUSE});
 *   <li>{@code SELECT ... INTO}, which creates a table ({@link ProblemKind#SELECT_INTO});
 *   <li>positional parameters, {@code ?} and {@code $1}: parameters are named, {@code :region}
 *       ({@link ProblemKind#POSITIONAL_PARAMETER});
 *   <li>text that does not tokenize (an unterminated string or comment), that is empty, or whose
 *       parentheses or {@code WITH} clause are malformed ({@link ProblemKind#MALFORMED}).
 * </ul>
 *
 * <p>Words used as labels are not keywords: {@code t.into}, {@code AS for}. {@code FOR} inside
 * {@code substring(...)} and {@code overlay(...)} is part of their syntax. What a query calls is
 * not checked: a function that writes is stopped at run time by the read-only transaction.
 *
 * <p>For an accepted query, {@link #parameters()} lists the named parameters in order of
 * appearance, one entry per occurrence, and {@link #jdbcSql()} is the statement with each {@code
 * :name} replaced by {@code ?} (so JDBC parameter {@code i + 1} is {@code parameters().get(i)}),
 * comments replaced by a space and trailing semicolons removed.
 */
final class ReadOnlySql {

  /** What kind of problem a text has. */
  enum ProblemKind {
    /** The statement is not a query. */
    NOT_A_QUERY,
    /** There is more than one statement. */
    MULTIPLE_STATEMENTS,
    /** A {@code WITH} query inserts, updates, deletes or merges. */
    DATA_MODIFYING_WITH,
    /** {@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code FOR SHARE}, {@code FOR KEY SHARE}. */
    LOCKING_CLAUSE,
    /** {@code SELECT ... INTO}. */
    SELECT_INTO,
    /** {@code ?} or {@code $1}. */
    POSITIONAL_PARAMETER,
    /** Empty, unterminated, unbalanced or otherwise not understood. */
    MALFORMED
  }

  /**
   * One problem.
   *
   * @param kind what kind of problem
   * @param keyword the offending keyword or text as PostgreSQL reads it, for example {@code DELETE}
   *     or {@code FOR UPDATE}
   * @param offset where it starts in the text (0-based)
   * @param line the line there (1-based)
   * @param column the column there (1-based)
   * @param message what is wrong and where, starting in lower case and without a final period, for
   *     example {@code DELETE at line 1, column 11 is a second statement; a query must be exactly
   *     one statement}
   */
  record Problem(
      ProblemKind kind, String keyword, int offset, int line, int column, String message) {

    /** Whether the problem is an attempt to write or lock, as opposed to malformed text. */
    boolean writes() {
      return switch (kind) {
        case DATA_MODIFYING_WITH, LOCKING_CLAUSE, SELECT_INTO -> true;
        case NOT_A_QUERY, MULTIPLE_STATEMENTS -> WRITING_STATEMENTS.contains(keyword);
        case POSITIONAL_PARAMETER, MALFORMED -> false;
      };
    }
  }

  /** Statements that write data, change the schema, privileges or state, or lock. */
  private static final Set<String> WRITING_STATEMENTS =
      Set.of(
          "INSERT",
          "UPDATE",
          "DELETE",
          "MERGE",
          "TRUNCATE",
          "COPY",
          "CALL",
          "DO",
          "CREATE",
          "ALTER",
          "DROP",
          "GRANT",
          "REVOKE",
          "COMMENT",
          "SECURITY",
          "REINDEX",
          "VACUUM",
          "CLUSTER",
          "REFRESH",
          "ANALYZE",
          "ANALYSE",
          "LOCK",
          "IMPORT",
          "NOTIFY",
          "SET",
          "RESET",
          "DISCARD",
          "LOAD",
          "CHECKPOINT",
          "PREPARE",
          "EXECUTE",
          "DEALLOCATE",
          "REASSIGN");

  private static final Set<String> QUERY_STARTS = Set.of("SELECT", "VALUES", "TABLE", "WITH");
  private static final String ALLOWED =
      "a query must be one SELECT, WITH ... SELECT, VALUES or TABLE statement";

  private final String sql;
  private final List<Token> tokens;
  private final int[] partner;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> parameters = new ArrayList<>();
  private String jdbcSql;

  private ReadOnlySql(String sql, List<Token> tokens) {
    this.sql = sql;
    this.tokens = tokens;
    this.partner = new int[tokens.size()];
  }

  /** Checks {@code sql}. Never throws for any input text. */
  static ReadOnlySql check(String sql) {
    List<Token> all;
    try {
      all = SqlTokenizer.tokenize(sql);
    } catch (SqlTokenizer.LexicalException e) {
      ReadOnlySql failed = new ReadOnlySql(sql, List.of());
      failed.problem(ProblemKind.MALFORMED, "", e.offset(), e.getMessage());
      return failed;
    }
    List<Token> code = new ArrayList<>();
    for (Token token : all) {
      if (token.kind() != Kind.COMMENT) {
        code.add(token);
      }
    }
    ReadOnlySql result = new ReadOnlySql(sql, List.copyOf(code));
    result.run(all);
    return result;
  }

  /** Whether the text is exactly one read-only query. */
  boolean isReadOnly() {
    return problems.isEmpty();
  }

  /** Every problem found, in order of position; empty when {@link #isReadOnly()}. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * The named parameters in order of appearance, without the colon, one entry per occurrence: JDBC
   * parameter {@code i + 1} of {@link #jdbcSql()} is {@code parameters().get(i)}.
   */
  List<String> parameters() {
    return List.copyOf(parameters);
  }

  /** The distinct named parameters, in order of first appearance. */
  Set<String> parameterNames() {
    return new LinkedHashSet<>(parameters);
  }

  /**
   * The statement for JDBC: {@code :name} replaced by {@code ?}, comments by a space, trailing
   * semicolons removed.
   *
   * @throws IllegalStateException if the text is not a read-only query
   */
  String jdbcSql() {
    if (jdbcSql == null) {
      throw new IllegalStateException("not a read-only query: " + problems);
    }
    return jdbcSql;
  }

  private void run(List<Token> all) {
    List<int[]> statements = statements();
    if (statements.isEmpty()) {
      problem(ProblemKind.MALFORMED, "", 0, "the query is empty; " + ALLOWED);
      return;
    }
    int from = statements.get(0)[0];
    int to = statements.get(0)[1];
    if (!matchParentheses(from, to)) {
      return;
    }
    query(from, to);
    if (statements.size() > 1) {
      Token second = tokens.get(statements.get(1)[0]);
      problem(
          ProblemKind.MULTIPLE_STATEMENTS,
          second.upper(),
          second.start(),
          second.upper()
              + " "
              + at(second.start())
              + " starts a second statement after ';'; "
              + ALLOWED);
    }
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind() == Kind.NAMED_PARAMETER) {
        parameters.add(tokens.get(i).parameterName());
      }
    }
    if (problems.isEmpty()) {
      jdbcSql = jdbc(all, tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }

  /** The non-empty statements, as token ranges {@code [from, to)}. */
  private List<int[]> statements() {
    List<int[]> statements = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).is(";")) {
        if (i > from) {
          statements.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    return statements;
  }

  private boolean matchParentheses(int from, int to) {
    List<Integer> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.is("(")) {
        open.add(i);
      } else if (token.is(")")) {
        if (open.isEmpty()) {
          problem(
              ProblemKind.MALFORMED,
              ")",
              token.start(),
              "')' " + at(token.start()) + " closes no parenthesis");
          return false;
        }
        int opening = open.remove(open.size() - 1);
        partner[opening] = i;
        partner[i] = opening;
      }
    }
    if (!open.isEmpty()) {
      int start = tokens.get(open.get(open.size() - 1)).start();
      problem(ProblemKind.MALFORMED, "(", start, "'(' " + at(start) + " is never closed");
      return false;
    }
    return true;
  }

  /** Checks {@code [from, to)}, which must be a query. */
  private void query(int from, int to) {
    int i = from;
    if (tokens.get(i).isWord("WITH")) {
      i = with(i + 1, to);
      if (i < 0) {
        return;
      }
      if (i >= to) {
        int end = tokens.get(to - 1).end();
        problem(
            ProblemKind.MALFORMED,
            "WITH",
            end,
            "the WITH clause ending " + at(end) + " is followed by no query");
        return;
      }
    }
    Token first = tokens.get(i);
    if (first.is("(")) {
      query(i + 1, partner[i]);
      scan(partner[i] + 1, to, false);
    } else if (first.isWord("SELECT") || first.isWord("VALUES") || first.isWord("TABLE")) {
      scan(i + 1, to, false);
    } else {
      String keyword = first.upper();
      boolean main = i > from;
      problem(
          ProblemKind.NOT_A_QUERY,
          keyword,
          first.start(),
          (main ? "the statement after the WITH clause is " : "the statement is ")
              + keyword
              + " "
              + at(first.start())
              + (WRITING_STATEMENTS.contains(keyword)
                  ? ", which writes or changes state; "
                  : ", not a query; ")
              + ALLOWED);
    }
  }

  /**
   * Reads a {@code WITH} list starting after {@code WITH} at {@code i}, checking each body, and
   * returns the index of the main statement, or -1 after reporting a problem.
   */
  private int with(int i, int to) {
    if (i < to && tokens.get(i).isWord("RECURSIVE")) {
      i++;
    }
    while (true) {
      if (i >= to
          || !(tokens.get(i).kind() == Kind.WORD
              || tokens.get(i).kind() == Kind.QUOTED_IDENTIFIER)) {
        return malformed(i, to, "the name of a WITH query");
      }
      Token name = tokens.get(i++);
      if (i < to && tokens.get(i).is("(")) {
        i = partner[i] + 1;
      }
      if (i >= to || !tokens.get(i).isWord("AS")) {
        return malformed(i, to, "AS");
      }
      i++;
      if (i < to && tokens.get(i).isWord("NOT")) {
        i++;
      }
      if (i < to && tokens.get(i).isWord("MATERIALIZED")) {
        i++;
      }
      if (i >= to || !tokens.get(i).is("(")) {
        return malformed(i, to, "'(' starting the body of WITH query " + name.text());
      }
      body(name, i + 1, partner[i]);
      i = partner[i] + 1;
      if (i < to && tokens.get(i).isWord("SEARCH")) {
        i = after(i, to, "SET");
        if (i < 0) {
          return malformed(to, to, "SET in the SEARCH clause");
        }
        i++;
      }
      if (i < to && tokens.get(i).isWord("CYCLE")) {
        i = after(i, to, "SET");
        if (i < 0) {
          return malformed(to, to, "SET in the CYCLE clause");
        }
        i++;
        if (i < to && tokens.get(i).isWord("TO")) {
          i = after(i, to, "USING") - 1;
          if (i < 0) {
            return malformed(to, to, "USING in the CYCLE clause");
          }
        }
        if (i < to && tokens.get(i).isWord("USING")) {
          i += 2;
        }
      }
      if (i < to && tokens.get(i).is(",")) {
        i++;
      } else {
        return i;
      }
    }
  }

  /** Checks the body {@code [from, to)} of WITH query {@code name}. */
  private void body(Token name, int from, int to) {
    if (from >= to) {
      problem(
          ProblemKind.MALFORMED,
          name.text(),
          name.start(),
          "WITH query " + name.text() + " " + at(name.start()) + " is empty");
      return;
    }
    Token first = tokens.get(from);
    String keyword = first.upper();
    if (dataModifying(from, to)) {
      problem(
          ProblemKind.DATA_MODIFYING_WITH,
          keyword,
          first.start(),
          "WITH query "
              + name.text()
              + " is "
              + keyword
              + " "
              + at(first.start())
              + ", which writes; WITH queries must be SELECT queries");
    } else if (first.is("(") || QUERY_STARTS.contains(keyword)) {
      query(from, to);
    } else {
      problem(
          ProblemKind.NOT_A_QUERY,
          keyword,
          first.start(),
          "WITH query "
              + name.text()
              + " is "
              + keyword
              + " "
              + at(first.start())
              + ", not a query; WITH queries must be SELECT queries");
    }
  }

  /**
   * Looks for problems in {@code [from, to)}, part of a query; {@code forIsSyntax} inside the
   * arguments of {@code substring} and {@code overlay}.
   */
  private void scan(int from, int to, boolean forIsSyntax) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.is("(")) {
        int close = partner[i];
        if (i + 1 < close && dataModifying(i + 1, close)) {
          Token first = tokens.get(i + 1);
          problem(
              ProblemKind.NOT_A_QUERY,
              first.upper(),
              first.start(),
              "a subquery is "
                  + first.upper()
                  + " "
                  + at(first.start())
                  + ", which writes; "
                  + ALLOWED);
        } else if (i + 1 < close
            && QUERY_STARTS.contains(tokens.get(i + 1).upper())
            && tokens.get(i + 1).kind() == Kind.WORD) {
          query(i + 1, close);
        } else {
          boolean function =
              i > from
                  && (tokens.get(i - 1).isWord("substring") || tokens.get(i - 1).isWord("overlay"));
          scan(i + 1, close, function);
        }
        i = close;
      } else if (token.kind() == Kind.POSITIONAL_PARAMETER
          || token.kind() == Kind.NUMBERED_PARAMETER) {
        problem(
            ProblemKind.POSITIONAL_PARAMETER,
            token.text(),
            token.start(),
            "positional parameter "
                + token.text()
                + " "
                + at(token.start())
                + "; name parameters after the method's parameters, as in :region"
                + (token.text().equals("?") ? " (for PostgreSQL's ? operators write ??)" : ""));
      } else if (token.kind() == Kind.WORD && !isLabel(i)) {
        if (token.isWord("INTO")) {
          problem(
              ProblemKind.SELECT_INTO,
              "INTO",
              token.start(),
              "SELECT ... INTO "
                  + at(token.start())
                  + " creates a table; "
                  + ALLOWED
                  + " that only reads");
        } else if (token.isWord("FOR") && !forIsSyntax) {
          String clause = lockingClause(i + 1, to);
          if (clause != null) {
            problem(
                ProblemKind.LOCKING_CLAUSE,
                clause,
                token.start(),
                clause
                    + " "
                    + at(token.start())
                    + " locks rows, which needs a writable transaction; remove it");
          }
        }
      }
    }
  }

  /** Whether the word at {@code i} is a label ({@code t.into}, {@code AS for}), not a keyword. */
  private boolean isLabel(int i) {
    if (i == 0) {
      return false;
    }
    Token previous = tokens.get(i - 1);
    return previous.is(".") || previous.isWord("AS");
  }

  /** The locking clause that {@code FOR} forms with the words from {@code i}, or null. */
  private String lockingClause(int i, int to) {
    if (word(i, to, "UPDATE")) {
      return "FOR UPDATE";
    }
    if (word(i, to, "SHARE")) {
      return "FOR SHARE";
    }
    if (word(i, to, "NO") && word(i + 1, to, "KEY") && word(i + 2, to, "UPDATE")) {
      return "FOR NO KEY UPDATE";
    }
    if (word(i, to, "KEY") && word(i + 1, to, "SHARE")) {
      return "FOR KEY SHARE";
    }
    return null;
  }

  /**
   * Whether {@code [from, to)} starts an INSERT, UPDATE, DELETE or MERGE statement. Those words are
   * not reserved, so a column may be called {@code update}: the statement forms are matched ({@code
   * INSERT INTO}, {@code DELETE FROM}, {@code MERGE INTO}, {@code UPDATE [ONLY] name [*] [[AS]
   * alias] SET}).
   */
  private boolean dataModifying(int from, int to) {
    Token first = tokens.get(from);
    if (first.isWord("INSERT") || first.isWord("MERGE")) {
      return word(from + 1, to, "INTO");
    }
    if (first.isWord("DELETE")) {
      return word(from + 1, to, "FROM");
    }
    if (!first.isWord("UPDATE")) {
      return false;
    }
    int i = from + 1;
    if (word(i, to, "ONLY")) {
      i++;
    }
    if (!name(i, to)) {
      return false;
    }
    i++;
    while (i + 1 < to && tokens.get(i).is(".") && name(i + 1, to)) {
      i += 2;
    }
    if (i < to && tokens.get(i).kind() == Kind.OPERATOR && tokens.get(i).text().equals("*")) {
      i++;
    }
    if (word(i, to, "AS")) {
      i++;
    }
    if (name(i, to) && !word(i, to, "SET")) {
      i++;
    }
    return word(i, to, "SET");
  }

  private boolean word(int i, int to, String keyword) {
    return i < to && tokens.get(i).isWord(keyword);
  }

  private boolean name(int i, int to) {
    return i < to
        && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED_IDENTIFIER);
  }

  /** The index after the word {@code keyword} at this depth from {@code i}, or -1. */
  private int after(int i, int to, String keyword) {
    for (int j = i; j < to; j++) {
      if (tokens.get(j).is("(")) {
        j = partner[j];
      } else if (tokens.get(j).isWord(keyword)) {
        return j + 1;
      }
    }
    return -1;
  }

  private int malformed(int i, int to, String expected) {
    if (i < to) {
      Token found = tokens.get(i);
      problem(
          ProblemKind.MALFORMED,
          found.upper(),
          found.start(),
          "expected "
              + expected
              + " "
              + at(found.start())
              + " in the WITH clause, found "
              + found.text());
    } else {
      int end = to > 0 ? tokens.get(to - 1).end() : 0;
      problem(
          ProblemKind.MALFORMED,
          "",
          end,
          "expected " + expected + " " + at(end) + " in the WITH clause, found the end");
    }
    return -1;
  }

  private void problem(ProblemKind kind, String keyword, int offset, String message) {
    int[] place = place(offset);
    problems.add(new Problem(kind, keyword, offset, place[0], place[1], message));
    problems.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
  }

  /** {@code at line 2, column 7}. */
  private String at(int offset) {
    int[] place = place(offset);
    return "at line " + place[0] + ", column " + place[1];
  }

  /** The 1-based line and column of {@code offset}; CR, LF and CRLF end lines. */
  private int[] place(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\n' || (c == '\r' && !(i + 1 < sql.length() && sql.charAt(i + 1) == '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /**
   * The text from {@code start} to {@code end} with parameters as {@code ?}, comments as spaces.
   */
  private String jdbc(List<Token> all, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    int copied = start;
    for (Token token : all) {
      if (token.start() < start || token.end() > end) {
        continue;
      }
      out.append(sql, copied, token.start());
      switch (token.kind()) {
        case NAMED_PARAMETER -> out.append('?');
        case COMMENT -> out.append(' ');
        default -> out.append(token.text());
      }
      copied = token.end();
    }
    return out.toString();
  }
}
