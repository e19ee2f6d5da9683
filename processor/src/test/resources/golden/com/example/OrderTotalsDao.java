package com.example;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.RowIdentity;
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
import java.time.Duration;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code public.order_totals}, generated from {@link OrderTotals}:
 * pg_trickle alone writes a stream table, so to change these rows, write to the source
 * tables of its defining query. {@code findAll}, {@code streamAll} and {@code query} read
 *
 * <pre>
 * SELECT "__pgt_row_id", "region", "order_count", "total"
 * FROM "public"."order_totals"
 * </pre>
 *
 * <p>Every read is inherited from {@link AbstractStreamTableDao}: look rows up with
 * {@code query().where(...)}, read fresh with {@code query().listFresh()}, and on your
 * own connection with {@code on(connection)}. Thread-safe.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
public final class OrderTotalsDao extends AbstractStreamTableDao<OrderTotals> {
  /**
   * The stream table this DAO reads: {@code public.order_totals}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "order_totals");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link OrderTotals#rowId()}.
   */
  public static final Column<OrderTotals, RowIdentity> ROW_ID =
      Columns.<OrderTotals>ofRowId("__pgt_row_id");

  /**
   * Column {@code region}, read into {@link OrderTotals#region()}.
   */
  public static final TextColumn<OrderTotals> REGION = Columns.<OrderTotals>ofString("region");

  /**
   * Column {@code order_count}, read into {@link OrderTotals#orderCount()}.
   */
  public static final NumberColumn<OrderTotals, Long, BigDecimal, BigDecimal> ORDER_COUNT =
      Columns.<OrderTotals>ofLong("order_count");

  /**
   * Column {@code total}, read into {@link OrderTotals#total()}.
   */
  public static final NumberColumn<OrderTotals, BigDecimal, BigDecimal, BigDecimal> TOTAL =
      Columns.<OrderTotals>ofBigDecimal("total");

  private static final String FIND_ALL = "SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\"";

  private static final String COUNT = "SELECT count(*) FROM \"public\".\"order_totals\"";

  private static final String FIND_ALL_FRESH = FreshSql.HEAD + "'public'" + FreshSql.NAME_IS
      + "'order_totals'" + FreshSql.DATA_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  /**
   * The staleness budget declared with {@code maxStaleness = "30s"}.
   */
  private static final Duration MAX_STALENESS = Duration.ofSeconds(30);

  private static final String RUNTIME_VERSION = "0.1.0-SNAPSHOT";

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public OrderTotalsDao(DataSource dataSource) {
    super(RUNTIME_VERSION, dataSource, STREAM_TABLE, FIND_ALL, COUNT, FIND_ALL_FRESH, MAX_STALENESS,
        OrderTotalsDao::map);
  }

  /**
   * Reads the current row of {@code row} into a new {@link OrderTotals}, by column position.
   */
  static OrderTotals map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    RowIdentity rowId = Rows.getRowId(row, 1);
    String region = row.getString(2);
    long orderCount = row.getLong(3);
    Rows.notNull(row, STREAM_TABLE, "order_count", "OrderTotals.orderCount");
    BigDecimal total = Rows.getBigDecimal(row, 4, STREAM_TABLE, "total", "OrderTotals.total");
    return new OrderTotals(rowId, region, orderCount, total);
  }

  /**
   * Checks, once per result set, that each column holds its component's values.
   */
  private static void check(ResultSetMetaData columns) throws SQLException {
    ValueKind.ROW_ID.check(columns, 1, STREAM_TABLE, "__pgt_row_id", "OrderTotals.rowId");
    ValueKind.LONG.check(columns, 3, STREAM_TABLE, "order_count", "OrderTotals.orderCount");
    ValueKind.BIG_DECIMAL.check(columns, 4, STREAM_TABLE, "total", "OrderTotals.total");
  }
}
