package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import java.math.BigDecimal;
import java.util.List;

/** A declared finder interface over {@code order_totals}, for the dependency-injection tests. */
@StreamTableRepository(OrderTotals.class)
public interface OrderTotalsRepository {
  List<OrderTotals> findByRegion(String region);

  long countByOrderCountGreaterThan(long orderCount);

  @Query(
      "SELECT region, order_count, total FROM public.order_totals WHERE total > :min"
          + " ORDER BY total DESC")
  List<OrderTotals> totalsAbove(BigDecimal min);
}
