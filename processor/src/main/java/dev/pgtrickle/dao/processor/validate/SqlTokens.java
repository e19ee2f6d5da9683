package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Kind;
import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a query without comments, with each parenthesis paired: what {@link SelectColumns}
 * and {@link TableReferences} walk. Built only from text that {@link ReadOnlySql} accepted, so it
 * tokenizes and its parentheses balance.
 */
final class SqlTokens {
  final List<Token> tokens;

  /** For each parenthesis, the index of its partner; -1 for other tokens. */
  final int[] partner;

  private SqlTokens(List<Token> tokens) {
    this.tokens = tokens;
    this.partner = new int[tokens.size()];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      partner[i] = -1;
      if (tokens.get(i).is("(")) {
        open.add(i);
      } else if (tokens.get(i).is(")") && !open.isEmpty()) {
        int opening = open.remove(open.size() - 1);
        partner[opening] = i;
        partner[i] = opening;
      }
    }
  }

  static SqlTokens of(String sql) {
    List<Token> code = new ArrayList<>();
    for (Token token : SqlTokenizer.tokenize(sql)) {
      if (token.kind() != Kind.COMMENT) {
        code.add(token);
      }
    }
    return new SqlTokens(code);
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  boolean word(int i, String keyword) {
    return i < tokens.size() && tokens.get(i).isWord(keyword);
  }

  boolean isName(int i) {
    return i < tokens.size()
        && (tokens.get(i).kind() == Kind.WORD
            || (tokens.get(i).kind() == Kind.QUOTED_IDENTIFIER
                && tokens.get(i).text().startsWith("\"")));
  }

  /** The index after the parenthesis group opening at {@code i}. */
  int skipGroup(int i) {
    return partner[i] < 0 ? tokens.size() : partner[i] + 1;
  }

  /**
   * The identifier a name token stands for: an unquoted word with its ASCII letters folded to lower
   * case, as PostgreSQL folds it in a UTF-8 database, or a quoted identifier without its quotes.
   */
  static String identifier(Token token) {
    if (token.kind() == Kind.QUOTED_IDENTIFIER) {
      String text = token.text();
      return text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    StringBuilder folded = new StringBuilder(token.text());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        folded.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return folded.toString();
  }
}
