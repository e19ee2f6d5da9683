package dev.pgtrickle.dao.reflection;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.RuntimeVersion;
import dev.pgtrickle.dao.schema.CatalogReader;
import dev.pgtrickle.dao.schema.ColumnSchema;
import dev.pgtrickle.dao.schema.CompatibilityRules;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Any stream table, read by name without a record, as SQLAlchemy's {@code Table(...,
 * autoload_with=engine)} reads one: its user columns (never pg_trickle's {@code __pgt_*} columns)
 * come from PostgreSQL's catalogs when it is created, and every row is an immutable {@link Row}.
 *
 * <pre>{@code
 * ReflectedTable totals = ReflectedTable.of(dataSource, "public", "order_totals");
 * List<Row> top = totals.query().orderBy(totals.column("total").desc()).limit(10).list();
 * try (Stream<Row> rows = totals.streamAll()) { ... }
 * Fresh<List<Row>> fresh = totals.findAllFresh();
 * }</pre>
 *
 * <p>It is a DAO like the generated ones: {@code findAll}, {@code streamAll}, {@code count}, typed
 * {@code query()} (where, order, limit, offset, stream, pages), {@code freshness()} and the fresh
 * reads all run exactly as a generated DAO's do, in the same read-only transactions, with the same
 * freshness. Only its SQL is built once, at creation, from the catalog, rather than at compile
 * time. The columns are read once: if the table is altered or recreated, create the {@code
 * ReflectedTable} again.
 *
 * <p>Creating one needs only what reading the table needs: PostgreSQL's catalogs are readable by
 * every role.
 */
public final class ReflectedTable extends AbstractStreamTableDao<Row> {
  private final List<ColumnSchema> columns;

  private ReflectedTable(
      DataSource dataSource, StreamTableName table, List<ColumnSchema> columns, String findAll) {
    super(
        RuntimeVersion.CURRENT,
        dataSource,
        table,
        findAll,
        "SELECT count(*) FROM " + table.sql(),
        FreshSql.of(table, findAll),
        null,
        mapper(table, columns));
    this.columns = List.copyOf(columns);
  }

  /**
   * Reflects the stream table {@code schema.name} (exact names, as stored).
   *
   * @throws StreamTableNotFoundException if there is no such stream table
   * @throws dev.pgtrickle.dao.runtime.StreamTableException if the catalogs cannot be read ({@code
   *     InsufficientPrivilegeException} for 42501)
   */
  public static ReflectedTable of(DataSource dataSource, String schema, String name) {
    Objects.requireNonNull(dataSource, "dataSource");
    StreamTableName table = StreamTableName.of(schema, name);
    StreamTableSchema found;
    try (Connection connection = dataSource.getConnection()) {
      found = read(connection, table);
    } catch (SQLException e) {
      // The one SQLState translator: 42501 is an InsufficientPrivilegeException, as on every path.
      throw Failures.translate(table, "reading the columns of " + table + " from the catalogs", e);
    }
    List<String> quoted = new ArrayList<>();
    for (ColumnSchema column : found.columns()) {
      quoted.add(Columns.of(column.name()).sql());
    }
    String findAll = "SELECT " + String.join(", ", quoted) + " FROM " + table.sql();
    return new ReflectedTable(dataSource, table, found.columns(), findAll);
  }

  private static StreamTableSchema read(Connection connection, StreamTableName table)
      throws SQLException {
    Optional<StreamTableSchema> schema =
        CatalogReader.inReadOnlyTransaction(
            connection, c -> CatalogReader.on(c).read(table.schema(), table.name()));
    return schema.orElseThrow(
        () ->
            new StreamTableNotFoundException(
                table,
                "stream table "
                    + table
                    + " does not exist (names are matched exactly, case included)",
                null,
                null,
                null));
  }

  /** The user columns, in table order. */
  public List<ColumnSchema> columns() {
    return columns;
  }

  /**
   * The column {@code name}, to order, filter and aggregate {@link #query()}; values are bound with
   * {@code setObject}.
   *
   * @throws IllegalArgumentException if the table has no such user column
   */
  public Column<Row, Object> column(String name) {
    for (ColumnSchema column : columns) {
      if (column.name().equals(name)) {
        return Columns.of(name);
      }
    }
    throw new IllegalArgumentException(
        "stream table "
            + streamTable()
            + " has no user column \""
            + name
            + "\"; it has "
            + names());
  }

  /** The Java type a row holds for {@code column}: see {@link CompatibilityRules#javaTypeFor}. */
  public String javaType(String column) {
    for (ColumnSchema c : columns) {
      if (c.name().equals(column)) {
        return CompatibilityRules.javaTypeFor(c.type());
      }
    }
    throw new IllegalArgumentException(
        "stream table " + streamTable() + " has no user column \"" + column + "\"");
  }

  private List<String> names() {
    return columns.stream().map(ColumnSchema::name).toList();
  }

  /** Reads one column of the current row. */
  private interface Reader {
    Object read(ResultSet row, int index) throws SQLException;
  }

  private static dev.pgtrickle.dao.runtime.internal.RowMapper<Row> mapper(
      StreamTableName table, List<ColumnSchema> columns) {
    RowShape shape = new RowShape(table, columns.stream().map(ColumnSchema::name).toList());
    Reader[] readers = new Reader[columns.size()];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = reader(table, columns.get(i));
    }
    return row -> {
      Object[] values = new Object[readers.length];
      for (int i = 0; i < readers.length; i++) {
        values[i] = readers[i].read(row, i + 1);
      }
      return new Row(shape, values);
    };
  }

  private static Reader reader(StreamTableName t, ColumnSchema column) {
    String c = column.name();
    return switch (CompatibilityRules.javaTypeFor(column.type())) {
      case "java.lang.Boolean" -> (row, i) -> Rows.getBooleanOrNull(row, i);
      case "java.lang.Short" -> (row, i) -> Rows.getShortOrNull(row, i);
      case "java.lang.Integer" -> (row, i) -> Rows.getIntOrNull(row, i);
      case "java.lang.Long" -> (row, i) -> Rows.getLongOrNull(row, i);
      case "java.lang.Float" -> (row, i) -> Rows.getFloatOrNull(row, i);
      case "java.lang.Double" -> (row, i) -> Rows.getDoubleOrNull(row, i);
      case "java.math.BigDecimal" -> (row, i) -> Rows.getBigDecimal(row, i, t, c, c);
      case "java.time.LocalDate" -> (row, i) -> Rows.getLocalDate(row, i, t, c, c);
      case "java.time.LocalTime" -> (row, i) -> Rows.getLocalTime(row, i, t, c, c);
      case "java.time.LocalDateTime" -> (row, i) -> Rows.getLocalDateTime(row, i, t, c, c);
      case "java.time.OffsetDateTime" -> (row, i) -> Rows.getOffsetDateTime(row, i, t, c, c);
      case "java.util.UUID" -> (row, i) -> Rows.getUuid(row, i, t, c, c);
      case "byte[]" -> (row, i) -> row.getBytes(i);
      case "java.util.List<java.lang.String>" -> (row, i) -> Rows.getStringList(row, i, t, c, c);
      case "java.util.List<java.lang.Long>" -> (row, i) -> Rows.getLongList(row, i, t, c, c);
      case "java.util.List<java.lang.Integer>" -> (row, i) -> Rows.getIntegerList(row, i, t, c, c);
      default -> (row, i) -> row.getString(i);
    };
  }
}
