package dev.pgtrickle.dao.definitions;

import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.internal.Failures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The stream-table definitions of an application, in dependency order, and the one way to apply
 * them to a database. The annotation processor writes each module's {@code @StreamTableDefinition}
 * records to the resource {@value #RESOURCE}; {@link #load()} reads them (no reflection, no
 * classpath scanning), and the Flyway and Liquibase modules call the same methods.
 *
 * <pre>{@code
 * StreamTableDefinitions definitions = StreamTableDefinitions.load();
 * definitions.createMissing(adminDataSource);   // create_stream_table_if_not_exists, in order
 * definitions.apply(adminDataSource);           // create_or_replace_stream_table, in order
 * definitions.dropAll(adminDataSource);         // drop_stream_table, in reverse order
 * }</pre>
 *
 * <p>Every statement passes its values as bind parameters and names the stream table as {@code
 * "schema"."name"}, which pg_trickle 0.108 parses quote-aware. Each method runs all its statements
 * in one transaction: on a connection in auto-commit mode it opens and commits one (rolling back on
 * failure, then restoring auto-commit); inside the caller's transaction it runs there and commits
 * nothing. The role needs pg_trickle's {@code pgtrickle_admin}, EXECUTE on {@code
 * create_or_replace_stream_table} (for {@link #apply}) or {@code create_stream_table_if_not_exists}
 * (for {@link #createMissing}), which pg_trickle 0.108.3 grants to no role, and, to change or drop
 * existing stream tables, their ownership; see {@link InsufficientPrivilegeException}. Readers need
 * none of it. Instances are immutable and thread-safe.
 */
public final class StreamTableDefinitions {
  /** The resource the annotation processor writes in each module with definitions. */
  public static final String RESOURCE = "META-INF/pgtrickle-dao/stream-table-definitions";

  static final String CREATE_OR_REPLACE =
      "SELECT pgtrickle.create_or_replace_stream_table(name => ?, query => ?, schedule => ?,"
          + " refresh_mode => ?, initialize => ?, pooler_compatibility_mode => ?)";
  static final String CREATE_IF_NOT_EXISTS =
      "SELECT pgtrickle.create_stream_table_if_not_exists(name => ?, query => ?, schedule => ?,"
          + " refresh_mode => ?, initialize => ?, pooler_compatibility_mode => ?,"
          + " target_freshness => ?)";
  static final String SET_TARGET_FRESHNESS =
      "SELECT pgtrickle.alter_stream_table(name => ?, target_freshness => ?)";
  static final String DROP = "SELECT pgtrickle.drop_stream_table(name => ?)";

  private static final String UNDEFINED_TABLE = "42P01";

  private final List<DeclaredStreamTable> definitions;
  private final String text;

  private StreamTableDefinitions(List<DeclaredStreamTable> definitions) {
    this.definitions = List.copyOf(definitions);
    this.text = DefinitionsText.write(this.definitions);
  }

  /**
   * Returns {@code definitions}, sorted so that every stream table comes after those it depends on,
   * keeping the given order otherwise.
   *
   * @throws IllegalArgumentException if two definitions name the same stream table, or they depend
   *     on each other in a cycle
   */
  public static StreamTableDefinitions of(List<DeclaredStreamTable> definitions) {
    return new StreamTableDefinitions(dependencyOrder(definitions));
  }

  /** Reads every {@value #RESOURCE} visible to this class's class loader. */
  public static StreamTableDefinitions load() {
    return load(StreamTableDefinitions.class.getClassLoader());
  }

  /**
   * Reads every {@value #RESOURCE} that {@code classLoader} sees (one per module with definitions),
   * in the class loader's order, then sorts them in dependency order.
   *
   * @throws IllegalStateException if a resource is malformed, or two modules define the same stream
   *     table
   */
  public static StreamTableDefinitions load(ClassLoader classLoader) {
    List<DeclaredStreamTable> all = new ArrayList<>();
    try {
      Enumeration<URL> resources = classLoader.getResources(RESOURCE);
      for (URL url : Collections.list(resources)) {
        try (InputStream in = url.openStream()) {
          all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    try {
      return of(all);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Reads the text of a {@value #RESOURCE}, as {@link #text()} writes it.
   *
   * @param source where the text comes from, for messages
   * @throws IllegalStateException if it is malformed
   */
  public static List<DeclaredStreamTable> parse(String text, String source) {
    return DefinitionsText.read(text, source);
  }

  /** The definitions, in dependency order: create in this order, drop in the reverse. */
  public List<DeclaredStreamTable> all() {
    return definitions;
  }

  /** The definition of {@code name}, if there is one. */
  public Optional<DeclaredStreamTable> get(StreamTableName name) {
    return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The text of {@value #RESOURCE} holding these definitions, as the processor writes it. */
  public String text() {
    return text;
  }

  /**
   * A checksum of {@link #text()} (CRC-32): it changes whenever a definition does. Flyway records
   * it to re-run the stream-table migration after a change.
   */
  public int checksum() {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /**
   * Creates every stream table that does not exist yet, in dependency order, with {@code
   * pgtrickle.create_stream_table_if_not_exists}; existing ones are left exactly as they are. Safe
   * to run any number of times.
   *
   * @throws InsufficientPrivilegeException if the role may not create stream tables
   * @throws StreamTableException (reason {@code DEFINITION_REJECTED}, or another) if pg_trickle
   *     rejects a definition or the connection fails; nothing is created then
   */
  public void createMissing(Connection connection) {
    inTransaction(
        connection,
        c -> {
          for (DeclaredStreamTable d : definitions) {
            run(
                c,
                d,
                CREATE_IF_NOT_EXISTS,
                "creating",
                s -> {
                  bindCommon(s, d);
                  s.setString(7, d.targetFreshness().orElse(null));
                });
          }
        });
  }

  /** {@link #createMissing(Connection)} on a connection of {@code dataSource}. */
  public void createMissing(DataSource dataSource) {
    withConnection(dataSource, this::createMissing);
  }

  /**
   * Creates or changes every stream table to match its definition, in dependency order, with {@code
   * pgtrickle.create_or_replace_stream_table} (a no-op for an unchanged definition; a changed query
   * or option is altered in place, as pg_trickle's ALTER does), then sets the target freshness of
   * those that declare one with {@code alter_stream_table(target_freshness => ...)}. Safe to run
   * any number of times.
   *
   * @throws InsufficientPrivilegeException if the role may not create stream tables, or does not
   *     own one it must change
   * @throws StreamTableException (reason {@code DEFINITION_REJECTED}, or another) if pg_trickle
   *     rejects a definition or the connection fails; nothing is changed then
   */
  public void apply(Connection connection) {
    inTransaction(
        connection,
        c -> {
          for (DeclaredStreamTable d : definitions) {
            run(c, d, CREATE_OR_REPLACE, "creating or replacing", s -> bindCommon(s, d));
            if (d.targetFreshness().isPresent()) {
              run(
                  c,
                  d,
                  SET_TARGET_FRESHNESS,
                  "setting the target freshness of",
                  s -> {
                    s.setString(1, d.name().sql());
                    s.setString(2, d.targetFreshness().get());
                  });
            }
          }
        });
  }

  /** {@link #apply(Connection)} on a connection of {@code dataSource}. */
  public void apply(DataSource dataSource) {
    withConnection(dataSource, this::apply);
  }

  /**
   * Drops every defined stream table that exists, in reverse dependency order, with {@code
   * pgtrickle.drop_stream_table}; one that does not exist is skipped. A stream table of another
   * module that depends on one of these makes pg_trickle refuse the drop.
   *
   * @throws InsufficientPrivilegeException if the role does not own a stream table or may not call
   *     {@code drop_stream_table}
   * @throws StreamTableException (reason {@code DEFINITION_REJECTED}, or another) if a drop fails
   *     otherwise; nothing is dropped then
   */
  public void dropAll(Connection connection) {
    inTransaction(
        connection,
        c -> {
          for (int i = definitions.size() - 1; i >= 0; i--) {
            DeclaredStreamTable d = definitions.get(i);
            Savepoint savepoint = c.setSavepoint();
            try {
              run(c, d, DROP, "dropping", s -> s.setString(1, d.name().sql()));
              c.releaseSavepoint(savepoint);
            } catch (StreamTableException e) {
              if (!UNDEFINED_TABLE.equals(e.sqlState().orElse(null))) {
                throw e;
              }
              c.rollback(savepoint);
            }
          }
        });
  }

  /** {@link #dropAll(Connection)} on a connection of {@code dataSource}. */
  public void dropAll(DataSource dataSource) {
    withConnection(dataSource, this::dropAll);
  }

  @Override
  public String toString() {
    return "StreamTableDefinitions" + definitions.stream().map(d -> d.name().toString()).toList();
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private static void bindCommon(PreparedStatement s, DeclaredStreamTable d) throws SQLException {
    s.setString(1, d.name().sql());
    s.setString(2, d.query());
    s.setString(3, d.schedule());
    s.setString(4, d.refreshMode());
    s.setBoolean(5, d.initialize());
    s.setBoolean(6, d.poolerCompatibilityMode());
  }

  private static void run(
      Connection connection, DeclaredStreamTable d, String sql, String doing, Binder binder) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.execute();
    } catch (SQLException e) {
      throw AdminFailures.translate(d, sql, doing, e, role(connection));
    }
  }

  private static String role(Connection connection) {
    try {
      return '"' + connection.getMetaData().getUserName().replace("\"", "\"\"") + '"';
    } catch (SQLException | RuntimeException e) {
      return "the migrating role";
    }
  }

  private void withConnection(DataSource dataSource, Work work) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (definitions.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      work.run(connection);
    } catch (SQLException e) {
      throw Failures.translate(
          Failures.Path.DEFINITION,
          definitions.get(0).name(),
          "connecting to apply the definitions of " + definitions.size() + " stream tables",
          null,
          e);
    }
  }

  private void inTransaction(Connection connection, Work work) {
    Objects.requireNonNull(connection, "connection");
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        work.run(connection);
        return;
      }
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (RuntimeException | SQLException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      StreamTableName first = definitions.isEmpty() ? null : definitions.get(0).name();
      throw Failures.translate(
          Failures.Path.DEFINITION,
          first,
          "managing the transaction of stream table definitions",
          null,
          e);
    }
  }

  /** Stable topological order: Kahn's algorithm, always taking the earliest ready definition. */
  static List<DeclaredStreamTable> dependencyOrder(List<DeclaredStreamTable> definitions) {
    Map<StreamTableName, DeclaredStreamTable> byName = new LinkedHashMap<>();
    for (DeclaredStreamTable d : definitions) {
      DeclaredStreamTable other = byName.putIfAbsent(d.name(), d);
      if (other != null) {
        throw new IllegalArgumentException(
            "stream table "
                + d.name()
                + " is defined twice, by "
                + other.record()
                + " and by "
                + d.record()
                + "; define each stream table once");
      }
    }
    Map<StreamTableName, Integer> waiting = new HashMap<>();
    for (DeclaredStreamTable d : definitions) {
      int count = 0;
      for (StreamTableName dependency : d.dependsOn()) {
        if (byName.containsKey(dependency) && !dependency.equals(d.name())) {
          count++;
        }
      }
      waiting.put(d.name(), count);
    }
    List<DeclaredStreamTable> ordered = new ArrayList<>();
    List<DeclaredStreamTable> left = new ArrayList<>(definitions);
    while (!left.isEmpty()) {
      DeclaredStreamTable next = null;
      for (DeclaredStreamTable d : left) {
        if (waiting.get(d.name()) == 0) {
          next = d;
          break;
        }
      }
      if (next == null) {
        throw new IllegalArgumentException(
            "stream tables "
                + left.stream().map(d -> d.name() + " (" + d.record() + ")").toList()
                + " depend on each other in a cycle; a stream table cannot be defined over"
                + " itself, directly or through others");
      }
      left.remove(next);
      ordered.add(next);
      for (DeclaredStreamTable d : left) {
        for (StreamTableName dependency : d.dependsOn()) {
          if (dependency.equals(next.name())) {
            waiting.merge(d.name(), -1, Integer::sum);
          }
        }
      }
    }
    return ordered;
  }
}
