package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a read-only finder interface over the stream table of a {@link StreamTableView} record;
 * the processor generates {@code <Interface>Impl} (nested {@code Outer.Inner} gives {@code
 * Outer_InnerImpl}) in the same package, with a public {@code (DataSource)} constructor carrying
 * the same {@code @Inject} as the DAOs.
 *
 * <pre>{@code
 * @StreamTableRepository(OrderTotals.class)
 * public interface OrderTotalsQueries {
 *   List<OrderTotals> findByRegionOrderByTotalDesc(String region);
 *   Optional<OrderTotals> findFirstByTotalGreaterThan(BigDecimal total);
 *   long countByRegionIn(List<String> regions);
 *
 *   @Query("SELECT * FROM order_totals WHERE total > :min")
 *   List<OrderTotals> big(BigDecimal min);
 * }
 * }</pre>
 *
 * <p>Every abstract method must be a derived finder ({@code find}, {@code stream}, {@code count} or
 * {@code exists}, optionally {@code First} or {@code Top<N>}, then {@code By} and conditions over
 * the record's components, then optionally {@code OrderBy...Asc/Desc}) or carry {@link Query}. A
 * method whose name or SQL would write ({@code save}, {@code delete}, {@code INSERT}, ...) is a
 * compile error: a stream table is written by pg_trickle only. Default and static methods are left
 * alone. A derived finder whose first parameter is a {@code java.sql.Connection} runs on that
 * connection.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamTableRepository {
  /** The {@link StreamTableView} record whose stream table the interface reads. */
  Class<? extends Record> value();
}
