package com.example;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@StreamTableRepository(OrderTotals.class)
public interface OrderTotalsRepository extends StreamTableDao<OrderTotals> {
  /** A smaller record over the same stream table. */
  record RegionTotal(String region, BigDecimal total) {}

  OrderTotalsRepository on(Connection connection);

  List<OrderTotals> findByRegion(String region);

  List<OrderTotals> findAllByOrderByTotalDesc();

  Optional<OrderTotals> findFirstByTotalGreaterThanOrderByTotalDesc(BigDecimal total);

  OrderTotals findByRowId(RowIdentity rowId);

  List<OrderTotals> findTop3ByRegionInOrderByOrderCountDescRegionAsc(Set<String> regions);

  List<OrderTotals> findByRegionIgnoreCaseOrRegionLikeAndOrderCountBetween(
      String region, String pattern, long low, long high);

  Stream<OrderTotals> streamByTotalIsNotNull();

  long countByRegionNotIn(List<String> regions);

  boolean existsByRegionNot(String region);

  @Query("SELECT * FROM order_totals WHERE total > :min AND region <> 'delete' -- :ignored\n")
  List<OrderTotals> bigOnes(BigDecimal min);

  @Query("SELECT * FROM order_totals WHERE region = :region")
  Optional<OrderTotals> inRegion(String region);

  @Query("SELECT region, total FROM order_totals WHERE total IS NOT NULL ORDER BY total DESC")
  List<RegionTotal> regionTotals();

  @Query("SELECT region, sum(total) AS total FROM order_totals GROUP BY region ORDER BY 2 DESC")
  Stream<RegionTotal> totalsByRegion();

  @Query("SELECT sum(order_count) FROM order_totals WHERE region = :region OR :region = ''")
  Optional<BigDecimal> orderCountIn(String region);

  @Query("SELECT count(*) FROM order_totals")
  long rows();

  default List<OrderTotals> north() {
    return findByRegion("north");
  }
}
