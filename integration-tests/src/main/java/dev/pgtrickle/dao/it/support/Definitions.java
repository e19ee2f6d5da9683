package dev.pgtrickle.dao.it.support;

import dev.pgtrickle.dao.definitions.DeclaredStreamTable;
import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tests of stream tables as code share, whichever tool applies the definitions (the
 * runtime API, Flyway, Liquibase): a changed definition, the stream tables in creation order, and
 * the privilege failure inside a tool's wrapping exception.
 */
public final class Definitions {
  private Definitions() {}

  /** {@code definitions}, with the query of {@code name} replaced by {@code query}. */
  public static StreamTableDefinitions withQuery(
      StreamTableDefinitions definitions, StreamTableName name, String query) {
    List<DeclaredStreamTable> changed = new ArrayList<>();
    for (DeclaredStreamTable d : definitions.all()) {
      changed.add(
          d.name().equals(name)
              ? new DeclaredStreamTable(
                  d.name(),
                  d.record(),
                  query,
                  d.schedule(),
                  d.refreshMode(),
                  d.targetFreshness(),
                  d.initialize(),
                  d.poolerCompatibilityMode(),
                  d.dependsOn())
              : d);
    }
    return StreamTableDefinitions.of(changed);
  }

  /** The stream tables of {@code db} as {@code schema.name}, in the order they were created. */
  public static List<String> creationOrder(TestDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pgt_schema || '.' || pgt_name"
                    + " FROM pgtrickle.pgt_stream_tables ORDER BY pgt_id")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /**
   * The {@link InsufficientPrivilegeException} in {@code failure}'s cause chain.
   *
   * @throws AssertionError if there is none
   */
  public static InsufficientPrivilegeException privilegeFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InsufficientPrivilegeException privilege) {
        return privilege;
      }
    }
    throw new AssertionError("no InsufficientPrivilegeException in", failure);
  }
}
