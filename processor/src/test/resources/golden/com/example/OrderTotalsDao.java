package com.example;

import dev.pgtrickle.dao.runtime.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.RowIdentity;
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
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code public.order_totals}, generated from {@link OrderTotals}.
 *
 * <p>It only reads: pg_trickle alone writes a stream table, so to change these rows,
 * write to the source tables of its defining query and let pg_trickle refresh it.
 * Every statement names its columns and binds every value as a parameter.
 * {@code findAll}, {@code streamAll} and {@code query} run
 *
 * <pre>
 * SELECT "__pgt_row_id", "region", "order_count", "total"
 * FROM "public"."order_totals"
 * </pre>
 *
 * and {@code count} runs
 *
 * <pre>
 * SELECT count(*)
 * FROM "public"."order_totals"
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
public final class OrderTotalsDao extends AbstractStreamTableDao<OrderTotals> {
  /**
   * The stream table this DAO reads: {@code public.order_totals}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "order_totals");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link OrderTotals#rowId()}.
   */
  public static final Column<OrderTotals, RowIdentity> ROW_ID = Column.ofRowId("__pgt_row_id");

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

  private static final String FIND_BY_ROW_ID = FIND_ALL + " WHERE \"__pgt_row_id\" = ?";

  private static final String FIND_BY_REGION = FIND_ALL + " WHERE \"region\" = ?";

  private static final String FIND_BY_REGION_NULL = FIND_ALL + " WHERE \"region\" IS NULL";

  private static final String FIND_BY_ORDER_COUNT = FIND_ALL + " WHERE \"order_count\" = ?";

  private static final String FIND_BY_TOTAL = FIND_ALL + " WHERE \"total\" = ?";

  private static final String FIND_BY_TOTAL_NULL = FIND_ALL + " WHERE \"total\" IS NULL";

  private static final String FRESH_HEAD = FreshSql.HEAD + "'public'" + FreshSql.NAME_IS
      + "'order_totals'" + FreshSql.DATA_HEAD;

  private static final String FIND_ALL_FRESH = FRESH_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROW_ID = FRESH_HEAD + FIND_BY_ROW_ID
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_REGION = FRESH_HEAD + FIND_BY_REGION
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_REGION_NULL = FRESH_HEAD + FIND_BY_REGION_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ORDER_COUNT = FRESH_HEAD + FIND_BY_ORDER_COUNT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TOTAL = FRESH_HEAD + FIND_BY_TOTAL + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TOTAL_NULL = FRESH_HEAD + FIND_BY_TOTAL_NULL
      + FreshSql.DATA_TAIL;

  /**
   * The staleness budget declared with {@code maxStaleness = "30s"}.
   */
  private static final Duration MAX_STALENESS = Duration.ofSeconds(30);

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public OrderTotalsDao(DataSource dataSource) {
    super(dataSource, STREAM_TABLE, FIND_ALL, COUNT, FIND_ALL_FRESH, MAX_STALENESS,
        OrderTotalsDao::map);
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
  public List<OrderTotals> findByRowId(RowIdentity rowId) {
    return find(FIND_BY_ROW_ID, ROW_ID, rowId);
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
  public List<OrderTotals> findByRowId(Connection connection, RowIdentity rowId) {
    return find(connection, FIND_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the declared {@code maxStaleness} of 30s and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByRowId(RowIdentity rowId) {
    return findFresh(FIND_FRESH_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the declared {@code maxStaleness} of
   * 30s and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on
   * stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByRowId(Connection connection, RowIdentity rowId) {
    return findFresh(connection, FIND_FRESH_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * Returns the rows whose column {@code region} equals {@code region}, in no particular order. A
   * null {@code region} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" = ?
   * </pre>
   */
  public List<OrderTotals> findByRegion(String region) {
    return find(region == null ? FIND_BY_REGION_NULL : FIND_BY_REGION, REGION, region);
  }

  /**
   * Returns the rows whose column {@code region} equals {@code region}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code region} finds the rows where the
   * column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "region" = ?
   * </pre>
   */
  public List<OrderTotals> findByRegion(Connection connection, String region) {
    return find(connection, region == null ? FIND_BY_REGION_NULL : FIND_BY_REGION, REGION, region);
  }

  /**
   * {@code findByRegion} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the declared {@code maxStaleness} of 30s and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code region} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByRegion(String region) {
    return findFresh(region == null ? FIND_FRESH_BY_REGION_NULL : FIND_FRESH_BY_REGION, REGION,
        region);
  }

  /**
   * {@code findByRegion} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the declared {@code maxStaleness} of
   * 30s and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on
   * stale data. A null {@code region} finds the rows where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByRegion(Connection connection, String region) {
    return findFresh(connection, region == null ? FIND_FRESH_BY_REGION_NULL : FIND_FRESH_BY_REGION,
        REGION, region);
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
    return find(FIND_BY_ORDER_COUNT, ORDER_COUNT, orderCount);
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
    return find(connection, FIND_BY_ORDER_COUNT, ORDER_COUNT, orderCount);
  }

  /**
   * {@code findByOrderCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the declared {@code maxStaleness} of 30s and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByOrderCount(long orderCount) {
    return findFresh(FIND_FRESH_BY_ORDER_COUNT, ORDER_COUNT, orderCount);
  }

  /**
   * {@code findByOrderCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the declared {@code maxStaleness} of
   * 30s and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on
   * stale data.
   */
  public Fresh<List<OrderTotals>> findFreshByOrderCount(Connection connection, long orderCount) {
    return findFresh(connection, FIND_FRESH_BY_ORDER_COUNT, ORDER_COUNT, orderCount);
  }

  /**
   * Returns the rows whose column {@code total} equals {@code total}, in no particular order. A
   * null {@code total} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" = ?
   * </pre>
   */
  public List<OrderTotals> findByTotal(BigDecimal total) {
    return find(total == null ? FIND_BY_TOTAL_NULL : FIND_BY_TOTAL, TOTAL, total);
  }

  /**
   * Returns the rows whose column {@code total} equals {@code total}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code total} finds the rows where the column
   * IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total"
   * FROM "public"."order_totals"
   * WHERE "total" = ?
   * </pre>
   */
  public List<OrderTotals> findByTotal(Connection connection, BigDecimal total) {
    return find(connection, total == null ? FIND_BY_TOTAL_NULL : FIND_BY_TOTAL, TOTAL, total);
  }

  /**
   * {@code findByTotal} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the declared {@code maxStaleness} of 30s and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code total} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByTotal(BigDecimal total) {
    return findFresh(total == null ? FIND_FRESH_BY_TOTAL_NULL : FIND_FRESH_BY_TOTAL, TOTAL, total);
  }

  /**
   * {@code findByTotal} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the declared {@code maxStaleness} of
   * 30s and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on
   * stale data. A null {@code total} finds the rows where the column IS NULL.
   */
  public Fresh<List<OrderTotals>> findFreshByTotal(Connection connection, BigDecimal total) {
    return findFresh(connection, total == null ? FIND_FRESH_BY_TOTAL_NULL : FIND_FRESH_BY_TOTAL,
        TOTAL, total);
  }

  /**
   * Reads the current row of {@code row} into a new {@link OrderTotals}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  static OrderTotals map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    RowIdentity rowId = Rows.getRowId(row, 1);
    String region = row.getString(2);
    long orderCount = row.getLong(3);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "order_count", "OrderTotals.orderCount");
    }
    BigDecimal total = Rows.getBigDecimal(row, 4, STREAM_TABLE, "total", "OrderTotals.total");
    return new OrderTotals(rowId, region, orderCount, total);
  }

  /**
   * Checks, once per result set, that each column's type holds its component's values
   * exactly.
   */
  private static void check(ResultSetMetaData columns) throws SQLException {
    ValueKind.ROW_ID.check(columns, 1, STREAM_TABLE, "__pgt_row_id", "OrderTotals.rowId");
    ValueKind.LONG.check(columns, 3, STREAM_TABLE, "order_count", "OrderTotals.orderCount");
    ValueKind.BIG_DECIMAL.check(columns, 4, STREAM_TABLE, "total", "OrderTotals.total");
  }
}
