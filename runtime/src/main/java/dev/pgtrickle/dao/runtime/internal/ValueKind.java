package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * How values of one Java type are bound as statement parameters and read back from a result: the
 * knowledge a typed {@link dev.pgtrickle.dao.runtime.Column} carries. One constant per supported
 * component type, plus {@link #enumerated} for enums. Immutable and thread-safe.
 *
 * <p>A kind with an array element type binds a whole collection as one array parameter, so {@code
 * in(...)} renders {@code "col" = ANY(?)} whatever the number of values. Kinds whose values are
 * themselves arrays ({@code List<String>}, ...) have none, and {@code in(...)} renders one
 * placeholder per value instead.
 *
 * @param <V> the Java type of the values
 */
public final class ValueKind<V> {

  /** Sets one parameter. */
  @FunctionalInterface
  interface Setter<V> {
    void set(PreparedStatement statement, int index, V value) throws SQLException;
  }

  /** Reads one column of the current row, null for SQL NULL. */
  @FunctionalInterface
  interface Getter<V> {
    V get(ResultSet row, int index, StreamTableName table, String column) throws SQLException;
  }

  /** {@code text} (or {@code varchar}), bound with {@code setString}. */
  public static final ValueKind<String> STRING =
      new ValueKind<>(
          "text",
          PreparedStatement::setString,
          (row, i, t, c) -> row.getString(i),
          "text",
          String[]::new,
          Function.identity());

  /**
   * {@code boolean}, bound with {@code setBoolean}. PostgreSQL has no {@code min}/{@code max} for
   * {@code boolean}: they are computed with {@code bool_and}/{@code bool_or}, which agree with
   * {@code false < true}.
   */
  public static final ValueKind<Boolean> BOOLEAN =
      new ValueKind<>(
              "boolean",
              PreparedStatement::setBoolean,
              (row, i, t, c) -> Rows.getBooleanOrNull(row, i),
              "bool",
              Boolean[]::new,
              Function.identity(),
              "bool_and(",
              ")",
              "bool_or(",
              ")")
          .exactly("boolean", false, Types.BIT, Types.BOOLEAN);

  /** {@code smallint}, bound with {@code setShort}. */
  public static final ValueKind<Short> SHORT =
      new ValueKind<>(
              "smallint",
              PreparedStatement::setShort,
              (row, i, t, c) -> Rows.getShortOrNull(row, i),
              "int2",
              Short[]::new,
              Function.identity())
          .exactly("smallint", false, Types.SMALLINT);

  /** {@code integer}, bound with {@code setInt}. */
  public static final ValueKind<Integer> INTEGER =
      new ValueKind<>(
              "integer",
              PreparedStatement::setInt,
              (row, i, t, c) -> Rows.getIntOrNull(row, i),
              "int4",
              Integer[]::new,
              Function.identity())
          .exactly("integer or smallint", false, Types.INTEGER, Types.SMALLINT);

  /** {@code bigint}, bound with {@code setLong}. */
  public static final ValueKind<Long> LONG =
      new ValueKind<>(
              "bigint",
              PreparedStatement::setLong,
              (row, i, t, c) -> Rows.getLongOrNull(row, i),
              "int8",
              Long[]::new,
              Function.identity())
          .exactly(
              "bigint, integer or smallint", false, Types.BIGINT, Types.INTEGER, Types.SMALLINT);

  /** {@code real}, bound with {@code setFloat}. */
  public static final ValueKind<Float> FLOAT =
      new ValueKind<>(
              "real",
              PreparedStatement::setFloat,
              (row, i, t, c) -> Rows.getFloatOrNull(row, i),
              "float4",
              Float[]::new,
              Function.identity())
          .exactly("real", false, Types.REAL);

  /** {@code double precision}, bound with {@code setDouble}. */
  public static final ValueKind<Double> DOUBLE =
      new ValueKind<>(
              "double precision",
              PreparedStatement::setDouble,
              (row, i, t, c) -> Rows.getDoubleOrNull(row, i),
              "float8",
              Double[]::new,
              Function.identity())
          .exactly("double precision or real", false, Types.DOUBLE, Types.REAL, Types.FLOAT);

  /** {@code numeric}, bound with {@code setBigDecimal}. */
  public static final ValueKind<BigDecimal> BIG_DECIMAL =
      new ValueKind<>(
              "numeric",
              PreparedStatement::setBigDecimal,
              (row, i, t, c) -> Rows.getBigDecimal(row, i, t, c, c),
              "numeric",
              BigDecimal[]::new,
              Function.identity())
          .exactly(
              "numeric, bigint, integer or smallint",
              false,
              Types.NUMERIC,
              Types.DECIMAL,
              Types.BIGINT,
              Types.INTEGER,
              Types.SMALLINT);

  /** {@code numeric} read as an integer, bound as a {@code numeric}. */
  public static final ValueKind<BigInteger> BIG_INTEGER =
      new ValueKind<>(
              "numeric",
              Binds::setBigInteger,
              (row, i, t, c) -> Rows.getBigInteger(row, i, t, c, c),
              "numeric",
              BigDecimal[]::new,
              BigDecimal::new)
          .exactly(
              "numeric, bigint, integer or smallint",
              false,
              Types.NUMERIC,
              Types.DECIMAL,
              Types.BIGINT,
              Types.INTEGER,
              Types.SMALLINT);

  /** {@code date}, bound with {@code setObject}. */
  public static final ValueKind<LocalDate> LOCAL_DATE =
      new ValueKind<>(
              "date",
              Binds::setLocalDate,
              (row, i, t, c) -> Rows.getLocalDate(row, i, t, c, c),
              "date",
              String[]::new,
              TemporalText::date)
          .exactly("date", false, Types.DATE);

  /** {@code time}, bound with {@code setObject}. */
  public static final ValueKind<LocalTime> LOCAL_TIME =
      new ValueKind<>(
              "time",
              PreparedStatement::setObject,
              (row, i, t, c) -> Rows.getLocalTime(row, i, t, c, c),
              "time",
              String[]::new,
              TemporalText::time)
          .exactly("time", false, Types.TIME);

  /** {@code timestamp} (without time zone), bound with {@code setObject}. */
  public static final ValueKind<LocalDateTime> LOCAL_DATE_TIME =
      new ValueKind<>(
              "timestamp",
              Binds::setLocalDateTime,
              (row, i, t, c) -> Rows.getLocalDateTime(row, i, t, c, c),
              "timestamp",
              String[]::new,
              TemporalText::timestamp)
          .exactly("timestamp", false, Types.TIMESTAMP);

  /** {@code timestamptz}, bound with {@code setObject}. */
  public static final ValueKind<OffsetDateTime> OFFSET_DATE_TIME =
      new ValueKind<>(
              "timestamptz",
              Binds::setOffsetDateTime,
              (row, i, t, c) -> Rows.getOffsetDateTime(row, i, t, c, c),
              "timestamptz",
              String[]::new,
              TemporalText::timestamptz)
          .exactly("timestamptz", true, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);

  /** {@code timestamptz} read as an {@link Instant}, bound as an {@link OffsetDateTime} in UTC. */
  public static final ValueKind<Instant> INSTANT =
      new ValueKind<>(
              "timestamptz",
              Binds::setInstant,
              (row, i, t, c) -> Rows.getInstant(row, i, t, c, c),
              "timestamptz",
              String[]::new,
              TemporalText::instant)
          .exactly("timestamptz", true, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);

  /**
   * {@code uuid}, bound with {@code setObject}. PostgreSQL has no {@code min}/{@code max} for
   * {@code uuid}: they are computed over the text form in the {@code "C"} collation, which orders
   * exactly as {@code uuid} does (fixed-width lowercase hex), and cast back.
   */
  public static final ValueKind<java.util.UUID> UUID =
      new ValueKind<>(
              "uuid",
              PreparedStatement::setObject,
              (row, i, t, c) -> Rows.getUuid(row, i, t, c, c),
              "uuid",
              java.util.UUID[]::new,
              Function.identity(),
              "min(",
              "::text COLLATE \"C\")::uuid",
              "max(",
              "::text COLLATE \"C\")::uuid")
          .exactly("uuid", false, Types.OTHER);

  /** {@code bytea}, bound with {@code setBytes}. */
  public static final ValueKind<byte[]> BYTES =
      new ValueKind<>(
              "bytea",
              PreparedStatement::setBytes,
              (row, i, t, c) -> row.getBytes(i),
              "bytea",
              byte[][]::new,
              Function.identity())
          .exactly("bytea", false, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);

  /** {@code bytea} holding a {@code __pgt_row_id}, read and bound as a {@link RowIdentity}. */
  public static final ValueKind<RowIdentity> ROW_ID =
      new ValueKind<>(
              "bytea",
              Binds::setRowId,
              (row, i, t, c) -> Rows.getRowId(row, i),
              "bytea",
              byte[][]::new,
              RowIdentity::bytes)
          .exactly("bytea", false, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);

  /** {@code text[]}, bound as an array. */
  public static final ValueKind<List<String>> STRING_LIST =
      new ValueKind<>(
              "text[]", Binds::setStringList, (row, i, t, c) -> Rows.getStringList(row, i, t, c, c))
          .exactly("text[]", false, Types.ARRAY);

  /** {@code bigint[]}, bound as an array. */
  public static final ValueKind<List<Long>> LONG_LIST =
      new ValueKind<>(
              "bigint[]", Binds::setLongList, (row, i, t, c) -> Rows.getLongList(row, i, t, c, c))
          .exactly("bigint[], integer[] or smallint[]", false, Types.ARRAY);

  /** {@code integer[]}, bound as an array. */
  public static final ValueKind<List<Integer>> INTEGER_LIST =
      new ValueKind<>(
              "integer[]",
              Binds::setIntegerList,
              (row, i, t, c) -> Rows.getIntegerList(row, i, t, c, c))
          .exactly("integer[] or smallint[]", false, Types.ARRAY);

  private static final ValueKind<Object> UNTYPED =
      new ValueKind<>(
          "unknown",
          PreparedStatement::setObject,
          (row, index, table, column) -> {
            throw new UnsupportedOperationException(
                "column \""
                    + column
                    + "\" of stream table "
                    + table
                    + " was created with Column.of(name), which carries no value type, so its"
                    + " aggregate cannot be read; create it with a typed factory such as"
                    + " Column.ofLong(name)");
          });

  private final String typeName;
  private final Setter<V> setter;
  private final Getter<V> getter;
  private final String arrayElementType;
  private final IntFunction<Object[]> newArray;
  private final Function<? super V, ?> element;
  private final String minBefore;
  private final String minAfter;
  private final String maxBefore;
  private final String maxAfter;
  private final String expected;
  private final boolean zoned;
  private final int[] exactTypes;

  private ValueKind(String typeName, Setter<V> setter, Getter<V> getter) {
    this(typeName, setter, getter, null, null, null, "min(", ")", "max(", ")");
  }

  private ValueKind(
      String typeName,
      Setter<V> setter,
      Getter<V> getter,
      String arrayElementType,
      IntFunction<Object[]> newArray,
      Function<? super V, ?> element) {
    this(typeName, setter, getter, arrayElementType, newArray, element, "min(", ")", "max(", ")");
  }

  private ValueKind(
      String typeName,
      Setter<V> setter,
      Getter<V> getter,
      String arrayElementType,
      IntFunction<Object[]> newArray,
      Function<? super V, ?> element,
      String minBefore,
      String minAfter,
      String maxBefore,
      String maxAfter) {
    this.typeName = typeName;
    this.setter = setter;
    this.getter = getter;
    this.arrayElementType = arrayElementType;
    this.newArray = newArray;
    this.element = element;
    this.minBefore = minBefore;
    this.minAfter = minAfter;
    this.maxBefore = maxBefore;
    this.maxAfter = maxAfter;
    this.expected = null;
    this.zoned = false;
    this.exactTypes = null;
  }

  private ValueKind(ValueKind<V> kind, String expected, boolean zoned, int[] exactTypes) {
    this.typeName = kind.typeName;
    this.setter = kind.setter;
    this.getter = kind.getter;
    this.arrayElementType = kind.arrayElementType;
    this.newArray = kind.newArray;
    this.element = kind.element;
    this.minBefore = kind.minBefore;
    this.minAfter = kind.minAfter;
    this.maxBefore = kind.maxBefore;
    this.maxAfter = kind.maxAfter;
    this.expected = expected;
    this.zoned = zoned;
    this.exactTypes = exactTypes;
  }

  /**
   * This kind, reading only columns of the JDBC {@code types} (every value of which the Java type
   * holds exactly), described as {@code expected} in errors; {@code zoned} also requires the column
   * to be {@code timestamptz}, which pgjdbc reports as {@link Types#TIMESTAMP} like {@code
   * timestamp} ({@link Rows#zoned} tells them apart without a query).
   */
  private ValueKind<V> exactly(String expected, boolean zoned, int... types) {
    return new ValueKind<>(this, expected, zoned, types);
  }

  /**
   * An enum stored as {@code text}: bound as its {@link Enum#name()}, read back through {@code
   * valueOf} (a constant's method reference, {@code Shade::valueOf}, so no reflection is needed).
   * {@code min}/{@code max} compare the text, not the declaration order.
   */
  public static <E extends Enum<E>> ValueKind<E> enumerated(Function<String, E> valueOf) {
    return new ValueKind<E>(
        "text",
        (statement, index, value) -> statement.setString(index, value.name()),
        (row, index, table, column) -> Rows.getEnum(row, index, valueOf, table, column, column),
        "text",
        String[]::new,
        Enum::name);
  }

  /**
   * Values of a column that names no Java type ({@code Column.of(name)}): bound with {@code
   * setObject}, leaving the type to the driver, and never read back.
   */
  @SuppressWarnings("unchecked")
  public static <V> ValueKind<V> untyped() {
    return (ValueKind<V>) UNTYPED;
  }

  /** The PostgreSQL type the values are bound as, for messages. */
  public String typeName() {
    return typeName;
  }

  /** Whether {@link #bindArray} can bind a collection of values as one array parameter. */
  public boolean bindsArrays() {
    return arrayElementType != null;
  }

  /** Binds {@code value}, which is not null, as parameter {@code index}. */
  public void bind(PreparedStatement statement, int index, V value) throws SQLException {
    setter.set(statement, index, value);
  }

  /**
   * Binds {@code values}, none of them null, as one array parameter: {@code text[]} for strings and
   * enums, {@code int8[]} for longs, and so on. Only for kinds that {@link #bindsArrays()}.
   */
  public void bindArray(PreparedStatement statement, int index, Collection<? extends V> values)
      throws SQLException {
    if (arrayElementType == null) {
      throw new IllegalStateException(typeName + " values cannot be bound as an array");
    }
    Object[] elements = newArray.apply(values.size());
    int i = 0;
    for (V value : values) {
      elements[i++] = element.apply(value);
    }
    statement.setArray(index, statement.getConnection().createArrayOf(arrayElementType, elements));
  }

  /**
   * Reads column {@code index} of the current row, null for SQL NULL; {@code table} and {@code
   * column} name the source in mapping errors.
   */
  public V read(ResultSet row, int index, StreamTableName table, String column)
      throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData(), index, table, column, column);
    }
    return getter.get(row, index, table, column);
  }

  /**
   * Checks that column {@code index} has a type whose every value this kind reads exactly: {@code
   * bigint}, {@code integer} or {@code smallint} for a {@code long}, {@code numeric} (or an integer
   * type) for a {@code BigDecimal}, {@code timestamptz} for an {@code Instant}, and so on. Strings
   * and enums read any column's text. Generated mappers call this once per result set, on its first
   * row, so the rows that follow are read with the plain getters at no extra cost.
   *
   * @throws dev.pgtrickle.dao.runtime.ColumnMappingException naming the column, the component, the
   *     types the component reads and the column's type, if it is none of them
   */
  public void check(
      ResultSetMetaData columns, int index, StreamTableName table, String column, String component)
      throws SQLException {
    if (exactTypes == null) {
      return;
    }
    int type = columns.getColumnType(index);
    if (type == Types.NULL) {
      return; // holds nothing but NULL, which every kind reads
    }
    for (int exact : exactTypes) {
      if (exact == type) {
        if (zoned && type == Types.TIMESTAMP && !Rows.zoned(columns, index)) {
          break;
        }
        return;
      }
    }
    throw Rows.wrongType(columns, index, expected, table, column, component, null);
  }

  /** The SQL expression for the smallest value of {@code columnSql}, a quoted column. */
  public String min(String columnSql) {
    return minBefore + columnSql + minAfter;
  }

  /** The SQL expression for the largest value of {@code columnSql}, a quoted column. */
  public String max(String columnSql) {
    return maxBefore + columnSql + maxAfter;
  }

  @Override
  public String toString() {
    return typeName;
  }
}
