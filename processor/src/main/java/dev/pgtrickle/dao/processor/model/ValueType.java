package dev.pgtrickle.dao.processor.model;

/**
 * The supported component types and how generated code reads and binds each one. The method names
 * are those of {@link java.sql.ResultSet}/{@link java.sql.PreparedStatement}, or of the runtime's
 * {@code Rows}/{@code Binds} helpers, as {@link #read} and {@link #bind} say.
 */
public enum ValueType {
  STRING(Read.GETTER, "getString", Bind.SETTER, "setString", "STRING"),
  BOOLEAN(Read.PRIMITIVE, "getBoolean", Bind.SETTER, "setBoolean", "BOOLEAN"),
  SHORT(Read.PRIMITIVE, "getShort", Bind.SETTER, "setShort", "SHORT"),
  INT(Read.PRIMITIVE, "getInt", Bind.SETTER, "setInt", "INTEGER"),
  LONG(Read.PRIMITIVE, "getLong", Bind.SETTER, "setLong", "LONG"),
  FLOAT(Read.PRIMITIVE, "getFloat", Bind.SETTER, "setFloat", "FLOAT"),
  DOUBLE(Read.PRIMITIVE, "getDouble", Bind.SETTER, "setDouble", "DOUBLE"),
  BOOLEAN_BOXED(Read.ROWS, "getBooleanOrNull", Bind.SETTER, "setBoolean", "BOOLEAN"),
  SHORT_BOXED(Read.ROWS, "getShortOrNull", Bind.SETTER, "setShort", "SHORT"),
  INTEGER_BOXED(Read.ROWS, "getIntOrNull", Bind.SETTER, "setInt", "INTEGER"),
  LONG_BOXED(Read.ROWS, "getLongOrNull", Bind.SETTER, "setLong", "LONG"),
  FLOAT_BOXED(Read.ROWS, "getFloatOrNull", Bind.SETTER, "setFloat", "FLOAT"),
  DOUBLE_BOXED(Read.ROWS, "getDoubleOrNull", Bind.SETTER, "setDouble", "DOUBLE"),
  BIG_DECIMAL(Read.ROWS_CHECKED, "getBigDecimal", Bind.SETTER, "setBigDecimal", "BIG_DECIMAL"),
  BIG_INTEGER(Read.ROWS_CHECKED, "getBigInteger", Bind.BINDS, "setBigInteger", "BIG_INTEGER"),
  LOCAL_DATE(Read.ROWS_CHECKED, "getLocalDate", Bind.SETTER, "setObject", "LOCAL_DATE"),
  LOCAL_TIME(Read.ROWS_CHECKED, "getLocalTime", Bind.SETTER, "setObject", "LOCAL_TIME"),
  LOCAL_DATE_TIME(
      Read.ROWS_CHECKED, "getLocalDateTime", Bind.SETTER, "setObject", "LOCAL_DATE_TIME"),
  OFFSET_DATE_TIME(
      Read.ROWS_CHECKED, "getOffsetDateTime", Bind.SETTER, "setObject", "OFFSET_DATE_TIME"),
  UUID(Read.ROWS_CHECKED, "getUuid", Bind.SETTER, "setObject", "UUID"),
  INSTANT(Read.ROWS_CHECKED, "getInstant", Bind.BINDS, "setInstant", "INSTANT"),
  BYTES(Read.GETTER, "getBytes", Bind.SETTER, "setBytes", "BYTES"),
  ROW_ID(Read.ROWS, "getRowId", Bind.BINDS, "setRowId", "ROW_ID"),
  ENUM(Read.ENUM, "getEnum", Bind.ENUM_NAME, "setString", null),
  STRING_LIST(Read.ROWS_CHECKED, "getStringList", Bind.BINDS, "setStringList", "STRING_LIST"),
  LONG_LIST(Read.ROWS_CHECKED, "getLongList", Bind.BINDS, "setLongList", "LONG_LIST"),
  INTEGER_LIST(Read.ROWS_CHECKED, "getIntegerList", Bind.BINDS, "setIntegerList", "INTEGER_LIST");

  /** The supported types as a user would write them, for diagnostics. */
  public static final String SUPPORTED =
      "String, boolean, short, int, long, float, double, Boolean, Short, Integer, Long, Float,"
          + " Double, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime, OffsetDateTime,"
          + " Instant, UUID, byte[], any enum, List<String>, List<Long>, List<Integer>";

  /** How a mapper reads a column. */
  public enum Read {
    /** {@code row.getX(i)}; the value may be null. */
    GETTER,
    /** {@code row.getX(i)}, then a {@code wasNull()} check that throws. */
    PRIMITIVE,
    /** {@code Rows.getX(row, i)}. */
    ROWS,
    /** {@code Rows.getX(row, i, STREAM_TABLE, column, component)}. */
    ROWS_CHECKED,
    /** {@code Rows.getEnum(row, i, E::valueOf, STREAM_TABLE, column, component)}. */
    ENUM
  }

  /** How a finder binds its argument, which is never null when bound. */
  public enum Bind {
    /** {@code statement.setX(i, value)}. */
    SETTER,
    /** {@code Binds.setX(statement, i, value)}. */
    BINDS,
    /** {@code statement.setString(i, value.name())}. */
    ENUM_NAME
  }

  public final Read read;
  public final String reader;
  public final Bind bind;
  public final String binder;

  /** The runtime's {@code ValueKind} constant for the type; null for enums, which have none. */
  public final String kind;

  ValueType(Read read, String reader, Bind bind, String binder, String kind) {
    this.read = read;
    this.reader = reader;
    this.bind = bind;
    this.binder = binder;
    this.kind = kind;
  }

  /**
   * Whether the column's type must be checked before reading (once per result set): every type but
   * {@code String} and enums, which read any column's text.
   */
  public boolean checksColumnType() {
    return kind != null && this != STRING;
  }

  /** Whether the component is a primitive, which cannot hold NULL. */
  public boolean isPrimitive() {
    return read == Read.PRIMITIVE;
  }
}
