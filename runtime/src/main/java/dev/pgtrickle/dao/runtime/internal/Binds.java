package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Binds parameter values that need more than one {@link PreparedStatement} setter. Generated
 * binders set the simple types with the plain setters and call these for the rest. Values are
 * never null here: generated finders choose an {@code IS NULL} statement for a null argument.
 */
public final class Binds {
  private Binds() {}

  /** Binds an {@link Instant} as a {@code timestamptz}. */
  public static void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    statement.setObject(index, value.atOffset(ZoneOffset.UTC));
  }

  /** Binds a {@link RowIdentity} as a {@code bytea}. */
  public static void setRowId(PreparedStatement statement, int index, RowIdentity value)
      throws SQLException {
    statement.setBytes(index, value.bytes());
  }

  /** Binds a {@link BigInteger} as a {@code numeric}. */
  public static void setBigInteger(PreparedStatement statement, int index, BigInteger value)
      throws SQLException {
    statement.setBigDecimal(index, new BigDecimal(value));
  }

  /** Binds a list as a {@code text[]}. */
  public static void setStringList(PreparedStatement statement, int index, List<String> value)
      throws SQLException {
    setArray(statement, index, "text", value);
  }

  /** Binds a list as a {@code bigint[]}. */
  public static void setLongList(PreparedStatement statement, int index, List<Long> value)
      throws SQLException {
    setArray(statement, index, "int8", value);
  }

  /** Binds a list as an {@code integer[]}. */
  public static void setIntegerList(PreparedStatement statement, int index, List<Integer> value)
      throws SQLException {
    setArray(statement, index, "int4", value);
  }

  private static void setArray(
      PreparedStatement statement, int index, String elementType, List<?> value)
      throws SQLException {
    statement.setArray(index, statement.getConnection().createArrayOf(elementType, value.toArray()));
  }
}
