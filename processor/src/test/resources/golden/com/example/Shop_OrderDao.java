package com.example;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.Order;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.UnexpectedNullException;
import dev.pgtrickle.dao.runtime.freshness.AsyncReads;
import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.ReadPolicy;
import dev.pgtrickle.dao.runtime.freshness.StreamTableListener;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.freshness.Subscription;
import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.FreshQueries;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.FreshnessWait;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.Rows;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code Sales.order}, generated from {@link Shop.Order}.
 *
 * <p>It only reads: pg_trickle alone writes a stream table, so to change these rows,
 * write to the source tables of its defining query and let pg_trickle refresh it.
 * Every statement names its columns and binds every value as a parameter.
 *
 * <p>Thread-safe: the DAO holds nothing but its {@link DataSource}. Each method takes a
 * connection and returns it before it returns, except that a stream from
 * {@code streamAll()} holds its connection until the stream is closed. The methods
 * that take a {@link Connection} run on it and leave it open.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
@Named
@Singleton
public final class Shop_OrderDao implements StreamTableDao<Shop.Order> {
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

  private static final String FIND_BY_USER = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"user\" = ?";

  private static final String FIND_BY_USER_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"user\" IS NULL";

  private static final String FIND_BY_ORDER_TOTALS = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"OrderTotals\" = ?";

  private static final String FIND_BY_NET = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" = ?";

  private static final String FIND_BY_NET_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" IS NULL";

  private static final String FIND_BY_KIND = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"kind\" = ?";

  private static final String FIND_BY_KIND_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"kind\" IS NULL";

  private static final String FIND_BY_ROW = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"row\" = ?";

  private static final String FIND_BY_ROW_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"row\" IS NULL";

  private static final String FIND_BY_STATEMENT = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"statement\" = ?";

  private static final String FIND_BY_STATEMENT_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"statement\" IS NULL";

  private static final String FIND_BY_CONNECTION = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"connection\" = ?";

  private static final String FIND_BY_CONNECTION_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"connection\" IS NULL";

  private static final String FIND_BY_DATA_SOURCE = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"data_source\" = ?";

  private static final String FIND_BY_DATA_SOURCE_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"data_source\" IS NULL";

  private static final String FIND_BY_ROWS = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"rows\" = ?";

  private static final String FIND_BY_ROWS_NULL = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"rows\" IS NULL";

  private static final String FIND_BY_COUNT = "SELECT \"user\", \"OrderTotals\","
      + " \"net \"\"total\"\" <&> @a {b} */ \\u0041\", \"kind\", \"row\", \"statement\","
      + " \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"count\" = ?";

  private static final String FIND_ALL_FRESH = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\") q) d ON true";

  private static final String FIND_FRESH_BY_USER = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"user\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_USER_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"user\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_ORDER_TOTALS = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"OrderTotals\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_NET = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_NET_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"net \"\"total\"\" <&> @a {b} */ \\u0041\" IS NULL) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_KIND = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"kind\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_KIND_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"kind\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_ROW = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"row\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_ROW_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"row\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_STATEMENT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"statement\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_STATEMENT_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"statement\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_CONNECTION = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"connection\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_CONNECTION_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"connection\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_DATA_SOURCE = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"data_source\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_DATA_SOURCE_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"data_source\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_ROWS = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"rows\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_ROWS_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"rows\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_COUNT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'Sales'"
      + " AND st.pgt_name = 'order') f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present"
      + " FROM (SELECT \"user\", \"OrderTotals\", \"net \"\"total\"\" <&> @a {b} */ \\u0041\","
      + " \"kind\", \"row\", \"statement\", \"connection\", \"data_source\", \"rows\", \"count\""
      + " FROM \"Sales\".\"order\" WHERE \"count\" = ?) q) d ON true";

  private final DataSource dataSource;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public Shop_OrderDao(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Returns the stream table this DAO reads, {@link #STREAM_TABLE}.
   */
  @Override
  public StreamTableName streamTable() {
    return STREAM_TABLE;
  }

  /**
   * Returns every row, in no particular order.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public List<Shop.Order> findAll() {
    return Queries.list(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, Shop_OrderDao::map);
  }

  /**
   * Returns every row, in no particular order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public List<Shop.Order> findAll(Connection connection) {
    return Queries.list(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, Shop_OrderDao::map);
  }

  /**
   * Returns every row, sorted by {@code order}, whose ORDER BY clause is appended to this statement
   * (the text is built once per ordering and cached):
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public List<Shop.Order> findAll(Order<Shop.Order> order) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL,
        Shop_OrderDao::map).orderBy(order).list();
  }

  /**
   * Returns every row, sorted by {@code order}, read on {@code connection}, which stays open. The
   * ORDER BY clause of {@code order} is appended to this statement:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public List<Shop.Order> findAll(Connection connection, Order<Shop.Order> order) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL,
        Shop_OrderDao::map).orderBy(order).list();
  }

  /**
   * Streams every row, in no particular order, through a server-side cursor that fetches rows in
   * batches, so tables larger than the heap can be read. The stream holds a connection until it is
   * closed: always use it in try-with-resources.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public Stream<Shop.Order> streamAll() {
    return Queries.stream(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, Shop_OrderDao::map);
  }

  /**
   * Streams every row through a server-side cursor on {@code connection}. If the connection is in
   * auto-commit mode, auto-commit is switched off for the cursor and restored when the stream is
   * closed; the connection stays open. Close the stream (try-with-resources).
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public Stream<Shop.Order> streamAll(Connection connection) {
    return Queries.stream(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, Shop_OrderDao::map);
  }

  /**
   * Returns the number of rows.
   *
   * <pre>
   * SELECT count(*)
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public long count() {
    return Queries.count(dataSource, STREAM_TABLE, COUNT_, Binder.NONE);
  }

  /**
   * Returns the number of rows, counted on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT count(*)
   * FROM "Sales"."order"
   * </pre>
   */
  @Override
  public long count(Connection connection) {
    return Queries.count(connection, STREAM_TABLE, COUNT_, Binder.NONE);
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog, in one query:
   * {@link FreshnessQuery#SQL}.
   */
  @Override
  public Freshness freshness() {
    return FreshnessQuery.read(dataSource, STREAM_TABLE);
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog on {@code connection}, which
   * stays open, in one query: {@link FreshnessQuery#SQL}.
   */
  @Override
  public Freshness freshness(Connection connection) {
    return FreshnessQuery.read(connection, STREAM_TABLE);
  }

  /**
   * Starts a typed query over {@code Sales.order}, run on a connection from the DAO's
   * {@code DataSource} in a read-only transaction; see {@link Select}.
   */
  public Select<Shop.Order> query() {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, Shop_OrderDao::map);
  }

  /**
   * Starts a typed query over {@code Sales.order}, run on {@code connection}, which is
   * left open; see {@link Select}.
   */
  public Select<Shop.Order> query(Connection connection) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL, Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code user} equals {@code user}, in no particular order. A null
   * {@code user} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" = ?
   * </pre>
   *
   * <p>For a null {@code user}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByUser(String user) {
    if (user == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_USER_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_USER,
        statement -> statement.setString(1, user), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code user} equals {@code user}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code user} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" = ?
   * </pre>
   *
   * <p>For a null {@code user}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "user" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByUser(Connection connection, String user) {
    if (user == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_USER_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_USER,
        statement -> statement.setString(1, user), Shop_OrderDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ORDER_TOTALS,
        statement -> statement.setLong(1, orderTotals), Shop_OrderDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ORDER_TOTALS,
        statement -> statement.setLong(1, orderTotals), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47;
   * &#92;u0041</code> equals {@code net}, in no particular order. A null {@code net} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" = ?
   * </pre>
   *
   * <p>For a null {@code net}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByNet(BigDecimal net) {
    if (net == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_NET_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_NET,
        statement -> statement.setBigDecimal(1, net), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column <code>net "total" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47;
   * &#92;u0041</code> equals {@code net}, in no particular order, read on {@code connection}, which
   * stays open. A null {@code net} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" = ?
   * </pre>
   *
   * <p>For a null {@code net}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByNet(Connection connection, BigDecimal net) {
    if (net == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_NET_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_NET,
        statement -> statement.setBigDecimal(1, net), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code kind} equals {@code kind}, in no particular order. A null
   * {@code kind} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" = ?
   * </pre>
   *
   * <p>For a null {@code kind}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByKind(Shop.Kind kind) {
    if (kind == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_KIND_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_KIND,
        statement -> statement.setString(1, kind.name()), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code kind} equals {@code kind}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code kind} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" = ?
   * </pre>
   *
   * <p>For a null {@code kind}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "kind" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByKind(Connection connection, Shop.Kind kind) {
    if (kind == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_KIND_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_KIND,
        statement -> statement.setString(1, kind.name()), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code row} equals {@code row}, in no particular order. A null
   * {@code row} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" = ?
   * </pre>
   *
   * <p>For a null {@code row}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByRow(String row) {
    if (row == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROW_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROW,
        statement -> statement.setString(1, row), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code row} equals {@code row}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code row} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" = ?
   * </pre>
   *
   * <p>For a null {@code row}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "row" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByRow(Connection connection, String row) {
    if (row == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_ROW_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ROW,
        statement -> statement.setString(1, row), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code statement} equals {@code statement}, in no particular
   * order. A null {@code statement} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" = ?
   * </pre>
   *
   * <p>For a null {@code statement}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByStatement(String statement) {
    if (statement == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_STATEMENT_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_STATEMENT,
        statement_ -> statement_.setString(1, statement), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code statement} equals {@code statement}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code statement} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" = ?
   * </pre>
   *
   * <p>For a null {@code statement}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "statement" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByStatement(Connection connection, String statement) {
    if (statement == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_STATEMENT_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_STATEMENT,
        statement_ -> statement_.setString(1, statement), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code connection} equals {@code connection}, in no particular
   * order. A null {@code connection} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" = ?
   * </pre>
   *
   * <p>For a null {@code connection}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByConnection(String connection) {
    if (connection == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_CONNECTION_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_CONNECTION,
        statement -> statement.setString(1, connection), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code connection} equals {@code connection}, in no particular
   * order, read on {@code connection_}, which stays open. A null {@code connection} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" = ?
   * </pre>
   *
   * <p>For a null {@code connection}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "connection" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByConnection(Connection connection_, String connection) {
    if (connection == null) {
      return Queries.list(connection_, STREAM_TABLE, FIND_BY_CONNECTION_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection_, STREAM_TABLE, FIND_BY_CONNECTION,
        statement -> statement.setString(1, connection), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code data_source} equals {@code dataSource_}, in no particular
   * order. A null {@code dataSource_} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" = ?
   * </pre>
   *
   * <p>For a null {@code dataSource_}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByDataSource(String dataSource_) {
    if (dataSource_ == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_DATA_SOURCE_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_DATA_SOURCE,
        statement -> statement.setString(1, dataSource_), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code data_source} equals {@code dataSource_}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code dataSource_} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" = ?
   * </pre>
   *
   * <p>For a null {@code dataSource_}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "data_source" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByDataSource(Connection connection, String dataSource_) {
    if (dataSource_ == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_DATA_SOURCE_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_DATA_SOURCE,
        statement -> statement.setString(1, dataSource_), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code rows} equals {@code Rows_}, in no particular order. A null
   * {@code Rows_} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" = ?
   * </pre>
   *
   * <p>For a null {@code Rows_}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByRows(String Rows_) {
    if (Rows_ == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROWS_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROWS,
        statement -> statement.setString(1, Rows_), Shop_OrderDao::map);
  }

  /**
   * Returns the rows whose column {@code rows} equals {@code Rows_}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code Rows_} finds the rows where the column
   * IS NULL.
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" = ?
   * </pre>
   *
   * <p>For a null {@code Rows_}:
   *
   * <pre>
   * SELECT "user", "OrderTotals", "net ""total"" &lt;&amp;&gt; &#64;a &#123;b&#125; *&#47; &#92;u0041", "kind", "row",
   *        "statement", "connection", "data_source", "rows", "count"
   * FROM "Sales"."order"
   * WHERE "rows" IS NULL
   * </pre>
   */
  public List<Shop.Order> findByRows(Connection connection, String Rows_) {
    if (Rows_ == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_ROWS_NULL, Binder.NONE,
          Shop_OrderDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ROWS,
        statement -> statement.setString(1, Rows_), Shop_OrderDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_COUNT,
        statement -> statement.setLong(1, count), Shop_OrderDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_COUNT,
        statement -> statement.setLong(1, count), Shop_OrderDao::map);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared), and returned whatever its age: see
   * {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<Shop.Order>> findAllFresh() {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Read on {@code connection}, which stays
   * open, inside its transaction if it has one. Judged against the table's own duration schedule
   * (no {@code maxStaleness} is declared), and returned whatever its age: see
   * {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<Shop.Order>> findAllFresh(Connection connection) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness.
   *
   * <p>Runs under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the table's own
   * duration schedule (no {@code maxStaleness} is declared).
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<Shop.Order>> findAllFresh(ReadPolicy policy) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        Shop_OrderDao::map, policy, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Read on {@code connection}, which stays
   * open, inside its transaction if it has one.
   *
   * <p>Runs under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the table's own
   * duration schedule (no {@code maxStaleness} is declared).
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<Shop.Order>> findAllFresh(Connection connection, ReadPolicy policy) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        Shop_OrderDao::map, policy, FreshQueries.NO_BUDGET);
  }

  /**
   * {@link #findAllFresh()} on {@code executor}, which the caller provides (a pool, or virtual
   * threads on Java 21 and later). A failed read completes the future exceptionally with the read's
   * own exception.
   */
  public CompletableFuture<Fresh<List<Shop.Order>>> findAllFreshAsync(Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh());
  }

  /**
   * {@link #findAllFresh(ReadPolicy)} on {@code executor}, which the caller provides (a pool, or
   * virtual threads on Java 21 and later). A failed read completes the future exceptionally with
   * the read's own exception.
   */
  public CompletableFuture<Fresh<List<Shop.Order>>> findAllFreshAsync(ReadPolicy policy,
      Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh(policy));
  }

  /**
   * Waits until this table reflects the write that {@code token} marks
   * ({@code StreamTables.markWrite(connection)} after the write committed): returns as soon as the
   * table is IMMEDIATE, or a refresh that started after the token has completed. Reads the catalog
   * with back-off (10 ms doubling up to 1 s), so it works for manual refreshes and behind poolers,
   * which send no events; for wake-ups on the scheduler's events use
   * {@code StreamTableWatcher.awaitFresherThan}.
   *
   * <p>Throws {@code FreshnessTimeoutException} after {@code timeout}, and
   * {@code StreamTableSuspendedException} for a SUSPENDED or ERROR table.
   */
  public Freshness awaitFresherThan(FreshnessToken token, Duration timeout) {
    return FreshnessWait.await(dataSource, STREAM_TABLE, token, timeout, null);
  }

  /**
   * Waits until this table reflects the write that {@code token} marks
   * ({@code StreamTables.markWrite(connection)} after the write committed): returns as soon as the
   * table is IMMEDIATE, or a refresh that started after the token has completed. Reads the catalog
   * with back-off (10 ms doubling up to 1 s), so it works for manual refreshes and behind poolers,
   * which send no events; for wake-ups on the scheduler's events use
   * {@code StreamTableWatcher.awaitFresherThan}. If the table does not reflect the write yet,
   * triggers one refresh with {@code refresher} instead of waiting for the scheduler.
   *
   * <p>Throws {@code FreshnessTimeoutException} after {@code timeout}, and
   * {@code StreamTableSuspendedException} for a SUSPENDED or ERROR table.
   */
  public Freshness awaitFresherThan(FreshnessToken token, Duration timeout,
      StreamTableRefresher refresher) {
    return FreshnessWait.await(dataSource, STREAM_TABLE, token, timeout,
        Objects.requireNonNull(refresher, "refresher"));
  }

  /**
   * {@link #awaitFresherThan(FreshnessToken, Duration)} on {@code executor}, which the caller
   * provides.
   */
  public CompletableFuture<Freshness> awaitFresherThanAsync(FreshnessToken token, Duration timeout,
      Executor executor) {
    return AsyncReads.on(executor).supply(() -> awaitFresherThan(token, timeout));
  }

  /**
   * Delivers this table's change events (refresh completed or failed, stale, suspended, resumed,
   * and "events may have been missed" after a lost connection) to {@code listener} until the
   * subscription is closed. All DAOs share {@code watcher}'s one LISTEN connection.
   */
  public Subscription subscribe(StreamTableWatcher watcher, StreamTableListener listener) {
    return watcher.subscribe(STREAM_TABLE, listener);
  }

  /**
   * {@code findByUser} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code user} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByUser(String user) {
    if (user == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_USER_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_USER,
        statement -> statement.setString(1, user), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByUser} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code user} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByUser(Connection connection, String user) {
    if (user == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_USER_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_USER,
        statement -> statement.setString(1, user), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByOrderTotals} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByOrderTotals(long orderTotals) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ORDER_TOTALS,
        statement -> statement.setLong(1, orderTotals), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByOrderTotals} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByOrderTotals(Connection connection, long orderTotals) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ORDER_TOTALS,
        statement -> statement.setLong(1, orderTotals), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByNet} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code net} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByNet(BigDecimal net) {
    if (net == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_NET_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_NET,
        statement -> statement.setBigDecimal(1, net), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByNet} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code net} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByNet(Connection connection, BigDecimal net) {
    if (net == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_NET_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_NET,
        statement -> statement.setBigDecimal(1, net), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByKind} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code kind} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByKind(Shop.Kind kind) {
    if (kind == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_KIND_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_KIND,
        statement -> statement.setString(1, kind.name()), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByKind} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code kind} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByKind(Connection connection, Shop.Kind kind) {
    if (kind == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_KIND_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_KIND,
        statement -> statement.setString(1, kind.name()), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRow} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code row} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRow(String row) {
    if (row == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROW_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROW,
        statement -> statement.setString(1, row), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRow} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code row} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRow(Connection connection, String row) {
    if (row == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROW_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROW,
        statement -> statement.setString(1, row), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByStatement} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code statement} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByStatement(String statement) {
    if (statement == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_STATEMENT_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_STATEMENT,
        statement_ -> statement_.setString(1, statement), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByStatement} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code statement} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByStatement(Connection connection, String statement) {
    if (statement == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_STATEMENT_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_STATEMENT,
        statement_ -> statement_.setString(1, statement), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByConnection} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code connection} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByConnection(String connection) {
    if (connection == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_CONNECTION_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_CONNECTION,
        statement -> statement.setString(1, connection), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByConnection} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection_}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code connection} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByConnection(Connection connection_, String connection) {
    if (connection == null) {
      return FreshQueries.list(connection_, STREAM_TABLE, FIND_FRESH_BY_CONNECTION_NULL,
          Binder.NONE, Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection_, STREAM_TABLE, FIND_FRESH_BY_CONNECTION,
        statement -> statement.setString(1, connection), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByDataSource} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code dataSource_} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByDataSource(String dataSource_) {
    if (dataSource_ == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_DATA_SOURCE_NULL,
          Binder.NONE, Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_DATA_SOURCE,
        statement -> statement.setString(1, dataSource_), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByDataSource} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code dataSource_} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByDataSource(Connection connection, String dataSource_) {
    if (dataSource_ == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_DATA_SOURCE_NULL,
          Binder.NONE, Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_DATA_SOURCE,
        statement -> statement.setString(1, dataSource_), Shop_OrderDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRows} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code Rows_} finds the rows where the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRows(String Rows_) {
    if (Rows_ == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROWS_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROWS,
        statement -> statement.setString(1, Rows_), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRows} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code Rows_} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<Shop.Order>> findFreshByRows(Connection connection, String Rows_) {
    if (Rows_ == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROWS_NULL, Binder.NONE,
          Shop_OrderDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROWS,
        statement -> statement.setString(1, Rows_), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByCount(long count) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_COUNT,
        statement -> statement.setLong(1, count), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<Shop.Order>> findFreshByCount(Connection connection, long count) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_COUNT,
        statement -> statement.setLong(1, count), Shop_OrderDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * Reads the current row of {@code row} into a new {@link Shop.Order}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  private static Shop.Order map(ResultSet row) throws SQLException {
    String user = row.getString(1);
    long orderTotals = row.getLong(2);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "OrderTotals", "Shop.Order.orderTotals");
    }
    BigDecimal net = row.getBigDecimal(3);
    Shop.Kind kind = Rows.getEnum(row, 4, Shop.Kind::valueOf, STREAM_TABLE, "kind",
        "Shop.Order.kind");
    String row_ = row.getString(5);
    String statement = row.getString(6);
    String connection = row.getString(7);
    String dataSource_ = row.getString(8);
    String Rows_ = row.getString(9);
    long count = row.getLong(10);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "count", "Shop.Order.count");
    }
    return new Shop.Order(user, orderTotals, net, kind, row_, statement, connection, dataSource_,
        Rows_, count);
  }
}
