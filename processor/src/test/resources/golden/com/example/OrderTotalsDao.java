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
 * Read-only DAO for stream table {@code public.order_totals}, generated from {@link OrderTotals}.
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
public final class OrderTotalsDao implements StreamTableDao<OrderTotals> {
  /**
   * The stream table this DAO reads: {@code public.order_totals}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "order_totals");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link OrderTotals#rowId()}.
   */
  public static final NumberColumn<OrderTotals, Long, BigDecimal, BigDecimal> ROW_ID =
      Column.ofLong("__pgt_row_id");

  /**
   * Column {@code region}, read into {@link OrderTotals#region()}.
   */
  public static final TextColumn<OrderTotals> REGION = Column.ofString("region");

  /**
   * Column {@code order_count}, read into {@link OrderTotals#orderCount()}.
   */
  public static final NumberColumn<OrderTotals, Long, BigDecimal, BigDecimal> ORDER_COUNT =
      Column.ofLong("order_count");

  /**
   * Column {@code total}, read into {@link OrderTotals#total()}.
   */
  public static final NumberColumn<OrderTotals, BigDecimal, BigDecimal, BigDecimal> TOTAL =
      Column.ofBigDecimal("total");

  private static final String FIND_ALL = "SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\"";

  private static final String COUNT = "SELECT count(*) FROM \"public\".\"order_totals\"";

  private static final String FIND_BY_ROW_ID = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"__pgt_row_id\" = ?";

  private static final String FIND_BY_REGION = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"region\" = ?";

  private static final String FIND_BY_REGION_NULL = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"region\" IS NULL";

  private static final String FIND_BY_ORDER_COUNT = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"order_count\" = ?";

  private static final String FIND_BY_TOTAL = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"total\" = ?";

  private static final String FIND_BY_TOTAL_NULL = "SELECT \"__pgt_row_id\", \"region\","
      + " \"order_count\", \"total\" FROM \"public\".\"order_totals\" WHERE \"total\" IS NULL";

  private static final String FIND_ALL_FRESH = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\") q) d ON true";

  private static final String FIND_FRESH_BY_ROW_ID = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"__pgt_row_id\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_REGION = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"region\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_REGION_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"region\" IS NULL) q) d ON true";

  private static final String FIND_FRESH_BY_ORDER_COUNT = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"order_count\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_TOTAL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"total\" = ?) q) d ON true";

  private static final String FIND_FRESH_BY_TOTAL_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
      + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\" WHERE \"total\" IS NULL) q) d ON true";

  /**
   * The staleness budget declared with {@code maxStaleness = "30s"}.
   */
  private static final Duration MAX_STALENESS = Duration.ofSeconds(30);

  private final DataSource dataSource;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public OrderTotalsDao(DataSource dataSource) {
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
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public List<OrderTotals> findAll() {
    return Queries.list(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, OrderTotalsDao::map);
  }

  /**
   * Returns every row, in no particular order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public List<OrderTotals> findAll(Connection connection) {
    return Queries.list(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, OrderTotalsDao::map);
  }

  /**
   * Returns every row, sorted by {@code order}, whose ORDER BY clause is appended to this statement
   * (the text is built once per ordering and cached):
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public List<OrderTotals> findAll(Order<OrderTotals> order) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL,
        OrderTotalsDao::map).orderBy(order).list();
  }

  /**
   * Returns every row, sorted by {@code order}, read on {@code connection}, which stays open. The
   * ORDER BY clause of {@code order} is appended to this statement:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public List<OrderTotals> findAll(Connection connection, Order<OrderTotals> order) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL,
        OrderTotalsDao::map).orderBy(order).list();
  }

  /**
   * Streams every row, in no particular order, through a server-side cursor that fetches rows in
   * batches, so tables larger than the heap can be read. The stream holds a connection until it is
   * closed: always use it in try-with-resources.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public Stream<OrderTotals> streamAll() {
    return Queries.stream(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, OrderTotalsDao::map);
  }

  /**
   * Streams every row through a server-side cursor on {@code connection}. If the connection is in
   * auto-commit mode, auto-commit is switched off for the cursor and restored when the stream is
   * closed; the connection stays open. Close the stream (try-with-resources).
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public Stream<OrderTotals> streamAll(Connection connection) {
    return Queries.stream(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, OrderTotalsDao::map);
  }

  /**
   * Returns the number of rows.
   *
   * <pre>
   * SELECT count(*)
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public long count() {
    return Queries.count(dataSource, STREAM_TABLE, COUNT, Binder.NONE);
  }

  /**
   * Returns the number of rows, counted on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT count(*)
   * FROM "public"."order_totals"
   * </pre>
   */
  @Override
  public long count(Connection connection) {
    return Queries.count(connection, STREAM_TABLE, COUNT, Binder.NONE);
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
   * Starts a typed query over {@code public.order_totals}, run on a connection from the DAO's
   * {@code DataSource} in a read-only transaction; see {@link Select}.
   */
  public Select<OrderTotals> query() {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsDao::map);
  }

  /**
   * Starts a typed query over {@code public.order_totals}, run on {@code connection}, which is
   * left open; see {@link Select}.
   */
  public Select<OrderTotals> query(Connection connection) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL, OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code __pgt_row_id} equals {@code rowId}, in no particular
   * order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "__pgt_row_id" = ?
   * </pre>
   */
  public List<OrderTotals> findByRowId(long rowId) {
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code __pgt_row_id} equals {@code rowId}, in no particular
   * order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "__pgt_row_id" = ?
   * </pre>
   */
  public List<OrderTotals> findByRowId(Connection connection, long rowId) {
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code region} equals {@code region}, in no particular order. A
   * null {@code region} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" = ?
   * </pre>
   *
   * <p>For a null {@code region}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" IS NULL
   * </pre>
   */
  public List<OrderTotals> findByRegion(String region) {
    if (region == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_REGION_NULL, Binder.NONE,
          OrderTotalsDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_REGION,
        statement -> statement.setString(1, region), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code region} equals {@code region}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code region} finds the rows where the
   * column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" = ?
   * </pre>
   *
   * <p>For a null {@code region}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" IS NULL
   * </pre>
   */
  public List<OrderTotals> findByRegion(Connection connection, String region) {
    if (region == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_REGION_NULL, Binder.NONE,
          OrderTotalsDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_REGION,
        statement -> statement.setString(1, region), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code order_count} equals {@code orderCount}, in no particular
   * order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "order_count" = ?
   * </pre>
   */
  public List<OrderTotals> findByOrderCount(long orderCount) {
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ORDER_COUNT,
        statement -> statement.setLong(1, orderCount), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code order_count} equals {@code orderCount}, in no particular
   * order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "order_count" = ?
   * </pre>
   */
  public List<OrderTotals> findByOrderCount(Connection connection, long orderCount) {
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ORDER_COUNT,
        statement -> statement.setLong(1, orderCount), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code total} equals {@code total}, in no particular order. A
   * null {@code total} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" = ?
   * </pre>
   *
   * <p>For a null {@code total}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" IS NULL
   * </pre>
   */
  public List<OrderTotals> findByTotal(BigDecimal total) {
    if (total == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TOTAL_NULL, Binder.NONE,
          OrderTotalsDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TOTAL,
        statement -> statement.setBigDecimal(1, total), OrderTotalsDao::map);
  }

  /**
   * Returns the rows whose column {@code total} equals {@code total}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code total} finds the rows where the column
   * IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" = ?
   * </pre>
   *
   * <p>For a null {@code total}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" IS NULL
   * </pre>
   */
  public List<OrderTotals> findByTotal(Connection connection, BigDecimal total) {
    if (total == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_TOTAL_NULL, Binder.NONE,
          OrderTotalsDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_TOTAL,
        statement -> statement.setBigDecimal(1, total), OrderTotalsDao::map);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Judged against the declared
   * {@code maxStaleness} of 30s, and returned whatever its age: see {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<OrderTotals>> findAllFresh() {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Read on {@code connection}, which stays
   * open, inside its transaction if it has one. Judged against the declared {@code maxStaleness} of
   * 30s, and returned whatever its age: see {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<OrderTotals>> findAllFresh(Connection connection) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness.
   *
   * <p>Runs under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the declared
   * {@code maxStaleness} of 30s.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<OrderTotals>> findAllFresh(ReadPolicy policy) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        OrderTotalsDao::map, policy, MAX_STALENESS);
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
   * table and reads again. A policy without a budget of its own is judged against the declared
   * {@code maxStaleness} of 30s.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<OrderTotals>> findAllFresh(Connection connection, ReadPolicy policy) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        OrderTotalsDao::map, policy, MAX_STALENESS);
  }

  /**
   * {@link #findAllFresh()} on {@code executor}, which the caller provides (a pool, or virtual
   * threads on Java 21 and later). A failed read completes the future exceptionally with the read's
   * own exception.
   */
  public CompletableFuture<Fresh<List<OrderTotals>>> findAllFreshAsync(Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh());
  }

  /**
   * {@link #findAllFresh(ReadPolicy)} on {@code executor}, which the caller provides (a pool, or
   * virtual threads on Java 21 and later). A failed read completes the future exceptionally with
   * the read's own exception.
   */
  public CompletableFuture<Fresh<List<OrderTotals>>> findAllFreshAsync(ReadPolicy policy,
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
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the declared {@code maxStaleness} of 30s and returned whatever its
   * age; pass the result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByRowId(long rowId) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the declared
   * {@code maxStaleness} of 30s and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByRowId(Connection connection, long rowId) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByRegion} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the declared {@code maxStaleness} of 30s and returned whatever its
   * age; pass the result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code region}
   * finds the rows where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByRegion(String region) {
    if (region == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_REGION_NULL, Binder.NONE,
          OrderTotalsDao::map, MAX_STALENESS);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_REGION,
        statement -> statement.setString(1, region), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByRegion} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the declared
   * {@code maxStaleness} of 30s and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data. A null {@code region} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByRegion(Connection connection, String region) {
    if (region == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_REGION_NULL, Binder.NONE,
          OrderTotalsDao::map, MAX_STALENESS);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_REGION,
        statement -> statement.setString(1, region), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByOrderCount} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the declared {@code maxStaleness} of 30s and returned whatever its
   * age; pass the result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByOrderCount(long orderCount) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ORDER_COUNT,
        statement -> statement.setLong(1, orderCount), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByOrderCount} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the declared
   * {@code maxStaleness} of 30s and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByOrderCount(Connection connection, long orderCount) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ORDER_COUNT,
        statement -> statement.setLong(1, orderCount), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByTotal} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the declared {@code maxStaleness} of 30s and returned whatever its
   * age; pass the result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code total}
   * finds the rows where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByTotal(BigDecimal total) {
    if (total == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TOTAL_NULL, Binder.NONE,
          OrderTotalsDao::map, MAX_STALENESS);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TOTAL,
        statement -> statement.setBigDecimal(1, total), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * {@code findByTotal} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the declared
   * {@code maxStaleness} of 30s and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data. A null {@code total} finds the rows where the
   * column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByTotal(Connection connection, BigDecimal total) {
    if (total == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TOTAL_NULL, Binder.NONE,
          OrderTotalsDao::map, MAX_STALENESS);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TOTAL,
        statement -> statement.setBigDecimal(1, total), OrderTotalsDao::map, MAX_STALENESS);
  }

  /**
   * Reads the current row of {@code row} into a new {@link OrderTotals}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  private static OrderTotals map(ResultSet row) throws SQLException {
    long rowId = row.getLong(1);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "__pgt_row_id", "OrderTotals.rowId");
    }
    String region = row.getString(2);
    long orderCount = row.getLong(3);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "order_count", "OrderTotals.orderCount");
    }
    BigDecimal total = row.getBigDecimal(4);
    return new OrderTotals(rowId, region, orderCount, total);
  }
}
