package dev.pgtrickle.dao.schema;

import java.util.regex.Pattern;

/** Identifier quoting for messages and files. */
final class Names {
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  private Names() {}

  /** {@code name} as SQL would need it: bare when it is a plain lower-case identifier. */
  static String display(String name) {
    return PLAIN.matcher(name).matches() ? name : quote(name);
  }

  /** Always double-quoted, inner quotes doubled. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String qualified(String schema, String name) {
    return display(schema) + "." + display(name);
  }
}
