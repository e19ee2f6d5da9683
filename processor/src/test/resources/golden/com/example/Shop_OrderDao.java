package com.example;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code Sales.order}, generated from {@link Shop.Order}:
 * pg_trickle alone writes a stream table, so to change these rows, write to the source
 * tables of its defining query. {@code findAll}, {@code streamAll} and {@code query} read
 *
 * <pre>
 * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
 *        "statement", "connection", "data_source", "rows", "count"
 * FROM "Sales"."order"
 * </pre>
 *
 * <p>Every read is inherited from {@link AbstractStreamTableDao}: look rows up with
 * {@code query().where(...)}, read fresh with {@code query().listFresh()}, and on your
 * own connection with {@code on(connection)}. Thread-safe.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
public final class Shop_OrderDao extends AbstractStreamTableDao<Shop.Order> {
  /**
   * The stream table this DAO reads: {@code Sales.order}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("Sales", "order");

  /**
   * Column {@code user}, read into {@link Shop.Order#user()}.
   */
  public static final TextColumn<Shop.Order> USER = Columns.<Shop.Order>ofString("user");

  /**
   * Column {@code OrderTotals}, read into {@link Shop.Order#orderTotals()}.
   */
  public static final NumberColumn<Shop.Order, Long, BigDecimal, BigDecimal> ORDER_TOTALS =
      Columns.<Shop.Order>ofLong("OrderTotals");

  /**
   * Column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041</code>, read into {@link Shop.Order#net()}.
   */
  public static final NumberColumn<Shop.Order, BigDecimal, BigDecimal, BigDecimal> NET =
      Columns.<Shop.Order>ofBigDecimal("net \"total\" <&> @a {b} */ \\u0041");

  /**
   * Column {@code kind}, read into {@link Shop.Order#kind()}.
   */
  public static final Column<Shop.Order, Shop.Kind> KIND =
      Columns.<Shop.Order, Shop.Kind>ofEnum("kind", Shop.Kind::valueOf);

  /**
   * Column {@code row}, read into {@link Shop.Order#row()}.
   */
  public static final TextColumn<Shop.Order> ROW = Columns.<Shop.Order>ofString("row");

  /**
   * Column {@code statement}, read into {@link Shop.Order#statement()}.
   */
  public static final TextColumn<Shop.Order> STATEMENT = Columns.<Shop.Order>ofString("statement");

  /**
   * Column {@code connection}, read into {@link Shop.Order#connection()}.
   */
  public static final TextColumn<Shop.Order> CONNECTION =
      Columns.<Shop.Order>ofString("connection");

  /**
   * Column {@code data_source}, read into {@link Shop.Order#dataSource()}.
   */
  public static final TextColumn<Shop.Order> DATA_SOURCE =
      Columns.<Shop.Order>ofString("data_source");

  /**
   * Column {@code rows}, read into {@link Shop.Order#Rows()}.
   */
  public static final TextColumn<Shop.Order> ROWS = Columns.<Shop.Order>ofString("rows");

  /**
   * Column {@code count}, read into {@link Shop.Order#count()}.
   */
  public static final NumberColumn<Shop.Order, Long, BigDecimal, BigDecimal> COUNT =
      Columns.<Shop.Order>ofLong("count");

  private static final String FIND_ALL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\" FROM \"Sales\".\"order\"";

  private static final String COUNT_ = "SELECT count(*) FROM \"Sales\".\"order\"";

  private static final String FIND_ALL_FRESH = FreshSql.HEAD + "'Sales'" + FreshSql.NAME_IS
      + "'order'" + FreshSql.DATA_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  private static final String RUNTIME_VERSION = "0.1.0-SNAPSHOT";

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public Shop_OrderDao(DataSource dataSource) {
    super(RUNTIME_VERSION, dataSource, STREAM_TABLE, FIND_ALL, COUNT_, FIND_ALL_FRESH, null,
        Shop_OrderDao::map);
  }

  /**
   * Reads the current row of {@code row} into a new {@link Shop.Order}, by column position.
   */
  static Shop.Order map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    String user = row.getString(1);
    long orderTotals = row.getLong(2);
    Rows.notNull(row, STREAM_TABLE, "OrderTotals", "Shop.Order.orderTotals");
    BigDecimal net = Rows.getBigDecimal(row, 3, STREAM_TABLE, "net \"total\" <&> @a {b} */ \\u0041",
        "Shop.Order.net");
    Shop.Kind kind = Rows.getEnum(row, 4, Shop.Kind::valueOf, STREAM_TABLE, "kind",
        "Shop.Order.kind");
    String row_ = row.getString(5);
    String statement = row.getString(6);
    String connection = row.getString(7);
    String dataSource = row.getString(8);
    String Rows_ = row.getString(9);
    long count = row.getLong(10);
    Rows.notNull(row, STREAM_TABLE, "count", "Shop.Order.count");
    return new Shop.Order(user, orderTotals, net, kind, row_, statement, connection, dataSource,
        Rows_, count);
  }

  /**
   * Checks, once per result set, that each column holds its component's values.
   */
  private static void check(ResultSetMetaData columns) throws SQLException {
    ValueKind.LONG.check(columns, 2, STREAM_TABLE, "OrderTotals", "Shop.Order.orderTotals");
    ValueKind.BIG_DECIMAL.check(columns, 3, STREAM_TABLE, "net \"total\" <&> @a {b} */ \\u0041",
        "Shop.Order.net");
    ValueKind.LONG.check(columns, 10, STREAM_TABLE, "count", "Shop.Order.count");
  }
}
