package com.example;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.Declared;
import dev.pgtrickle.dao.runtime.internal.Queries;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only implementation of {@link OrderTotalsQueries},
 * over stream table {@code public.order_totals}, generated from {@link OrderTotals}.
 *
 * <p>Reads on the {@code DataSource} run in a read-only transaction;
 * methods that take a {@link Connection} run on it and leave it open.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
@Named
@Singleton
public final class OrderTotalsQueriesImpl implements OrderTotalsQueries {
  private static final StreamTableName STREAM_TABLE = StreamTableName.of("public", "order_totals");

  private static final String FIND_ALL = "SELECT \"__pgt_row_id\", \"region\", \"order_count\","
      + " \"total\" FROM \"public\".\"order_totals\"";

  private static final String SQL_BIG_ONES =
      "SELECT \"__pgt_row_id\", \"region\", \"order_count\", \"total\" FROM (SELECT *"
      + " FROM order_totals WHERE total > ? AND region <> 'delete') AS q";

  private static final String SQL_IN_REGION =
      "SELECT \"__pgt_row_id\", \"region\", \"order_count\", \"total\" FROM (SELECT *"
      + " FROM order_totals WHERE region = ?) AS q";

  private static final String SQL_ORDER_COUNT_IN =
      "SELECT sum(order_count) FROM order_totals WHERE region = ? OR ? = ''";

  private static final String SQL_ROWS = "SELECT count(*) FROM order_totals";

  private final DataSource dataSource;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public OrderTotalsQueriesImpl(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public List<OrderTotals> findByRegion(String region) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.eq(region)).list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on {@code connection}, which stays open.
   */
  @Override
  public List<OrderTotals> findByRegion(Connection connection, String region) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.eq(region)).list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public Optional<OrderTotals> findFirstByTotalGreaterThanOrderByTotalDesc(BigDecimal total) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.TOTAL.gt(total)).orderBy(OrderTotalsDao.TOTAL.desc()).limit(1)
        .first();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public OrderTotals findByRowId(RowIdentity rowId) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.ROW_ID.eq(rowId)).one();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public List<OrderTotals> findTop3ByRegionInOrderByOrderCountDescRegionAsc(Set<String> regions) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.in(regions)).orderBy(OrderTotalsDao.ORDER_COUNT.desc()
        .then(OrderTotalsDao.REGION.asc())).limit(3).list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public List<OrderTotals> findByRegionIgnoreCaseOrRegionLikeAndOrderCountBetween(String region,
      String pattern, long low, long high) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.ilike(Declared.literalPattern(region))
        .or(OrderTotalsDao.REGION.like(pattern).and(OrderTotalsDao.ORDER_COUNT.between(low, high))))
        .list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public Stream<OrderTotals> streamByTotalIsNotNull() {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.TOTAL.isNotNull()).stream();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public long countByRegionNotIn(List<String> regions) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.in(regions).not()).count();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}
   * on a connection from the {@code DataSource}, in a read-only transaction.
   */
  @Override
  public boolean existsByRegionNot(String region) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, OrderTotalsQueriesImpl::map)
        .where(OrderTotalsDao.REGION.ne(region)).exists();
  }

  /**
   * Runs the method's {@code @Query} in a read-only transaction:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total" FROM (SELECT * FROM
   * order_totals WHERE total &gt; ? AND region &lt;&gt; 'delete') AS q
   * </pre>
   */
  @Override
  public List<OrderTotals> bigOnes(BigDecimal min) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.BIG_DECIMAL, min);
    };
    return Queries.list(dataSource, STREAM_TABLE, SQL_BIG_ONES, binder,
        OrderTotalsQueriesImpl::map);
  }

  /**
   * Runs the method's {@code @Query} in a read-only transaction:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total" FROM (SELECT * FROM
   * order_totals WHERE region = ?) AS q
   * </pre>
   */
  @Override
  public Optional<OrderTotals> inRegion(String region) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.STRING, region);
    };
    return Declared.optional(Queries.list(dataSource, STREAM_TABLE, SQL_IN_REGION, binder,
        OrderTotalsQueriesImpl::map), STREAM_TABLE, SQL_IN_REGION);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT sum(order_count) FROM order_totals WHERE region = ? OR ? = ''
   * </pre>
   */
  @Override
  public Optional<BigDecimal> orderCountIn(Connection connection, String region) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.STRING, region);
      Declared.bind(statement, 2, ValueKind.STRING, region);
    };
    return Declared.optional(Queries.list(connection, STREAM_TABLE, SQL_ORDER_COUNT_IN, binder,
        Declared.firstColumn(ValueKind.BIG_DECIMAL, STREAM_TABLE)), STREAM_TABLE,
        SQL_ORDER_COUNT_IN);
  }

  /**
   * Runs the method's {@code @Query} in a read-only transaction:
   *
   * <pre>
   * SELECT count(*) FROM order_totals
   * </pre>
   */
  @Override
  public long rows() {
    Binder binder = Binder.NONE;
    List<Long> rows = Queries.list(dataSource, STREAM_TABLE, SQL_ROWS, binder,
        Declared.firstColumn(ValueKind.LONG, STREAM_TABLE));
    return Declared.present(Declared.one(rows, STREAM_TABLE, SQL_ROWS), STREAM_TABLE,
        "OrderTotalsQueries.rows");
  }

  /**
   * Reads the current row of {@code row} into a new {@link OrderTotals}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  private static OrderTotals map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    RowIdentity rowId = Rows.getRowId(row, 1);
    String region = row.getString(2);
    long orderCount = row.getLong(3);
    if (row.wasNull()) {
      throw ColumnMappingException.unexpectedNull(STREAM_TABLE, "order_count",
          "OrderTotals.orderCount");
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
