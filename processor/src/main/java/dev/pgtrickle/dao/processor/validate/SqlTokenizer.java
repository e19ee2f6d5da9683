package dev.pgtrickle.dao.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens by PostgreSQL's lexical rules, so that what looks like a keyword
 * inside a string, a quoted identifier or a comment is never taken for one. Pure Java, no {@code
 * javax.lang.model}, so it is tested directly.
 *
 * <p>Understood: whitespace; {@code --} comments to the end of the line and nested {@code /*
 * *}{@code /} comments; strings {@code '...'} with {@code ''} for a quote, escape strings {@code
 * E'...'} with backslash escapes, bit strings {@code B'...'}/{@code X'...'}, {@code N'...'} and
 * {@code U&'...'}; dollar-quoted strings {@code $$...$$} and {@code $tag$...$tag$}; quoted
 * identifiers {@code "..."} with {@code ""} for a quote, and {@code U&"..."}; words (keywords and
 * identifiers, which may contain {@code $} after the first character); numbers; operators;
 * punctuation. Standard-conforming strings are assumed (PostgreSQL's default since 9.1): a
 * backslash in a plain {@code '...'} string is an ordinary character.
 *
 * <p>Parameters, as the JDBC layer and the processor see them: {@code :name} is a named parameter
 * (not {@code ::}, a cast, nor {@code :=}, named-argument notation, nor a {@code :} inside square
 * brackets, an array slice such as {@code a[1:n]}); a lone {@code ?} is a positional parameter and
 * {@code ??} is pgjdbc's escape for PostgreSQL's {@code ?} operators (so {@code ?|} must be written
 * {@code ??|}); {@code $1} is a numbered parameter.
 */
final class SqlTokenizer {

  /** What a token is. */
  enum Kind {
    /** A keyword or unquoted identifier, as written. */
    WORD,
    /** A double-quoted identifier, quotes included. */
    QUOTED_IDENTIFIER,
    /** A single-quoted string constant of any flavour, prefix and quotes included. */
    STRING,
    /** A dollar-quoted string constant, delimiters included. */
    DOLLAR_STRING,
    /** A numeric constant. */
    NUMBER,
    /** {@code :name}. */
    NAMED_PARAMETER,
    /** A lone {@code ?}. */
    POSITIONAL_PARAMETER,
    /** {@code $1}, {@code $2}, ... */
    NUMBERED_PARAMETER,
    /** An operator, including {@code ::}, {@code :=} and {@code ??}. */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; . :}. */
    PUNCTUATION,
    /** A comment, delimiters included. */
    COMMENT,
    /** A character PostgreSQL does not accept here, such as a lone {@code $} or a brace. */
    OTHER
  }

  /**
   * One token: its kind, its text exactly as written, and where it is ({@code start} inclusive,
   * {@code end} exclusive, as offsets into the SQL text).
   */
  record Token(Kind kind, String text, int start, int end) {

    /** Whether this is the word {@code keyword}, in any case. */
    boolean isWord(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the punctuation {@code symbol}. */
    boolean is(String symbol) {
      return kind == Kind.PUNCTUATION && text.equals(symbol);
    }

    /** The word in upper case, for messages and keyword tests; the text for other kinds. */
    String upper() {
      return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** A named parameter's name, without the colon. */
    String parameterName() {
      return text.substring(1);
    }
  }

  /** SQL text that does not tokenize: an unterminated string, identifier or comment. */
  static final class LexicalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    LexicalException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    /** Where the unterminated construct starts. */
    int offset() {
      return offset;
    }
  }

  private final String sql;
  private final List<Token> tokens = new ArrayList<>();
  private int position;
  private int brackets;

  private SqlTokenizer(String sql) {
    this.sql = sql;
  }

  /**
   * Returns the tokens of {@code sql}, comments included, whitespace left out.
   *
   * @throws LexicalException if a string, quoted identifier, dollar quote or block comment is not
   *     closed
   */
  static List<Token> tokenize(String sql) {
    SqlTokenizer tokenizer = new SqlTokenizer(sql);
    tokenizer.run();
    return List.copyOf(tokenizer.tokens);
  }

  private void run() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (isSpace(c)) {
        position++;
      } else if (c == '-' && peek(1) == '-') {
        lineComment();
      } else if (c == '/' && peek(1) == '*') {
        blockComment();
      } else if (c == '\'') {
        quoted(position, position, '\'', false, Kind.STRING);
      } else if (c == '"') {
        quoted(position, position, '"', false, Kind.QUOTED_IDENTIFIER);
      } else if (c == '$') {
        dollar();
      } else if (isIdentifierStart(c)) {
        word(c);
      } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
        number();
      } else if (c == ':') {
        colon();
      } else if (c == '?') {
        int length = peek(1) == '?' ? 2 : 1;
        add(length == 2 ? Kind.OPERATOR : Kind.POSITIONAL_PARAMETER, position, position + length);
      } else if ("()[],;.".indexOf(c) >= 0) {
        if (c == '[') {
          brackets++;
        } else if (c == ']' && brackets > 0) {
          brackets--;
        }
        add(Kind.PUNCTUATION, position, position + 1);
      } else if (isOperatorChar(c)) {
        operator();
      } else {
        add(Kind.OTHER, position, position + 1);
      }
    }
  }

  private void lineComment() {
    int end = position;
    while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
      end++;
    }
    add(Kind.COMMENT, position, end);
  }

  private void blockComment() {
    int depth = 0;
    int i = position;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          add(Kind.COMMENT, position, i);
          return;
        }
      } else {
        i++;
      }
    }
    throw new LexicalException("unterminated /* comment", position);
  }

  /**
   * Reads a quoted construct whose prefix starts at {@code start} and whose opening quote is at
   * {@code open}; a doubled quote stands for one, and with {@code backslashes} a backslash escapes
   * the next character.
   */
  private void quoted(int start, int open, char quote, boolean backslashes, Kind kind) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          add(kind, start, i + 1);
          return;
        }
      } else {
        i++;
      }
    }
    throw new LexicalException(
        kind == Kind.STRING ? "unterminated string constant" : "unterminated quoted identifier",
        start);
  }

  private void dollar() {
    if (isDigit(peek(1))) {
      int end = position + 1;
      while (end < sql.length() && isDigit(sql.charAt(end))) {
        end++;
      }
      add(Kind.NUMBERED_PARAMETER, position, end);
      return;
    }
    int tagEnd = position + 1;
    if (tagEnd < sql.length() && isIdentifierStart(sql.charAt(tagEnd))) {
      while (tagEnd < sql.length() && isTagPart(sql.charAt(tagEnd))) {
        tagEnd++;
      }
    }
    if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$') {
      add(Kind.OTHER, position, position + 1);
      return;
    }
    String tag = sql.substring(position, tagEnd + 1);
    int close = sql.indexOf(tag, tagEnd + 1);
    if (close < 0) {
      throw new LexicalException("unterminated dollar-quoted string " + tag, position);
    }
    add(Kind.DOLLAR_STRING, position, close + tag.length());
  }

  private void word(char c) {
    char next = peek(1);
    if ((c == 'e' || c == 'E') && next == '\'') {
      quoted(position, position + 1, '\'', true, Kind.STRING);
    } else if ("bBxXnN".indexOf(c) >= 0 && next == '\'') {
      quoted(position, position + 1, '\'', false, Kind.STRING);
    } else if ((c == 'u' || c == 'U') && next == '&' && (peek(2) == '\'' || peek(2) == '"')) {
      char quote = peek(2);
      quoted(
          position,
          position + 2,
          quote,
          false,
          quote == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER);
    } else {
      add(Kind.WORD, position, identifierEnd(position));
    }
  }

  private void number() {
    int i = position;
    boolean radix = sql.charAt(i) == '0' && "xXoObB".indexOf(peek(1)) >= 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (isDigit(c) || isLetter(c) || c == '_') {
        i++;
      } else if (c == '.' && !(i + 1 < sql.length() && sql.charAt(i + 1) == '.')) {
        i++;
      } else if ((c == '+' || c == '-')
          && !radix
          && i > position
          && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')
          && i + 1 < sql.length()
          && isDigit(sql.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    add(Kind.NUMBER, position, i);
  }

  private void colon() {
    char next = peek(1);
    if (next == ':' || next == '=') {
      add(Kind.OPERATOR, position, position + 2);
    } else if (brackets == 0 && isIdentifierStart(next)) {
      add(Kind.NAMED_PARAMETER, position, identifierEnd(position + 1));
    } else {
      add(Kind.PUNCTUATION, position, position + 1);
    }
  }

  private void operator() {
    int end = position;
    while (end < sql.length()
        && isOperatorChar(sql.charAt(end))
        && !(end > position && (sql.startsWith("--", end) || sql.startsWith("/*", end)))) {
      end++;
    }
    add(Kind.OPERATOR, position, end);
  }

  private int identifierEnd(int start) {
    int end = start + 1;
    while (end < sql.length() && isIdentifierPart(sql.charAt(end))) {
      end++;
    }
    return end;
  }

  private void add(Kind kind, int start, int end) {
    tokens.add(new Token(kind, sql.substring(start, end), start, end));
    position = end;
  }

  private char peek(int ahead) {
    int i = position + ahead;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** PostgreSQL: a letter, an underscore, or any non-ASCII character. */
  private static boolean isIdentifierStart(char c) {
    return isLetter(c) || c == '_' || c >= 0x80;
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '$';
  }

  /** A dollar-quote tag is an identifier without dollar signs. */
  private static boolean isTagPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  /** PostgreSQL's operator characters, less {@code ?}, which JDBC reserves. */
  private static boolean isOperatorChar(char c) {
    return "+-*/<>=~!@#%^&|`".indexOf(c) >= 0;
  }
}
