package dev.pgtrickle.dao.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a careful person writes by hand: the generated DAO's exact SQL, a prepared statement,
 * positional getters, a new record per row. In three variants, because a read that enforces
 * read-only at run time needs a transaction: plain auto-commit; {@code BEGIN READ ONLY}, the
 * statement and {@code COMMIT} pipelined in one round trip (what the DAO does); and {@code
 * setAutoCommit(false)} + {@code setReadOnly(true)}, the statement, {@code COMMIT}, then both
 * restored (what the DAO did before, one more round trip).
 */
final class HandWritten {

  /** The generated {@code CustomerTotalsDao}'s {@code findAll} SQL, character for character. */
  static final String FIND_ALL =
      "SELECT \"customer\", \"region\", \"order_count\", \"total\","
          + " \"last_order_at\", \"note\" FROM \"public\".\"customer_totals\"";

  /** The SQL of {@code dao.query().where(REGION.eq(region))}. */
  static final String FIND_BY_REGION = FIND_ALL + " WHERE \"region\" = ?";

  /** {@link #FIND_ALL} in a read-only transaction, pipelined as the DAO's runtime sends it. */
  static final String PIPELINED_FIND_ALL = "BEGIN READ ONLY;\n" + FIND_ALL + "\n;COMMIT";

  /** {@link #FIND_BY_REGION}, pipelined likewise. */
  static final String PIPELINED_FIND_BY_REGION =
      "BEGIN READ ONLY;\n" + FIND_BY_REGION + "\n;COMMIT";

  private HandWritten() {}

  /** Maps the current row, as the generated mapper does, minus its NULL check on order_count. */
  static CustomerTotals map(ResultSet row) throws SQLException {
    return new CustomerTotals(
        row.getString(1),
        row.getString(2),
        row.getLong(3),
        row.getBigDecimal(4),
        row.getObject(5, OffsetDateTime.class),
        row.getString(6));
  }

  /**
   * The variant that does what the generated DAO does: {@code sql} ({@link #FIND_ALL} or {@link
   * #FIND_BY_REGION}) in a pipelined read-only transaction.
   */
  static List<CustomerTotals> matchingDao(DataSource dataSource, String sql, String parameter)
      throws SQLException {
    return pipelinedReadOnly(
        dataSource,
        sql.equals(FIND_ALL) ? PIPELINED_FIND_ALL : PIPELINED_FIND_BY_REGION,
        parameter);
  }

  /**
   * Reads in a read-only transaction sent as one pipeline, {@code pipelined} being {@code BEGIN
   * READ ONLY; <statement>; COMMIT}: one round trip, auto-commit untouched. After a failure the
   * aborted transaction is rolled back.
   */
  static List<CustomerTotals> pipelinedReadOnly(
      DataSource dataSource, String pipelined, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(pipelined)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try {
        statement.execute();
        statement.getMoreResults();
      } catch (SQLException e) {
        try (Statement rollback = connection.createStatement()) {
          rollback.execute("ROLLBACK");
        }
        throw e;
      }
      try (ResultSet resultSet = statement.getResultSet()) {
        return rows(resultSet);
      }
    }
  }

  /** Reads in auto-commit mode: one round trip. {@code parameter} binds {@code ?} when not null. */
  static List<CustomerTotals> autoCommit(DataSource dataSource, String sql, String parameter)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return list(connection, sql, parameter);
    }
  }

  /** Reads in a read-only transaction: the statement, then one more round trip for COMMIT. */
  static List<CustomerTotals> readOnlyTransaction(
      DataSource dataSource, String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        List<CustomerTotals> rows = list(connection, sql, parameter);
        connection.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    }
  }

  static List<CustomerTotals> list(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet resultSet = statement.executeQuery()) {
        return rows(resultSet);
      }
    }
  }

  private static List<CustomerTotals> rows(ResultSet resultSet) throws SQLException {
    List<CustomerTotals> rows = new ArrayList<>();
    while (resultSet.next()) {
      rows.add(map(resultSet));
    }
    return rows;
  }
}
