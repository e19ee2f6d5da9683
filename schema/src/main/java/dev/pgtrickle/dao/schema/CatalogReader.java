package dev.pgtrickle.dao.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads stream tables' columns from PostgreSQL's own catalogs, which every role may read, and their
 * pg_trickle state where the role may see it. Works under pg_trickle's read-only roles:
 *
 * <ul>
 *   <li>Columns and types come from {@code pg_attribute}/{@code pg_type}, never from a {@code
 *       SELECT *} on the table, and the {@code __pgt_*} bookkeeping columns are left out.
 *   <li>A table is a stream table when {@code pgtrickle.pgt_stream_tables} lists it, if the role
 *       may read that catalog; otherwise when it carries pg_trickle's {@code __pgt_row_id} column,
 *       which every stream table has and pg_trickle reserves.
 *   <li>Refresh mode, status and {@code contract_generation} come from {@code
 *       pgtrickle.pgt_stream_tables} when the role has SELECT on it (pg_trickle 0.108 grants it to
 *       no role); the contract digest from {@code pgtrickle.stream_table_contract(regclass)} when
 *       the role may call it (only a superuser or an explicit grant). Otherwise they stay empty.
 * </ul>
 *
 * <p>It only reads, issues no DDL and leaves the connection's settings and transaction alone: run
 * it inside a read-only transaction if you want one (the {@link SchemaVerifier} does).
 */
public final class CatalogReader {
  private static final String RELATIONS =
      """
      SELECT c.oid, n.nspname, c.relname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgtrickle', 'pgtrickle_changes')
        AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = '__pgt_row_id'
                      AND a.attnum > 0 AND NOT a.attisdropped)
      ORDER BY n.nspname, c.relname
      """;

  private static final String COLUMNS =
      """
      SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, NULL), t.typtype = 'e'
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
        AND left(a.attname, 6) <> '__pgt_'
      ORDER BY a.attrelid, a.attnum
      """;

  private static final String CATALOG_ACCESS =
      """
      SELECT CASE WHEN pg_catalog.has_schema_privilege(n.oid, 'USAGE')
                  THEN pg_catalog.has_table_privilege(c.oid, 'SELECT') ELSE false END,
             EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attname = 'contract_generation'
                       AND NOT a.attisdropped)
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'pgtrickle' AND c.relname = 'pgt_stream_tables'
      """;

  private static final String CONTRACT_ACCESS =
      """
      SELECT count(*) > 0
      FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'pgtrickle' AND p.proname = 'stream_table_contract'
        AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')
        AND pg_catalog.has_function_privilege(p.oid, 'EXECUTE')
      """;

  private static final String RELATION_EXISTS =
      """
      SELECT count(*) > 0
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      """;

  private static final String ALL_RELATIONS =
      """
      SELECT n.nspname, c.relname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      """;

  private final Connection connection;

  private CatalogReader(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** A reader on {@code connection}, which it uses but never closes. */
  public static CatalogReader on(Connection connection) {
    return new CatalogReader(connection);
  }

  /** Catalog reads on one connection, run by {@link #inReadOnlyTransaction}. */
  @FunctionalInterface
  public interface Work<T> {
    /** Reads what it needs from {@code connection}. */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on {@code connection} in a read-only transaction that is rolled back
   * afterwards, then restores the connection's auto-commit and read-only settings, on every path.
   * Never closes the connection, so a pooled one goes back as it came.
   */
  public static <T> T inReadOnlyTransaction(Connection connection, Work<T> work)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    boolean readOnly = connection.isReadOnly();
    try {
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      connection.setReadOnly(true);
      try {
        return work.run(connection);
      } finally {
        connection.rollback();
      }
    } finally {
      connection.setReadOnly(readOnly);
      if (autoCommit) {
        connection.setAutoCommit(true);
      }
    }
  }

  /** Every stream table of the database, sorted by schema and name. */
  public List<StreamTableSchema> readAll() throws SQLException {
    return readMatching(null, null);
  }

  /** The stream table {@code schema.name} (exact names), or empty if there is none. */
  public Optional<StreamTableSchema> read(String schema, String name) throws SQLException {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    List<StreamTableSchema> tables = readMatching(schema, name);
    return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0));
  }

  /** Whether any table, view or foreign table {@code schema.name} exists, stream table or not. */
  public boolean relationExists(String schema, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RELATION_EXISTS)) {
      statement.setString(1, schema);
      statement.setString(2, name);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  /**
   * Every table, view and foreign table outside the system schemas, stream table or not, as {@code
   * [schema, name]} pairs.
   */
  public Set<List<String>> relations() throws SQLException {
    Set<List<String>> relations = new HashSet<>();
    try (PreparedStatement statement = connection.prepareStatement(ALL_RELATIONS);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        relations.add(List.of(row.getString(1), row.getString(2)));
      }
    }
    return relations;
  }

  private record Relation(long oid, String schema, String name) {}

  private record CatalogRow(String refreshMode, String status, Long generation) {}

  private List<StreamTableSchema> readMatching(String schema, String name) throws SQLException {
    List<Relation> relations = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(RELATIONS);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        if (schema == null || (schema.equals(row.getString(2)) && name.equals(row.getString(3)))) {
          relations.add(new Relation(row.getLong(1), row.getString(2), row.getString(3)));
        }
      }
    }
    if (relations.isEmpty()) {
      return List.of();
    }
    Map<Long, CatalogRow> catalog = catalog();
    boolean contracts = contractsReadable();
    Map<Long, List<ColumnSchema>> columns = columns(relations);
    List<StreamTableSchema> tables = new ArrayList<>();
    for (Relation relation : relations) {
      CatalogRow state = null;
      if (catalog != null) {
        state = catalog.get(relation.oid());
        if (state == null) {
          continue; // carries __pgt_row_id but pg_trickle does not know it: not a stream table
        }
      }
      OptionalLong generation =
          state != null && state.generation() != null
              ? OptionalLong.of(state.generation())
              : OptionalLong.empty();
      Optional<String> digest = Optional.empty();
      if (contracts) {
        Contract contract = contract(relation.oid());
        if (contract != null) {
          digest = Optional.ofNullable(contract.digest());
          if (contract.generation() != null) {
            generation = OptionalLong.of(contract.generation());
          }
        }
      }
      tables.add(
          new StreamTableSchema(
              relation.schema(),
              relation.name(),
              columns.getOrDefault(relation.oid(), List.of()),
              generation,
              digest,
              Optional.ofNullable(state == null ? null : state.refreshMode()),
              Optional.ofNullable(state == null ? null : state.status())));
    }
    return tables;
  }

  private Map<Long, List<ColumnSchema>> columns(List<Relation> relations) throws SQLException {
    Long[] oids = relations.stream().map(Relation::oid).toArray(Long[]::new);
    Map<Long, List<ColumnSchema>> columns = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
      statement.setArray(1, connection.createArrayOf("oid", oids));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          columns
              .computeIfAbsent(row.getLong(1), oid -> new ArrayList<>())
              .add(
                  new ColumnSchema(
                      row.getString(2), new ColumnType(row.getString(3), row.getBoolean(4))));
        }
      }
    }
    return columns;
  }

  /** The catalog rows by storage-table OID, or null when the role may not read the catalog. */
  private Map<Long, CatalogRow> catalog() throws SQLException {
    boolean readable = false;
    boolean generations = false;
    try (PreparedStatement statement = connection.prepareStatement(CATALOG_ACCESS);
        ResultSet row = statement.executeQuery()) {
      if (row.next()) {
        readable = row.getBoolean(1);
        generations = row.getBoolean(2);
      }
    }
    if (!readable) {
      return null;
    }
    String sql =
        "SELECT pgt_relid, refresh_mode, status, "
            + (generations ? "contract_generation" : "NULL::bigint")
            + " FROM pgtrickle.pgt_stream_tables";
    Map<Long, CatalogRow> rows = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        long generation = row.getLong(4);
        rows.put(
            row.getLong(1),
            new CatalogRow(row.getString(2), row.getString(3), row.wasNull() ? null : generation));
      }
    }
    return rows;
  }

  private boolean contractsReadable() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CONTRACT_ACCESS);
        ResultSet row = statement.executeQuery()) {
      return row.next() && row.getBoolean(1);
    }
  }

  private record Contract(String digest, Long generation) {}

  private Contract contract(long oid) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT encode(contract_digest, 'hex'), contract_generation"
                + " FROM pgtrickle.stream_table_contract(?::oid::regclass)")) {
      statement.setLong(1, oid);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        String digest = row.getString(1);
        long generation = row.getLong(2);
        return new Contract(digest, row.wasNull() ? null : generation);
      }
    }
  }
}
