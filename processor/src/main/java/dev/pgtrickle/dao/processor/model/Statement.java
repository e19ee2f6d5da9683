package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQL statement of a DAO, computed by the processor and held in a {@code private static final
 * String} constant. It is kept as tokens so that it can be laid out twice: as a string literal that
 * fits the source's line length, and as clauses on their own lines in javadoc.
 *
 * @param constant the constant's name, e.g. {@code FIND_BY_REGION}
 * @param select the tokens of the {@code SELECT} clause
 * @param rest the tokens of the {@code FROM} and {@code WHERE} clauses, each clause starting with
 *     its keyword
 */
public record Statement(String constant, List<String> select, List<List<String>> rest) {
  /** The line length the generated source keeps to where it can. */
  private static final int LINE_LENGTH = 100;

  /** Javadoc lines are shorter: they sit behind an indent and {@code " * "}. */
  private static final int JAVADOC_LENGTH = 90;

  /** {@code " private static final String "}: where a constant's name starts. */
  private static final int FIELD_PREFIX = 30;

  /** A continuation line's {@code " + "}. */
  private static final int CONTINUATION_PREFIX = 8;

  public Statement {
    select = List.copyOf(select);
    rest = rest.stream().map(List::copyOf).toList();
  }

  /** Returns {@code identifier} quoted for PostgreSQL, embedded quotes doubled. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The SQL text, tokens separated by single spaces. */
  String sql() {
    return String.join(" ", tokens());
  }

  private List<String> tokens() {
    List<String> tokens = new ArrayList<>(select);
    rest.forEach(tokens::addAll);
    return tokens;
  }

  /** The statement for javadoc: one clause per line, a long select list wrapped and indented. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(fill(select, "       ", JAVADOC_LENGTH));
    for (List<String> clause : rest) {
      lines.add(String.join(" ", clause));
    }
    return lines;
  }

  /**
   * The constant's initializer: one string literal if it fits the line, else literals joined by
   * {@code +}, one per line, each as long as fits. The {@code FROM} and {@code WHERE} clauses start
   * a line of their own unless they fit, whole, after the select list.
   */
  public CodeBlock initializer() {
    int firstWidth = LINE_LENGTH - FIELD_PREFIX - constant.length() - " = ;".length();
    int width = LINE_LENGTH - CONTINUATION_PREFIX - ";".length();
    String sql = sql();
    if (literalLength(sql) <= firstWidth) {
      return JavaString.of(sql);
    }
    List<String> pieces = new ArrayList<>();
    pack(select, pieces, firstWidth, width);
    List<String> tail = new ArrayList<>();
    rest.forEach(tail::addAll);
    String last = pieces.get(pieces.size() - 1);
    String joined = last + " " + String.join(" ", tail);
    if (literalLength(joined) <= (pieces.size() == 1 ? firstWidth : width)) {
      pieces.set(pieces.size() - 1, joined);
    } else {
      pack(tail, pieces, firstWidth, width);
    }
    CodeBlock.Builder initializer = CodeBlock.builder().add("$L", JavaString.of(pieces.get(0)));
    for (String piece : pieces.subList(1, pieces.size())) {
      initializer.add("\n$>$>+ $L$<$<", JavaString.of(piece));
    }
    return initializer.build();
  }

  /**
   * Appends {@code tokens} to {@code pieces}, starting a new piece, and another whenever the
   * literal would not fit. Every piece but the statement's first starts with the space that
   * separates it from the previous one.
   */
  private static void pack(List<String> tokens, List<String> pieces, int firstWidth, int width) {
    StringBuilder piece = null;
    for (String token : tokens) {
      int limit = pieces.isEmpty() ? firstWidth : width;
      if (piece != null && literalLength(piece + " " + token) <= limit) {
        piece.append(' ').append(token);
      } else {
        boolean first = piece == null && pieces.isEmpty();
        if (piece != null) {
          pieces.add(piece.toString());
        }
        piece = new StringBuilder(first ? "" : " ").append(token);
      }
    }
    pieces.add(piece.toString());
  }

  /**
   * Fills lines of at most {@code width} characters; continuation lines start with {@code indent}.
   */
  private static List<String> fill(List<String> tokens, String indent, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(tokens.get(0));
    for (String token : tokens.subList(1, tokens.size())) {
      if (line.length() + 1 + token.length() <= width) {
        line.append(' ').append(token);
      } else {
        lines.add(line.toString());
        line = new StringBuilder(indent).append(token);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The length of {@code text} as a Java string literal, quotes included. */
  private static int literalLength(String text) {
    int length = text.length() + 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        length++;
      }
    }
    return length;
  }
}
