package dev.pgtrickle.dao.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the database says about one stream table: its user columns (never the {@code __pgt_*}
 * bookkeeping columns) and, where the reading role may see them, its contract and catalog state.
 *
 * @param schema the schema, as stored
 * @param name the table's name, as stored
 * @param columns the user columns, in table order
 * @param contractGeneration pg_trickle's {@code contract_generation}, which moves whenever a change
 *     affects the table's result; empty when the reading role cannot see the catalog
 * @param contractDigest the hex SHA-256 {@code contract_digest} of {@code
 *     pgtrickle.stream_table_contract}; empty unless the role may call it (superuser or explicit
 *     grant)
 * @param refreshMode the catalog's {@code refresh_mode}; empty when the catalog is not readable
 * @param status the catalog's {@code status}; empty when the catalog is not readable
 */
public record StreamTableSchema(
    String schema,
    String name,
    List<ColumnSchema> columns,
    OptionalLong contractGeneration,
    Optional<String> contractDigest,
    Optional<String> refreshMode,
    Optional<String> status) {

  public StreamTableSchema {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(contractGeneration, "contractGeneration");
    Objects.requireNonNull(contractDigest, "contractDigest");
    Objects.requireNonNull(refreshMode, "refreshMode");
    Objects.requireNonNull(status, "status");
  }

  /** A table with columns only: no contract and no catalog state. */
  public static StreamTableSchema of(String schema, String name, List<ColumnSchema> columns) {
    return new StreamTableSchema(
        schema,
        name,
        columns,
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The column named {@code column} exactly, if the table has it. */
  public Optional<ColumnSchema> column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /** {@code schema.name}, each part quoted only when it needs to be. */
  public String qualifiedName() {
    return Names.qualified(schema, name);
  }

  /**
   * This table as a snapshot keeps it: columns, contract generation and digest, without the catalog
   * state that moves at run time (refresh mode, status).
   */
  public StreamTableSchema forSnapshot() {
    return new StreamTableSchema(
        schema,
        name,
        columns,
        contractGeneration,
        contractDigest,
        Optional.empty(),
        Optional.empty());
  }
}
