package dev.pgtrickle.dao.processor.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts user-chosen text (stored names, SQL) into javadoc safely. Quoted identifiers may hold
 * anything but control characters, so text that javadoc or javac would read as markup ({@code <},
 * {@code &}, {@code @}, braces), as the end of the comment ({@code *}{@code /}) or as a unicode
 * escape (a backslash) is written as HTML character references.
 */
final class Javadocs {
  /** The text width of a member's javadoc: 100 columns less its {@code " * "}. */
  static final int MEMBER_WIDTH = 95;

  private Javadocs() {}

  /** {@code {@code text}} when that is safe, else {@code <code>}escaped text{@code </code>}. */
  static String code(String text) {
    return text.equals(html(text)) && !text.isBlank()
        ? "{@code " + text + "}"
        : "<code>" + html(text) + "</code>";
  }

  /** Escapes {@code text} for HTML in a javadoc comment. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '\\' -> out.append("&#92;");
        case '\u2028' -> out.append("&#x2028;");
        case '\u2029' -> out.append("&#x2029;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Re-wraps the paragraphs of {@code text} (separated by blank lines) to lines of at most {@code
   * width} characters where the words allow; {@code <pre>} blocks are kept as they are, and inline
   * tags such as {@code {@code a b}} are never split.
   */
  static String reflow(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.strip().split("\n\n")) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (paragraph.startsWith("<pre>")) {
        out.append(paragraph).append('\n');
        continue;
      }
      int lineLength = 0;
      for (String word : words(paragraph)) {
        if (lineLength > 0 && lineLength + 1 + word.length() > width) {
          out.append('\n');
          lineLength = 0;
        } else if (lineLength > 0) {
          out.append(' ');
          lineLength++;
        }
        out.append(word);
        lineLength += word.length();
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Splits at whitespace outside braces. */
  private static List<String> words(String paragraph) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (Character.isWhitespace(c) && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** A {@code <pre>} block of {@code lines}, escaped, ending with a line break. */
  static String pre(List<String> lines) {
    StringBuilder out = new StringBuilder("<pre>\n");
    for (String line : lines) {
      out.append(html(line)).append('\n');
    }
    return out.append("</pre>\n").toString();
  }
}
