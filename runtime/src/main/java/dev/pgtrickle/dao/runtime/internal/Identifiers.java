package dev.pgtrickle.dao.runtime.internal;

/** Quoting of PostgreSQL identifiers. */
public final class Identifiers {
  private Identifiers() {}

  /** Returns {@code identifier} as a quoted PostgreSQL identifier, doubling embedded quotes. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
