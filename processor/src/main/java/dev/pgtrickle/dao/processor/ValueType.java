package dev.pgtrickle.dao.processor;

/**
 * The supported component types and how generated code reads and binds each one. The method names
 * are those of {@link java.sql.ResultSet}/{@link java.sql.PreparedStatement}, or of the runtime's
 * {@code Rows}/{@code Binds} helpers, as {@link #read} and {@link #bind} say.
 */
enum ValueType {
  STRING(Read.GETTER, "getString", Bind.SETTER, "setString"),
  BOOLEAN(Read.PRIMITIVE, "getBoolean", Bind.SETTER, "setBoolean"),
  SHORT(Read.PRIMITIVE, "getShort", Bind.SETTER, "setShort"),
  INT(Read.PRIMITIVE, "getInt", Bind.SETTER, "setInt"),
  LONG(Read.PRIMITIVE, "getLong", Bind.SETTER, "setLong"),
  FLOAT(Read.PRIMITIVE, "getFloat", Bind.SETTER, "setFloat"),
  DOUBLE(Read.PRIMITIVE, "getDouble", Bind.SETTER, "setDouble"),
  BOOLEAN_BOXED(Read.ROWS, "getBooleanOrNull", Bind.SETTER, "setBoolean"),
  SHORT_BOXED(Read.ROWS, "getShortOrNull", Bind.SETTER, "setShort"),
  INTEGER_BOXED(Read.ROWS, "getIntOrNull", Bind.SETTER, "setInt"),
  LONG_BOXED(Read.ROWS, "getLongOrNull", Bind.SETTER, "setLong"),
  FLOAT_BOXED(Read.ROWS, "getFloatOrNull", Bind.SETTER, "setFloat"),
  DOUBLE_BOXED(Read.ROWS, "getDoubleOrNull", Bind.SETTER, "setDouble"),
  BIG_DECIMAL(Read.GETTER, "getBigDecimal", Bind.SETTER, "setBigDecimal"),
  BIG_INTEGER(Read.ROWS_CHECKED, "getBigInteger", Bind.BINDS, "setBigInteger"),
  LOCAL_DATE(Read.OBJECT, "getObject", Bind.SETTER, "setObject"),
  LOCAL_TIME(Read.OBJECT, "getObject", Bind.SETTER, "setObject"),
  LOCAL_DATE_TIME(Read.OBJECT, "getObject", Bind.SETTER, "setObject"),
  OFFSET_DATE_TIME(Read.OBJECT, "getObject", Bind.SETTER, "setObject"),
  UUID(Read.OBJECT, "getObject", Bind.SETTER, "setObject"),
  INSTANT(Read.ROWS, "getInstant", Bind.BINDS, "setInstant"),
  BYTES(Read.GETTER, "getBytes", Bind.SETTER, "setBytes"),
  ROW_ID(Read.ROWS, "getRowId", Bind.BINDS, "setRowId"),
  ENUM(Read.ENUM, "getEnum", Bind.ENUM_NAME, "setString"),
  STRING_LIST(Read.ROWS_CHECKED, "getStringList", Bind.BINDS, "setStringList"),
  LONG_LIST(Read.ROWS_CHECKED, "getLongList", Bind.BINDS, "setLongList"),
  INTEGER_LIST(Read.ROWS_CHECKED, "getIntegerList", Bind.BINDS, "setIntegerList");

  /** The supported types as a user would write them, for diagnostics. */
  static final String SUPPORTED =
      "String, boolean, short, int, long, float, double, Boolean, Short, Integer, Long, Float,"
          + " Double, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime, OffsetDateTime,"
          + " Instant, UUID, byte[], any enum, List<String>, List<Long>, List<Integer>";

  /** How a mapper reads a column. */
  enum Read {
    /** {@code row.getX(i)}; the value may be null. */
    GETTER,
    /** {@code row.getX(i)}, then a {@code wasNull()} check that throws. */
    PRIMITIVE,
    /** {@code row.getObject(i, X.class)}. */
    OBJECT,
    /** {@code Rows.getX(row, i)}. */
    ROWS,
    /** {@code Rows.getX(row, i, STREAM_TABLE, column, component)}. */
    ROWS_CHECKED,
    /** {@code Rows.getEnum(row, i, E::valueOf, STREAM_TABLE, column, component)}. */
    ENUM
  }

  /** How a finder binds its argument, which is never null when bound. */
  enum Bind {
    /** {@code statement.setX(i, value)}. */
    SETTER,
    /** {@code Binds.setX(statement, i, value)}. */
    BINDS,
    /** {@code statement.setString(i, value.name())}. */
    ENUM_NAME
  }

  final Read read;
  final String reader;
  final Bind bind;
  final String binder;

  ValueType(Read read, String reader, Bind bind, String binder) {
    this.read = read;
    this.reader = reader;
    this.bind = bind;
    this.binder = binder;
  }

  /** Whether the component is a primitive, which cannot hold NULL. */
  boolean isPrimitive() {
    return read == Read.PRIMITIVE;
  }
}
