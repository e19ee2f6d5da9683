package dev.pgtrickle.dao.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * The name of a pg_trickle stream table: a schema and a table name, exactly as stored in
 * {@code pgtrickle.pgt_stream_tables} (case-sensitive, never folded).
 *
 * <p>Two renderings are offered because pg_trickle needs both: {@link #qualifiedName()} is the
 * unquoted {@code schema.name} form that the extension's functions take (they split at the first
 * dot and do not strip quotes), and {@link #sql()} is the quoted identifier for SQL text.
 *
 * @param schema the schema, for example {@code public}
 * @param name the table name, for example {@code order_totals}
 */
public record StreamTableName(String schema, String name) implements Serializable {

  /** Validates both parts: neither may be empty, and neither may contain a NUL character. */
  public StreamTableName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    if (schema.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("schema and name must not be empty: " + schema + "." + name);
    }
    if (schema.indexOf('\0') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("schema and name must not contain NUL characters");
    }
  }

  /** Returns the name of table {@code name} in schema {@code schema}. */
  public static StreamTableName of(String schema, String name) {
    return new StreamTableName(schema, name);
  }

  /**
   * Returns {@code schema.name}, unquoted: the form pg_trickle's SQL functions such as
   * {@code pgtrickle.refresh_stream_table(name text)} expect.
   */
  public String qualifiedName() {
    return schema + "." + name;
  }

  /** Returns the quoted SQL identifier {@code "schema"."name"}. */
  public String sql() {
    return Identifiers.quote(schema) + "." + Identifiers.quote(name);
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
