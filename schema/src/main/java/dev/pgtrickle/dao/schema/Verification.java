package dev.pgtrickle.dao.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The outcome of a {@link SchemaVerifier} run that found no difference: the stream tables it
 * checked (with their refresh mode, status and contract generation where the role may see them) and
 * its notes.
 *
 * @param records the record schemas checked, in the order given
 * @param tables the stream tables they read, by {@code schema.name}
 * @param notes remarks that are not errors: primitive components over nullable columns, catalog
 *     state the role cannot see, stream tables that are not ACTIVE
 */
public record Verification(
    List<RecordSchema> records, Map<String, StreamTableSchema> tables, List<String> notes) {
  public Verification {
    records = List.copyOf(records);
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    notes = List.copyOf(notes);
  }

  /** The stream table {@code schema.name} as verified, if a checked record reads it. */
  public Optional<StreamTableSchema> table(String schema, String name) {
    return Optional.ofNullable(tables.get(Names.qualified(schema, name)));
  }

  /**
   * The stream tables whose {@code contract_generation} moved since this verification: pg_trickle
   * bumps it whenever a change affects a table's result (its query, columns or mode), so a table
   * listed here may no longer match its record: verify again. Only tables whose generation the role
   * could read at verification time and can read now are compared; {@code contract_generation} is
   * in {@code pgtrickle.pgt_stream_tables}, which needs an explicit SELECT grant on pg_trickle
   * 0.108.
   *
   * @return {@code schema.name} of every changed table, sorted
   * @throws SchemaReadException if the catalogs cannot be read
   */
  public List<String> changedSince(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    List<String> changed = new ArrayList<>();
    SchemaVerifier.inReadOnlyTransaction(
        dataSource,
        "the contract generations",
        connection -> {
          collectChanges(connection, changed);
          return null;
        });
    return changed;
  }

  private void collectChanges(Connection connection, List<String> changed) throws SQLException {
    CatalogReader reader = CatalogReader.on(connection);
    for (StreamTableSchema before : tables.values()) {
      OptionalLong then = before.contractGeneration();
      if (then.isEmpty()) {
        continue;
      }
      Optional<StreamTableSchema> now = reader.read(before.schema(), before.name());
      if (now.isEmpty()) {
        changed.add(before.qualifiedName());
      } else if (now.get().contractGeneration().isPresent()
          && now.get().contractGeneration().getAsLong() != then.getAsLong()) {
        changed.add(before.qualifiedName());
      }
    }
  }
}
