package dev.pgtrickle.dao.it.docs.querying;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

// tag::repository[]
@StreamTableRepository(OrderTotals.class)
public interface OrderTotalsRepository {
  List<OrderTotals> findByRegionOrderByTotalDesc(String region);

  Optional<OrderTotals> findFirstByTotalGreaterThanOrderByTotalDesc(BigDecimal total);

  List<OrderTotals> findTop3ByRegionInAndTotalIsNotNull(Collection<String> regions);

  List<OrderTotals> findByRegionIgnoreCase(String region);

  Stream<OrderTotals> streamByOrderCountBetween(long low, long high);

  long countByRegionNot(String region);

  boolean existsByRegion(String region);

  @Query("SELECT * FROM order_totals WHERE region = :region AND total > :min")
  List<OrderTotals> bigIn(String region, BigDecimal min);

  @Query("SELECT sum(total) FROM order_totals WHERE region = :region")
  Optional<BigDecimal> totalOf(String region);

  // tag::page-finders[]
  Page<OrderTotals> findByRegionIsNotNullOrderByTotalDescRegionAsc(PageRequest page);

  Page<OrderTotals> findAllOrderByRegion(PageRequest page);

  // end::page-finders[]
  // tag::repository-on[]
  OrderTotalsRepository on(Connection connection); // the same finders on the caller's connection

  // end::repository-on[]

  default List<OrderTotals> east() { // default methods are left alone
    return findByRegionOrderByTotalDesc("East");
  }
}
// end::repository[]
