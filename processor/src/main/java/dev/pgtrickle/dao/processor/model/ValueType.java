package dev.pgtrickle.dao.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;

/**
 * The one table of supported component types: per Java type, how generated code reads it (the
 * {@link Read} form and the method of {@link java.sql.ResultSet} or the runtime's {@code Rows}),
 * how it binds it (the {@link Bind} form and the method of {@link java.sql.PreparedStatement} or
 * the runtime's {@code Binds}), the runtime's {@code ValueKind} it is read with, and the SQL types
 * whose columns it accepts. The parser classifies component types by it ({@link #primitive}, {@link
 * #declared}, {@link #list}), diagnostics list it ({@link #SUPPORTED}), and the writers and
 * validators ask it; nothing else in the processor names a supported type.
 */
public enum ValueType {
  STRING(
      "java.lang.String",
      "String",
      Read.GETTER,
      "getString",
      Bind.SETTER,
      "setString",
      "STRING",
      "any type, read as its text"),
  BOOLEAN(
      "boolean",
      "boolean",
      Read.PRIMITIVE,
      "getBoolean",
      Bind.SETTER,
      "setBoolean",
      "BOOLEAN",
      "boolean"),
  SHORT("short", "short", Read.PRIMITIVE, "getShort", Bind.SETTER, "setShort", "SHORT", "smallint"),
  INT(
      "int",
      "int",
      Read.PRIMITIVE,
      "getInt",
      Bind.SETTER,
      "setInt",
      "INTEGER",
      "integer or smallint"),
  LONG(
      "long",
      "long",
      Read.PRIMITIVE,
      "getLong",
      Bind.SETTER,
      "setLong",
      "LONG",
      "bigint, integer or smallint"),
  FLOAT("float", "float", Read.PRIMITIVE, "getFloat", Bind.SETTER, "setFloat", "FLOAT", "real"),
  DOUBLE(
      "double",
      "double",
      Read.PRIMITIVE,
      "getDouble",
      Bind.SETTER,
      "setDouble",
      "DOUBLE",
      "double precision or real"),
  BOOLEAN_BOXED(
      "java.lang.Boolean",
      "Boolean",
      Read.ROWS,
      "getBooleanOrNull",
      Bind.SETTER,
      "setBoolean",
      "BOOLEAN",
      "boolean"),
  SHORT_BOXED(
      "java.lang.Short",
      "Short",
      Read.ROWS,
      "getShortOrNull",
      Bind.SETTER,
      "setShort",
      "SHORT",
      "smallint"),
  INTEGER_BOXED(
      "java.lang.Integer",
      "Integer",
      Read.ROWS,
      "getIntOrNull",
      Bind.SETTER,
      "setInt",
      "INTEGER",
      "integer or smallint"),
  LONG_BOXED(
      "java.lang.Long",
      "Long",
      Read.ROWS,
      "getLongOrNull",
      Bind.SETTER,
      "setLong",
      "LONG",
      "bigint, integer or smallint"),
  FLOAT_BOXED(
      "java.lang.Float",
      "Float",
      Read.ROWS,
      "getFloatOrNull",
      Bind.SETTER,
      "setFloat",
      "FLOAT",
      "real"),
  DOUBLE_BOXED(
      "java.lang.Double",
      "Double",
      Read.ROWS,
      "getDoubleOrNull",
      Bind.SETTER,
      "setDouble",
      "DOUBLE",
      "double precision or real"),
  BIG_DECIMAL(
      "java.math.BigDecimal",
      "BigDecimal",
      Read.ROWS_CHECKED,
      "getBigDecimal",
      Bind.SETTER,
      "setBigDecimal",
      "BIG_DECIMAL",
      "numeric, bigint, integer or smallint"),
  BIG_INTEGER(
      "java.math.BigInteger",
      "BigInteger",
      Read.ROWS_CHECKED,
      "getBigInteger",
      Bind.BINDS,
      "setBigInteger",
      "BIG_INTEGER",
      "numeric, bigint, integer or smallint"),
  LOCAL_DATE(
      "java.time.LocalDate",
      "LocalDate",
      Read.ROWS_CHECKED,
      "getLocalDate",
      Bind.SETTER,
      "setObject",
      "LOCAL_DATE",
      "date"),
  LOCAL_TIME(
      "java.time.LocalTime",
      "LocalTime",
      Read.ROWS_CHECKED,
      "getLocalTime",
      Bind.SETTER,
      "setObject",
      "LOCAL_TIME",
      "time"),
  LOCAL_DATE_TIME(
      "java.time.LocalDateTime",
      "LocalDateTime",
      Read.ROWS_CHECKED,
      "getLocalDateTime",
      Bind.SETTER,
      "setObject",
      "LOCAL_DATE_TIME",
      "timestamp"),
  OFFSET_DATE_TIME(
      "java.time.OffsetDateTime",
      "OffsetDateTime",
      Read.ROWS_CHECKED,
      "getOffsetDateTime",
      Bind.SETTER,
      "setObject",
      "OFFSET_DATE_TIME",
      "timestamptz"),
  INSTANT(
      "java.time.Instant",
      "Instant",
      Read.ROWS_CHECKED,
      "getInstant",
      Bind.BINDS,
      "setInstant",
      "INSTANT",
      "timestamptz"),
  UUID(
      "java.util.UUID",
      "UUID",
      Read.ROWS_CHECKED,
      "getUuid",
      Bind.SETTER,
      "setObject",
      "UUID",
      "uuid"),
  BYTES("byte[]", "byte[]", Read.GETTER, "getBytes", Bind.SETTER, "setBytes", "BYTES", "bytea"),
  /** Only for the {@code @RowId} component, so not in {@link #SUPPORTED}. */
  ROW_ID(
      "dev.pgtrickle.dao.runtime.RowIdentity",
      "RowIdentity",
      Read.ROWS,
      "getRowId",
      Bind.BINDS,
      "setRowId",
      "ROW_ID",
      "bytea"),
  /** Any enum; the runtime has no {@code ValueKind} constant for it, but one per enum. */
  ENUM(
      null,
      "any enum",
      Read.ENUM,
      "getEnum",
      Bind.ENUM_NAME,
      "setString",
      null,
      "text, or any type whose text is a constant's name"),
  STRING_LIST(
      "java.util.List<java.lang.String>",
      "List<String>",
      Read.ROWS_CHECKED,
      "getStringList",
      Bind.BINDS,
      "setStringList",
      "STRING_LIST",
      "text[]"),
  LONG_LIST(
      "java.util.List<java.lang.Long>",
      "List<Long>",
      Read.ROWS_CHECKED,
      "getLongList",
      Bind.BINDS,
      "setLongList",
      "LONG_LIST",
      "bigint[], integer[] or smallint[]"),
  INTEGER_LIST(
      "java.util.List<java.lang.Integer>",
      "List<Integer>",
      Read.ROWS_CHECKED,
      "getIntegerList",
      Bind.BINDS,
      "setIntegerList",
      "INTEGER_LIST",
      "integer[] or smallint[]");

  /** The supported types as a user would write them, for diagnostics. */
  public static final String SUPPORTED =
      Arrays.stream(values())
          .filter(type -> type != ROW_ID)
          .map(type -> type.written)
          .collect(Collectors.joining(", "));

  private static final String LIST = "java.util.List";

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

  /**
   * The Java type as written with qualified names ({@code java.lang.String}, {@code int}, {@code
   * java.util.List<java.lang.Long>}); null for {@link #ENUM}, which stands for every enum.
   */
  public final String javaType;

  /** The Java type as a user writes it, for diagnostics: {@code String}, {@code List<Long>}. */
  public final String written;

  public final Read read;
  public final String reader;
  public final Bind bind;
  public final String binder;

  /** The runtime's {@code ValueKind} constant for the type; null for enums, which have none. */
  public final String kind;

  /**
   * The SQL types whose columns the type reads, as the runtime's column-type check accepts them
   * ({@code "bigint, integer or smallint"}).
   */
  public final String sqlTypes;

  ValueType(
      String javaType,
      String written,
      Read read,
      String reader,
      Bind bind,
      String binder,
      String kind,
      String sqlTypes) {
    this.javaType = javaType;
    this.written = written;
    this.read = read;
    this.reader = reader;
    this.bind = bind;
    this.binder = binder;
    this.kind = kind;
    this.sqlTypes = sqlTypes;
  }

  /** The type of a primitive component ({@code int}), or null where none is supported. */
  public static ValueType primitive(TypeKind kind) {
    return kind.isPrimitive() ? find(kind.name().toLowerCase(Locale.ROOT)) : null;
  }

  /**
   * The type of a component of class {@code qualifiedName} without type arguments ({@code
   * java.lang.Long}, {@code dev.pgtrickle.dao.runtime.RowIdentity}), or null; enums and lists are
   * classified by {@link #ENUM} and {@link #list}.
   */
  public static ValueType declared(String qualifiedName) {
    return qualifiedName.contains(".") ? find(qualifiedName) : null;
  }

  /** The type of a {@code java.util.List} of {@code elementQualifiedName}, or null. */
  public static ValueType list(String elementQualifiedName) {
    return find(LIST + "<" + elementQualifiedName + ">");
  }

  /** The supported class types by simple name, to suggest one for a look-alike. */
  public static Map<String, String> declaredBySimpleName() {
    Map<String, String> names = new TreeMap<>();
    for (ValueType type : values()) {
      if (type.javaType != null && type.javaType.contains(".") && !type.javaType.contains("<")) {
        names.put(type.javaType.substring(type.javaType.lastIndexOf('.') + 1), type.javaType);
      }
    }
    return names;
  }

  private static ValueType find(String javaType) {
    for (ValueType type : values()) {
      if (javaType.equals(type.javaType)) {
        return type;
      }
    }
    return null;
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
