package dev.pgtrickle.dao.it.standin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JDBC helpers for the stand-in tests. */
final class Sql {

  private Sql() {}

  /**
   * Runs one statement with bind values and returns the server messages (INFO, NOTICE, ...) it
   * raised.
   */
  static List<String> run(Connection connection, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args)) {
      statement.execute();
      return messages(statement.getWarnings());
    }
  }

  /** Returns the first column of the first row, or null when there is no row. */
  static Object scalar(Connection connection, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args);
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  /** Returns the first row as a column-name-to-value map, or an empty map when there is no row. */
  static Map<String, Object> row(Connection connection, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args);
        ResultSet rs = statement.executeQuery()) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (rs.next()) {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
      }
      return row;
    }
  }

  /** Returns the first column of every row. */
  static List<Object> column(Connection connection, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args);
        ResultSet rs = statement.executeQuery()) {
      List<Object> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getObject(1));
      }
      return values;
    }
  }

  /** Returns a timestamptz column of a stream table's catalog row, looked up by schema and name. */
  static OffsetDateTime catalogTime(
      Connection connection, String schema, String name, String column) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + column
                + " FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = ? AND pgt_name = ?")) {
      statement.setString(1, schema);
      statement.setString(2, name);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          throw new AssertionError("no catalog row for " + schema + "." + name);
        }
        return rs.getObject(1, OffsetDateTime.class);
      }
    }
  }

  /** Returns a catalog row of a stream table as a map. */
  static Map<String, Object> catalog(Connection connection, String schema, String name)
      throws SQLException {
    return row(
        connection,
        "SELECT * FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = ? AND pgt_name = ?",
        schema,
        name);
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... args)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private static List<String> messages(SQLWarning warning) {
    List<String> messages = new ArrayList<>();
    for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
      messages.add(w.getMessage());
    }
    return messages;
  }

  /** Executes a statement whose messages do not matter. */
  static void exec(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
