package dev.pgtrickle.dao.runtime;

/** Quoting of PostgreSQL identifiers. */
final class Identifiers {
  private Identifiers() {}

  /** Returns {@code identifier} as a quoted PostgreSQL identifier, doubling embedded quotes. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
