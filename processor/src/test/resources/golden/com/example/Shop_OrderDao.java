package com.example;

import dev.pgtrickle.dao.runtime.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.UnexpectedNullException;
import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code Sales.order}, generated from {@link Shop.Order}.
 *
 * <p>It only reads: pg_trickle alone writes a stream table, so to change these rows,
 * write to the source tables of its defining query and let pg_trickle refresh it.
 * Every statement names its columns and binds every value as a parameter.
 * {@code findAll}, {@code streamAll} and {@code query} run
 *
 * <pre>
 * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
 *        "statement", "connection", "data_source", "rows", "count"
 * FROM "Sales"."order"
 * </pre>
 *
 * and {@code count} runs
 *
 * <pre>
 * SELECT count(*)
 * FROM "Sales"."order"
 * </pre>
 *
 * <p>The reads every stream table has, freshness included, are inherited from
 * {@link AbstractStreamTableDao}; this class adds the finders of its own columns.
 *
 * <p>Thread-safe: the DAO holds nothing but its {@link DataSource}. Each method takes a
 * connection and returns it before it returns, except that a stream from
 * {@code streamAll()} holds its connection until the stream is closed. The methods
 * that take a {@link Connection} run on it and leave it open.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
@Named
@Singleton
public final class Shop_OrderDao extends AbstractStreamTableDao<Shop.Order> {
  /**
   * The stream table this DAO reads: {@code Sales.order}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("Sales", "order");

  /**
   * Column {@code user}, read into {@link Shop.Order#user()}.
   */
  public static final TextColumn<Shop.Order> USER = Column.ofString("user");

  /**
   * Column {@code OrderTotals}, read into {@link Shop.Order#orderTotals()}.
   */
  public static final NumberColumn<Shop.Order, Long, BigDecimal, BigDecimal> ORDER_TOTALS =
      Column.ofLong("OrderTotals");

  /**
   * Column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041</code>, read into {@link Shop.Order#net()}.
   */
  public static final NumberColumn<Shop.Order, BigDecimal, BigDecimal, BigDecimal> NET =
      Column.ofBigDecimal("net \"total\" <&> @a {b} */ \\u0041");

  /**
   * Column {@code kind}, read into {@link Shop.Order#kind()}.
   */
  public static final Column<Shop.Order, Shop.Kind> KIND =
      Column.ofEnum("kind", Shop.Kind::valueOf);

  /**
   * Column {@code row}, read into {@link Shop.Order#row()}.
   */
  public static final TextColumn<Shop.Order> ROW = Column.ofString("row");

  /**
   * Column {@code statement}, read into {@link Shop.Order#statement()}.
   */
  public static final TextColumn<Shop.Order> STATEMENT = Column.ofString("statement");

  /**
   * Column {@code connection}, read into {@link Shop.Order#connection()}.
   */
  public static final TextColumn<Shop.Order> CONNECTION = Column.ofString("connection");

  /**
   * Column {@code data_source}, read into {@link Shop.Order#dataSource()}.
   */
  public static final TextColumn<Shop.Order> DATA_SOURCE = Column.ofString("data_source");

  /**
   * Column {@code rows}, read into {@link Shop.Order#Rows()}.
   */
  public static final TextColumn<Shop.Order> ROWS = Column.ofString("rows");

  /**
   * Column {@code count}, read into {@link Shop.Order#count()}.
   */
  public static final NumberColumn<Shop.Order, Long, BigDecimal, BigDecimal> COUNT =
      Column.ofLong("count");

  private static final String FIND_ALL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\" FROM \"Sales\".\"order\"";

  private static final String COUNT_ = "SELECT count(*) FROM \"Sales\".\"order\"";

  private static final String FIND_BY_USER = FIND_ALL + " WHERE \"user\" = ?";

  private static final String FIND_BY_USER_NULL = FIND_ALL + " WHERE \"user\" IS NULL";

  private static final String FIND_BY_ORDER_TOTALS = FIND_ALL + " WHERE \"OrderTotals\" = ?";

  private static final String FIND_BY_NET = FIND_ALL
      + " WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" = ?";

  private static final String FIND_BY_NET_NULL = FIND_ALL
      + " WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" IS NULL";

  private static final String FIND_BY_KIND = FIND_ALL + " WHERE \"kind\" = ?";

  private static final String FIND_BY_KIND_NULL = FIND_ALL + " WHERE \"kind\" IS NULL";

  private static final String FIND_BY_ROW = FIND_ALL + " WHERE \"row\" = ?";

  private static final String FIND_BY_ROW_NULL = FIND_ALL + " WHERE \"row\" IS NULL";

  private static final String FIND_BY_STATEMENT = FIND_ALL + " WHERE \"statement\" = ?";

  private static final String FIND_BY_STATEMENT_NULL = FIND_ALL + " WHERE \"statement\" IS NULL";

  private static final String FIND_BY_CONNECTION = FIND_ALL + " WHERE \"connection\" = ?";

  private static final String FIND_BY_CONNECTION_NULL = FIND_ALL + " WHERE \"connection\" IS NULL";

  private static final String FIND_BY_DATA_SOURCE = FIND_ALL + " WHERE \"data_source\" = ?";

  private static final String FIND_BY_DATA_SOURCE_NULL = FIND_ALL
      + " WHERE \"data_source\" IS NULL";

  private static final String FIND_BY_ROWS = FIND_ALL + " WHERE \"rows\" = ?";

  private static final String FIND_BY_ROWS_NULL = FIND_ALL + " WHERE \"rows\" IS NULL";

  private static final String FIND_BY_COUNT = FIND_ALL + " WHERE \"count\" = ?";

  private static final String FRESH_HEAD = FreshSql.HEAD + "'Sales'" + FreshSql.NAME_IS + "'order'"
      + FreshSql.DATA_HEAD;

  private static final String FIND_ALL_FRESH = FRESH_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_USER = FRESH_HEAD + FIND_BY_USER + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_USER_NULL = FRESH_HEAD + FIND_BY_USER_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ORDER_TOTALS = FRESH_HEAD + FIND_BY_ORDER_TOTALS
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_NET = FRESH_HEAD + FIND_BY_NET + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_NET_NULL = FRESH_HEAD + FIND_BY_NET_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_KIND = FRESH_HEAD + FIND_BY_KIND + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_KIND_NULL = FRESH_HEAD + FIND_BY_KIND_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROW = FRESH_HEAD + FIND_BY_ROW + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROW_NULL = FRESH_HEAD + FIND_BY_ROW_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_STATEMENT = FRESH_HEAD + FIND_BY_STATEMENT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_STATEMENT_NULL = FRESH_HEAD + FIND_BY_STATEMENT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_CONNECTION = FRESH_HEAD + FIND_BY_CONNECTION
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_CONNECTION_NULL = FRESH_HEAD + FIND_BY_CONNECTION_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_DATA_SOURCE = FRESH_HEAD + FIND_BY_DATA_SOURCE
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_DATA_SOURCE_NULL = FRESH_HEAD + FIND_BY_DATA_SOURCE_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROWS = FRESH_HEAD + FIND_BY_ROWS + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROWS_NULL = FRESH_HEAD + FIND_BY_ROWS_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_COUNT = FRESH_HEAD + FIND_BY_COUNT + FreshSql.DATA_TAIL;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public Shop_OrderDao(DataSource dataSource) {
    super(dataSource, STREAM_TABLE, FIND_ALL, COUNT_, FIND_ALL_FRESH, null, Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code user} equals {@code user}, in no particular order. A null
   * {@code user} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" = ?
   * </pre>
   */
  public List<Shop.Order> findByUser(String user) {
    return find(user == null ? FIND_BY_USER_NULL : FIND_BY_USER, USER, user);
  }

  /**
   * Returns the rows whose column {@code user} equals {@code user}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code user} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" = ?
   * </pre>
   */
  public List<Shop.Order> findByUser(Connection connection, String user) {
    return find(connection, user == null ? FIND_BY_USER_NULL : FIND_BY_USER, USER, user);
  }

  /**
   * {@code findByUser} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code user} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByUser(String user) {
    return findFresh(user == null ? FIND_FRESH_BY_USER_NULL : FIND_FRESH_BY_USER, USER, user);
  }

  /**
   * {@code findByUser} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code user} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByUser(Connection connection, String user) {
    return findFresh(connection, user == null ? FIND_FRESH_BY_USER_NULL : FIND_FRESH_BY_USER, USER,
        user);
  }

  /**
   * Returns the rows whose column {@code OrderTotals} equals {@code orderTotals}, in no particular
   * order.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "OrderTotals" = ?
   * </pre>
   */
  public List<Shop.Order> findByOrderTotals(long orderTotals) {
    return find(FIND_BY_ORDER_TOTALS, ORDER_TOTALS, orderTotals);
  }

  /**
   * Returns the rows whose column {@code OrderTotals} equals {@code orderTotals}, in no particular
   * order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "OrderTotals" = ?
   * </pre>
   */
  public List<Shop.Order> findByOrderTotals(Connection connection, long orderTotals) {
    return find(connection, FIND_BY_ORDER_TOTALS, ORDER_TOTALS, orderTotals);
  }

  /**
   * {@code findByOrderTotals} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByOrderTotals(long orderTotals) {
    return findFresh(FIND_FRESH_BY_ORDER_TOTALS, ORDER_TOTALS, orderTotals);
  }

  /**
   * {@code findByOrderTotals} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByOrderTotals(Connection connection, long orderTotals) {
    return findFresh(connection, FIND_FRESH_BY_ORDER_TOTALS, ORDER_TOTALS, orderTotals);
  }

  /**
   * Returns the rows whose column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47;
   * &#92;u0041</code> equals {@code net}, in no particular order. A null {@code net} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" = ?
   * </pre>
   */
  public List<Shop.Order> findByNet(BigDecimal net) {
    return find(net == null ? FIND_BY_NET_NULL : FIND_BY_NET, NET, net);
  }

  /**
   * Returns the rows whose column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47;
   * &#92;u0041</code> equals {@code net}, in no particular order, read on {@code connection}, which
   * stays open. A null {@code net} finds the rows where the column IS NULL: the statement then ends
   * in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" = ?
   * </pre>
   */
  public List<Shop.Order> findByNet(Connection connection, BigDecimal net) {
    return find(connection, net == null ? FIND_BY_NET_NULL : FIND_BY_NET, NET, net);
  }

  /**
   * {@code findByNet} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code net} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByNet(BigDecimal net) {
    return findFresh(net == null ? FIND_FRESH_BY_NET_NULL : FIND_FRESH_BY_NET, NET, net);
  }

  /**
   * {@code findByNet} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code net} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByNet(Connection connection, BigDecimal net) {
    return findFresh(connection, net == null ? FIND_FRESH_BY_NET_NULL : FIND_FRESH_BY_NET, NET,
        net);
  }

  /**
   * Returns the rows whose column {@code kind} equals {@code kind}, in no particular order. A null
   * {@code kind} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" = ?
   * </pre>
   */
  public List<Shop.Order> findByKind(Shop.Kind kind) {
    return find(kind == null ? FIND_BY_KIND_NULL : FIND_BY_KIND, KIND, kind);
  }

  /**
   * Returns the rows whose column {@code kind} equals {@code kind}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code kind} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" = ?
   * </pre>
   */
  public List<Shop.Order> findByKind(Connection connection, Shop.Kind kind) {
    return find(connection, kind == null ? FIND_BY_KIND_NULL : FIND_BY_KIND, KIND, kind);
  }

  /**
   * {@code findByKind} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code kind} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByKind(Shop.Kind kind) {
    return findFresh(kind == null ? FIND_FRESH_BY_KIND_NULL : FIND_FRESH_BY_KIND, KIND, kind);
  }

  /**
   * {@code findByKind} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code kind} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByKind(Connection connection, Shop.Kind kind) {
    return findFresh(connection, kind == null ? FIND_FRESH_BY_KIND_NULL : FIND_FRESH_BY_KIND, KIND,
        kind);
  }

  /**
   * Returns the rows whose column {@code row} equals {@code row}, in no particular order. A null
   * {@code row} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" = ?
   * </pre>
   */
  public List<Shop.Order> findByRow(String row) {
    return find(row == null ? FIND_BY_ROW_NULL : FIND_BY_ROW, ROW, row);
  }

  /**
   * Returns the rows whose column {@code row} equals {@code row}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code row} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" = ?
   * </pre>
   */
  public List<Shop.Order> findByRow(Connection connection, String row) {
    return find(connection, row == null ? FIND_BY_ROW_NULL : FIND_BY_ROW, ROW, row);
  }

  /**
   * {@code findByRow} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code row} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRow(String row) {
    return findFresh(row == null ? FIND_FRESH_BY_ROW_NULL : FIND_FRESH_BY_ROW, ROW, row);
  }

  /**
   * {@code findByRow} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code row} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRow(Connection connection, String row) {
    return findFresh(connection, row == null ? FIND_FRESH_BY_ROW_NULL : FIND_FRESH_BY_ROW, ROW,
        row);
  }

  /**
   * Returns the rows whose column {@code statement} equals {@code statement}, in no particular
   * order. A null {@code statement} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" = ?
   * </pre>
   */
  public List<Shop.Order> findByStatement(String statement) {
    return find(statement == null ? FIND_BY_STATEMENT_NULL : FIND_BY_STATEMENT, STATEMENT,
        statement);
  }

  /**
   * Returns the rows whose column {@code statement} equals {@code statement}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code statement} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" = ?
   * </pre>
   */
  public List<Shop.Order> findByStatement(Connection connection, String statement) {
    return find(connection, statement == null ? FIND_BY_STATEMENT_NULL : FIND_BY_STATEMENT,
        STATEMENT, statement);
  }

  /**
   * {@code findByStatement} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code statement} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByStatement(String statement) {
    return findFresh(statement == null ? FIND_FRESH_BY_STATEMENT_NULL : FIND_FRESH_BY_STATEMENT,
        STATEMENT, statement);
  }

  /**
   * {@code findByStatement} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code statement} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByStatement(Connection connection, String statement) {
    return findFresh(connection, statement == null ? FIND_FRESH_BY_STATEMENT_NULL
        : FIND_FRESH_BY_STATEMENT, STATEMENT, statement);
  }

  /**
   * Returns the rows whose column {@code connection} equals {@code connection}, in no particular
   * order. A null {@code connection} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" = ?
   * </pre>
   */
  public List<Shop.Order> findByConnection(String connection) {
    return find(connection == null ? FIND_BY_CONNECTION_NULL : FIND_BY_CONNECTION, CONNECTION,
        connection);
  }

  /**
   * Returns the rows whose column {@code connection} equals {@code connection}, in no particular
   * order, read on {@code connection_}, which stays open. A null {@code connection} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" = ?
   * </pre>
   */
  public List<Shop.Order> findByConnection(Connection connection_, String connection) {
    return find(connection_, connection == null ? FIND_BY_CONNECTION_NULL : FIND_BY_CONNECTION,
        CONNECTION, connection);
  }

  /**
   * {@code findByConnection} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code connection} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByConnection(String connection) {
    return findFresh(connection == null ? FIND_FRESH_BY_CONNECTION_NULL : FIND_FRESH_BY_CONNECTION,
        CONNECTION, connection);
  }

  /**
   * {@code findByConnection} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection_}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code connection} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByConnection(Connection connection_, String connection) {
    return findFresh(connection_, connection == null ? FIND_FRESH_BY_CONNECTION_NULL
        : FIND_FRESH_BY_CONNECTION, CONNECTION, connection);
  }

  /**
   * Returns the rows whose column {@code data_source} equals {@code dataSource}, in no particular
   * order. A null {@code dataSource} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" = ?
   * </pre>
   */
  public List<Shop.Order> findByDataSource(String dataSource) {
    return find(dataSource == null ? FIND_BY_DATA_SOURCE_NULL : FIND_BY_DATA_SOURCE, DATA_SOURCE,
        dataSource);
  }

  /**
   * Returns the rows whose column {@code data_source} equals {@code dataSource}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code dataSource} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" = ?
   * </pre>
   */
  public List<Shop.Order> findByDataSource(Connection connection, String dataSource) {
    return find(connection, dataSource == null ? FIND_BY_DATA_SOURCE_NULL : FIND_BY_DATA_SOURCE,
        DATA_SOURCE, dataSource);
  }

  /**
   * {@code findByDataSource} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code dataSource} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByDataSource(String dataSource) {
    return findFresh(dataSource == null ? FIND_FRESH_BY_DATA_SOURCE_NULL
        : FIND_FRESH_BY_DATA_SOURCE, DATA_SOURCE, dataSource);
  }

  /**
   * {@code findByDataSource} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code dataSource} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByDataSource(Connection connection, String dataSource) {
    return findFresh(connection, dataSource == null ? FIND_FRESH_BY_DATA_SOURCE_NULL
        : FIND_FRESH_BY_DATA_SOURCE, DATA_SOURCE, dataSource);
  }

  /**
   * Returns the rows whose column {@code rows} equals {@code Rows_}, in no particular order. A null
   * {@code Rows_} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" = ?
   * </pre>
   */
  public List<Shop.Order> findByRows(String Rows_) {
    return find(Rows_ == null ? FIND_BY_ROWS_NULL : FIND_BY_ROWS, ROWS, Rows_);
  }

  /**
   * Returns the rows whose column {@code rows} equals {@code Rows_}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code Rows_} finds the rows where the column
   * IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" = ?
   * </pre>
   */
  public List<Shop.Order> findByRows(Connection connection, String Rows_) {
    return find(connection, Rows_ == null ? FIND_BY_ROWS_NULL : FIND_BY_ROWS, ROWS, Rows_);
  }

  /**
   * {@code findByRows} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code Rows_} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRows(String Rows_) {
    return findFresh(Rows_ == null ? FIND_FRESH_BY_ROWS_NULL : FIND_FRESH_BY_ROWS, ROWS, Rows_);
  }

  /**
   * {@code findByRows} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code Rows_} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRows(Connection connection, String Rows_) {
    return findFresh(connection, Rows_ == null ? FIND_FRESH_BY_ROWS_NULL : FIND_FRESH_BY_ROWS, ROWS,
        Rows_);
  }

  /**
   * Returns the rows whose column {@code count} equals {@code count}, in no particular order.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "count" = ?
   * </pre>
   */
  public List<Shop.Order> findByCount(long count) {
    return find(FIND_BY_COUNT, COUNT, count);
  }

  /**
   * Returns the rows whose column {@code count} equals {@code count}, in no particular order, read
   * on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "count" = ?
   * </pre>
   */
  public List<Shop.Order> findByCount(Connection connection, long count) {
    return find(connection, FIND_BY_COUNT, COUNT, count);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByCount(long count) {
    return findFresh(FIND_FRESH_BY_COUNT, COUNT, count);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByCount(Connection connection, long count) {
    return findFresh(connection, FIND_FRESH_BY_COUNT, COUNT, count);
  }

  /**
   * Reads the current row of {@code row} into a new {@link Shop.Order}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  static Shop.Order map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    String user = row.getString(1);
    long orderTotals = row.getLong(2);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "OrderTotals", "Shop.Order.orderTotals");
    }
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
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "count", "Shop.Order.count");
    }
    return new Shop.Order(user, orderTotals, net, kind, row_, statement, connection, dataSource,
        Rows_, count);
  }

  /**
   * Checks, once per result set, that each column's type holds its component's values
   * exactly.
   */
  private static void check(ResultSetMetaData columns) throws SQLException {
    ValueKind.LONG.check(columns, 2, STREAM_TABLE, "OrderTotals", "Shop.Order.orderTotals");
    ValueKind.BIG_DECIMAL.check(columns, 3, STREAM_TABLE, "net \"total\" <&> @a {b} */ \\u0041",
        "Shop.Order.net");
    ValueKind.LONG.check(columns, 10, STREAM_TABLE, "count", "Shop.Order.count");
  }
}
