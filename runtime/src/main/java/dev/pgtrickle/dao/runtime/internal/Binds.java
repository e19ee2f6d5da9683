package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Binds parameter values that need more than one {@link PreparedStatement} setter. Generated
 * binders set the simple types with the plain setters and call these for the rest. Values are never
 * null here: generated finders choose an {@code IS NULL} statement for a null argument.
 */
public final class Binds {
  /** The first and last {@code date} PostgreSQL holds: 4713-01-01 BC and 5874897-12-31. */
  static final LocalDate FIRST_DATE = LocalDate.of(-4712, 1, 1);

  static final LocalDate LAST_DATE = LocalDate.of(5874897, 12, 31);

  /** The first and last {@code timestamp}: 4713-01-01 00:00 BC, 294276-12-31 23:59:59.999999. */
  static final LocalDateTime FIRST_TIMESTAMP = FIRST_DATE.atStartOfDay();

  static final LocalDateTime LAST_TIMESTAMP =
      LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_999);

  private static final String TIMESTAMP_RANGE =
      "4713-01-01 00:00 BC to 294276-12-31 23:59:59.999999";

  private Binds() {}

  /** Binds an {@link Instant} as a {@code timestamptz}; refuses what PostgreSQL cannot hold. */
  public static void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    if (value.isBefore(FIRST_TIMESTAMP.toInstant(ZoneOffset.UTC))
        || value.isAfter(LAST_TIMESTAMP.toInstant(ZoneOffset.UTC))) {
      throw outOfRange(value, "timestamptz", TIMESTAMP_RANGE + " UTC");
    }
    statement.setObject(index, value.atOffset(ZoneOffset.UTC));
  }

  /** Binds a {@link RowIdentity} as a {@code bytea}. */
  public static void setRowId(PreparedStatement statement, int index, RowIdentity value)
      throws SQLException {
    statement.setBytes(index, value.bytes());
  }

  /**
   * Binds a {@code date}. pgjdbc binds a date outside PostgreSQL's range as {@code infinity} or
   * {@code -infinity} without a word, so such a value is refused instead.
   *
   * @throws IllegalArgumentException if PostgreSQL cannot hold {@code value}
   */
  public static void setLocalDate(PreparedStatement statement, int index, LocalDate value)
      throws SQLException {
    if (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE)) {
      throw outOfRange(value, "date", "4713-01-01 BC to 5874897-12-31");
    }
    statement.setObject(index, value);
  }

  /** Binds a {@code timestamp}; refuses what PostgreSQL cannot hold, as {@link #setLocalDate}. */
  public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
      throws SQLException {
    if (value.isBefore(FIRST_TIMESTAMP) || value.isAfter(LAST_TIMESTAMP)) {
      throw outOfRange(value, "timestamp", TIMESTAMP_RANGE);
    }
    statement.setObject(index, value);
  }

  /** Binds a {@code timestamptz}; refuses what PostgreSQL cannot hold, as {@link #setLocalDate}. */
  public static void setOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value)
      throws SQLException {
    LocalDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    if (utc.isBefore(FIRST_TIMESTAMP) || utc.isAfter(LAST_TIMESTAMP)) {
      throw outOfRange(value, "timestamptz", TIMESTAMP_RANGE + " UTC");
    }
    statement.setObject(index, value);
  }

  private static IllegalArgumentException outOfRange(Object value, String type, String range) {
    return new IllegalArgumentException(
        value
            + " cannot be bound as a "
            + type
            + ": PostgreSQL holds "
            + range
            + ", and pgjdbc"
            + " would send an infinity instead");
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
    statement.setArray(
        index, statement.getConnection().createArrayOf(elementType, value.toArray()));
  }
}
