package dev.pgtrickle.dao.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * The name of a pg_trickle stream table: a schema and a table name, exactly as stored in {@code
 * pgtrickle.pgt_stream_tables} (case-sensitive, never folded).
 *
 * <p>Two renderings: {@link #sql()} is the quoted identifier {@code "schema"."name"}, both for SQL
 * text and as the name argument of pg_trickle's functions ({@code refresh_stream_table}, {@code
 * resume_stream_table}, {@code pause_stream_table}), which since 0.87.12 parse names quote-aware: a
 * double-quoted component is taken exactly (with {@code ""} for {@code "}), so mixed case, dots,
 * quotes, spaces and any other characters survive. {@link #qualifiedName()} is the unquoted {@code
 * schema.name} for messages and for matching the {@code st} key of pg_trickle's alert payloads;
 * never pass it to a function: 0.108 would split {@code a.b.c} at the wrong dot, fold nothing, trim
 * spaces and refuse a stray {@code "}.
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
      throw new IllegalArgumentException(
          "schema and name must not be empty: " + schema + "." + name);
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
   * Returns {@code schema.name}, unquoted, for messages; ambiguous when a part contains a dot.
   * Function arguments take {@link #sql()}.
   */
  public String qualifiedName() {
    return schema + "." + name;
  }

  /**
   * Returns the quoted SQL identifier {@code "schema"."name"} (each {@code "} doubled): the form
   * for SQL text and for the name argument of pg_trickle 0.108's functions, which parse it back to
   * exactly this schema and name.
   */
  public String sql() {
    return quote(schema) + "." + quote(name);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
