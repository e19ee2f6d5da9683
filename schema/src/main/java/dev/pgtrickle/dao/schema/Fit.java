package dev.pgtrickle.dao.schema;

/** How a column of one PostgreSQL type reads into a record component of one Java type. */
public enum Fit {
  /** Every value of the column reads into the component unchanged. */
  EXACT,
  /**
   * The column reads, but into a type that does not keep what the column is: {@code String} over a
   * non-text column reads its text form ({@code bigint} 42 becomes {@code "42"}, a {@code jsonb}
   * document its JSON text), so the value loses its type. An error unless the component opts in
   * with {@code @Lossy}.
   */
  LOSSY,
  /** The column cannot be read into the component: always an error. */
  NEVER
}
