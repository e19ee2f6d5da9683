package com.example;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@StreamTableRepository(OrderTotals.class)
public interface OrderTotalsQueries {
  List<OrderTotals> findByRegion(String region);

  List<OrderTotals> findByRegion(Connection connection, String region);

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

  @Query("SELECT sum(order_count) FROM order_totals WHERE region = :region OR :region = ''")
  Optional<BigDecimal> orderCountIn(Connection connection, String region);

  @Query("SELECT count(*) FROM order_totals")
  long rows();

  default List<OrderTotals> north() {
    return findByRegion("north");
  }
}
