package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * A Java string literal of user-written text (names, SQL). JavaPoet's {@code $S} writes the line
 * and paragraph separators U+2028 and U+2029 as they are, and its code writer then breaks the line
 * there, so the literal would not compile; text holding them is written here with {@code \}{@code
 * u2028} escapes instead. Any other text goes through {@code $S}, unchanged.
 */
public final class JavaString {
  private JavaString() {}

  /** {@code text} as a string literal. */
  public static CodeBlock of(String text) {
    if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
      return CodeBlock.of("$S", text);
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", out.append('"').toString());
  }
}
