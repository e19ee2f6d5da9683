package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.NameAllocator;
import java.util.Collection;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** The names the processor derives from Java names, and the nearest-name suggestion. */
public final class Names {
  private Names() {}

  /**
   * Returns {@code name} in snake_case: {@code OrderTotals} is {@code order_totals}, {@code
   * HTTPStats} is {@code http_stats}, {@code orderCount} is {@code order_count} and {@code
   * Revenue2024} is {@code revenue2024}. A word starts at an upper-case letter that follows a
   * lower-case letter or a digit, or that ends a run of capitals ({@code HTTPStats}); underscores
   * are kept and never doubled.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    int previous = -1;
    for (int i = 0; i < name.length(); ) {
      int current = name.codePointAt(i);
      int next = i + Character.charCount(current);
      int following = next < name.length() ? name.codePointAt(next) : -1;
      if (isUpper(current)) {
        boolean wordStart =
            previous != -1
                && previous != '_'
                && (Character.isLowerCase(previous)
                    || Character.isDigit(previous)
                    || (isUpper(previous) && following != -1 && Character.isLowerCase(following)));
        if (wordStart) {
          out.append('_');
        }
        out.appendCodePoint(Character.toLowerCase(current));
      } else {
        out.appendCodePoint(current);
      }
      previous = current;
      i = next;
    }
    return out.toString();
  }

  private static boolean isUpper(int codePoint) {
    return Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint);
  }

  /** The column constant for a component: {@code orderCount} is {@code ORDER_COUNT}. */
  public static String constantName(String component) {
    String constant = snakeCase(component).toUpperCase(Locale.ROOT);
    return SourceVersion.isName(constant) ? constant : NameAllocator.toJavaIdentifier(constant);
  }

  /**
   * Returns the candidate closest to {@code written}, ignoring case, if it is close enough to be a
   * likely misspelling (at most a third of the letters differ); otherwise null.
   */
  public static String nearest(String written, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(1, best.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Returns {@code text} as a Java string literal, for quoting user input in diagnostics. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
