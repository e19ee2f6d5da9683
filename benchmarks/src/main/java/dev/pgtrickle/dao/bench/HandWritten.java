package dev.pgtrickle.dao.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a careful person writes by hand: the generated DAO's exact SQL, a prepared statement,
 * positional getters, a new record per row. In two variants, because a read that enforces
 * read-only at run time costs a transaction: plain auto-commit, and {@code setAutoCommit(false)}
 * + {@code setReadOnly(true)}, the statement, {@code COMMIT}, then both restored.
 */
final class HandWritten {

  /**
   * Whether the generated DAO's {@link DataSource} reads run in a read-only transaction. The
   * "generated / hand-written" ratio compares the DAO with the hand-written variant that does
   * the same work; flip this when the DAO's read path changes.
   */
  static final boolean DAO_USES_READ_ONLY_TRANSACTION = true;

  /** The generated {@code CustomerTotalsDao}'s {@code findAll} SQL, character for character. */
  static final String FIND_ALL = "SELECT \"customer\", \"region\", \"order_count\", \"total\","
      + " \"last_order_at\", \"note\" FROM \"public\".\"customer_totals\"";

  /** The generated {@code findByRegion} SQL. */
  static final String FIND_BY_REGION = FIND_ALL + " WHERE \"region\" = ?";

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

  /** The variant that does what the generated DAO does (see {@link #DAO_USES_READ_ONLY_TRANSACTION}). */
  static List<CustomerTotals> matchingDao(DataSource dataSource, String sql, String parameter)
      throws SQLException {
    return DAO_USES_READ_ONLY_TRANSACTION
        ? readOnlyTransaction(dataSource, sql, parameter)
        : autoCommit(dataSource, sql, parameter);
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
        List<CustomerTotals> rows = new ArrayList<>();
        while (resultSet.next()) {
          rows.add(map(resultSet));
        }
        return rows;
      }
    }
  }
}
