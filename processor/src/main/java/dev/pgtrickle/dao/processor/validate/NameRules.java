package dev.pgtrickle.dao.processor.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for stored names (schemas, tables and columns), which are used exactly as written and
 * quoted in SQL: not empty, at most 63 bytes in UTF-8 (PostgreSQL's {@code NAMEDATALEN - 1}; longer
 * names are silently truncated), no control characters, valid UTF-16, and no dot in a schema
 * (pg_trickle's functions split a qualified name at its first dot).
 */
final class NameRules {
  /** PostgreSQL's longest identifier, in bytes. */
  static final int MAX_BYTES = 63;

  private NameRules() {}

  /** Returns what is wrong with {@code name}, as phrases; empty if it is valid. */
  static List<String> problems(String name, boolean schema) {
    List<String> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add("the name is empty");
      return problems;
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      problems.add(
          "the name is "
              + bytes
              + " bytes long in UTF-8, more than PostgreSQL's limit of "
              + MAX_BYTES
              + " (it would silently cut it short)");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isISOControl(c)) {
        problems.add("it contains the control character " + unicode(c));
        break;
      }
      if (Character.isSurrogate((char) c)) {
        problems.add("it contains the unpaired surrogate " + unicode(c));
        break;
      }
      i += Character.charCount(c);
    }
    if (schema && name.indexOf('.') >= 0) {
      problems.add("it contains a dot, which pg_trickle reads as the end of the schema's name");
    }
    return problems;
  }

  private static String unicode(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }
}
