package com.example;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.Declared;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only implementation of {@link OrderTotalsRepository},
 * over stream table {@code public.order_totals}. Derived finders and {@code StreamTableDao} methods
 * delegate to {@link OrderTotalsDao}; {@code @Query} methods run their statements as written.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
public final class OrderTotalsRepositoryImpl implements OrderTotalsRepository {
  private static final StreamTableName STREAM_TABLE = OrderTotalsDao.STREAM_TABLE;

  private static final String SQL_BIG_ONES =
      "SELECT \"__pgt_row_id\", \"region\", \"order_count\", \"total\" FROM"
      + " order_totals WHERE total > ? AND region <> 'delete'";

  private static final String SQL_IN_REGION =
      "SELECT \"__pgt_row_id\", \"region\", \"order_count\", \"total\" FROM"
      + " order_totals WHERE region = ?";

  private static final String SQL_REGION_TOTALS =
      "SELECT region, total FROM order_totals WHERE total IS NOT NULL ORDER"
      + " BY total DESC";

  private static final String SQL_TOTALS_BY_REGION =
      "SELECT region, sum(total) AS total FROM order_totals GROUP BY region"
      + " ORDER BY 2 DESC";

  private static final String SQL_ORDER_COUNT_IN =
      "SELECT sum(order_count) FROM order_totals WHERE region = ? OR ? = ''";

  private static final String SQL_ROWS = "SELECT count(*) FROM order_totals";

  private final StreamTableDao<OrderTotals> dao;

  private final ConnectionSource source;

  /**
   * Creates a repository reading through {@code dataSource}, with a new {@link OrderTotalsDao}.
   */
  @Inject
  public OrderTotalsRepositoryImpl(DataSource dataSource) {
    this(new OrderTotalsDao(dataSource), ConnectionSource.of(dataSource));
  }

  private OrderTotalsRepositoryImpl(StreamTableDao<OrderTotals> dao, ConnectionSource source) {
    this.dao = dao;
    this.source = source;
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public StreamTableName streamTable() {
    return this.dao.streamTable();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public Optional<Duration> maxStaleness() {
    return this.dao.maxStaleness();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public List<OrderTotals> findAll() {
    return this.dao.findAll();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public List<OrderTotals> findAll(Sort<OrderTotals> sort) {
    return this.dao.findAll(sort);
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public Stream<OrderTotals> streamAll() {
    return this.dao.streamAll();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public long count() {
    return this.dao.count();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public Freshness freshness() {
    return this.dao.freshness();
  }

  /**
   * Delegates to {@link OrderTotalsDao}.
   */
  @Override
  public Select<OrderTotals> query() {
    return this.dao.query();
  }

  /**
   * This repository reading on {@code connection}: every read runs on it, inside the caller's
   * transaction, and leaves it open.
   */
  @Override
  public OrderTotalsRepository on(Connection connection) {
    Objects.requireNonNull(connection, "connection");
    return new OrderTotalsRepositoryImpl(this.dao.on(connection), this.source.on(connection));
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public List<OrderTotals> findByRegion(String region) {
    return dao.query().where((region == null ? OrderTotalsDao.REGION.isNull()
        : OrderTotalsDao.REGION.eq(region))).list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public List<OrderTotals> findAllByOrderByTotalDesc() {
    return dao.query().orderBy(OrderTotalsDao.TOTAL.desc()).list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public Optional<OrderTotals> findFirstByTotalGreaterThanOrderByTotalDesc(BigDecimal total) {
    return dao.query().where(OrderTotalsDao.TOTAL.gt(total)).orderBy(OrderTotalsDao.TOTAL.desc())
        .limit(1).first();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public OrderTotals findByRowId(RowIdentity rowId) {
    return dao.query().where(OrderTotalsDao.ROW_ID.eq(rowId)).one();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public List<OrderTotals> findTop3ByRegionInOrderByOrderCountDescRegionAsc(Set<String> regions) {
    return dao.query().where(OrderTotalsDao.REGION.in(regions))
        .orderBy(OrderTotalsDao.ORDER_COUNT.desc().then(OrderTotalsDao.REGION.asc())).limit(3)
        .list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public List<OrderTotals> findByRegionIgnoreCaseOrRegionLikeAndOrderCountBetween(String region,
      String pattern, long low, long high) {
    return dao.query().where((region == null ? OrderTotalsDao.REGION.isNull()
        : OrderTotalsDao.REGION.ilike(Declared.literalPattern(region)))
        .or(OrderTotalsDao.REGION.like(pattern).and(OrderTotalsDao.ORDER_COUNT.between(low, high))))
        .list();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public Stream<OrderTotals> streamByTotalIsNotNull() {
    return dao.query().where(OrderTotalsDao.TOTAL.isNotNull()).stream();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public long countByRegionNotIn(List<String> regions) {
    return dao.query().where(OrderTotalsDao.REGION.in(regions).not()).count();
  }

  /**
   * Derived from the method's name: a typed query on {@code order_totals}.
   */
  @Override
  public boolean existsByRegionNot(String region) {
    return dao.query().where((region == null ? OrderTotalsDao.REGION.isNotNull()
        : OrderTotalsDao.REGION.ne(region))).exists();
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total" FROM order_totals WHERE total
   * &gt; ? AND region &lt;&gt; 'delete'
   * </pre>
   */
  @Override
  public List<OrderTotals> bigOnes(BigDecimal min) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.BIG_DECIMAL, min);
    };
    return Queries.list(source, STREAM_TABLE, SQL_BIG_ONES, binder, OrderTotalsDao::map);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "region", "order_count", "total" FROM order_totals WHERE
   * region = ?
   * </pre>
   */
  @Override
  public Optional<OrderTotals> inRegion(String region) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.STRING, region);
    };
    return Declared.optional(Queries.list(source, STREAM_TABLE, SQL_IN_REGION, binder,
        OrderTotalsDao::map), STREAM_TABLE, SQL_IN_REGION);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT region, total FROM order_totals WHERE total IS NOT NULL ORDER BY total DESC
   * </pre>
   */
  @Override
  public List<OrderTotalsRepository.RegionTotal> regionTotals() {
    Binder binder = Binder.NONE;
    return Queries.list(source, STREAM_TABLE, SQL_REGION_TOTALS, binder,
        OrderTotalsRepositoryImpl::mapRegionTotal);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT region, sum(total) AS total FROM order_totals GROUP BY region ORDER BY 2 DESC
   * </pre>
   */
  @Override
  public Stream<OrderTotalsRepository.RegionTotal> totalsByRegion() {
    Binder binder = Binder.NONE;
    return Queries.stream(source, STREAM_TABLE, SQL_TOTALS_BY_REGION, binder,
        OrderTotalsRepositoryImpl::mapRegionTotal);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT sum(order_count) FROM order_totals WHERE region = ? OR ? = ''
   * </pre>
   */
  @Override
  public Optional<BigDecimal> orderCountIn(String region) {
    Binder binder = statement -> {
      Declared.bind(statement, 1, ValueKind.STRING, region);
      Declared.bind(statement, 2, ValueKind.STRING, region);
    };
    return Declared.optional(Queries.list(source, STREAM_TABLE, SQL_ORDER_COUNT_IN, binder,
        Declared.firstColumn(ValueKind.BIG_DECIMAL, STREAM_TABLE)), STREAM_TABLE,
        SQL_ORDER_COUNT_IN);
  }

  /**
   * Runs the method's {@code @Query}:
   *
   * <pre>
   * SELECT count(*) FROM order_totals
   * </pre>
   */
  @Override
  public long rows() {
    Binder binder = Binder.NONE;
    List<Long> rows = Queries.list(source, STREAM_TABLE, SQL_ROWS, binder,
        Declared.firstColumn(ValueKind.LONG, STREAM_TABLE));
    return Declared.present(Declared.one(rows, STREAM_TABLE, SQL_ROWS), STREAM_TABLE,
        "OrderTotalsRepository.rows");
  }

  /**
   * Reads the current row of {@code row} into a new {@link OrderTotalsRepository.RegionTotal}, each column by its
   * position in the {@code @Query}'s select list, which the processor checked.
   */
  private static OrderTotalsRepository.RegionTotal mapRegionTotal(ResultSet row) throws
      SQLException {
    if (Rows.firstRow(row)) {
      checkRegionTotal(row.getMetaData());
    }
    String region = row.getString(1);
    BigDecimal total = Rows.getBigDecimal(row, 2, STREAM_TABLE, "total",
        "OrderTotalsRepository.RegionTotal.total");
    return new OrderTotalsRepository.RegionTotal(region, total);
  }

  /**
   * Checks, once per result set, that each column's type holds its component's values
   * exactly.
   */
  private static void checkRegionTotal(ResultSetMetaData columns) throws SQLException {
    ValueKind.BIG_DECIMAL.check(columns, 2, STREAM_TABLE, "total",
        "OrderTotalsRepository.RegionTotal.total");
  }
}
