package dev.pgtrickle.dao.runtime.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Builds one record from the current row of a result set. Generated DAOs implement it with a static
 * method that reads each column by position.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RowMapper<T> {
  /** Maps the current row; never advances the result set. */
  T map(ResultSet resultSet) throws SQLException;
}
