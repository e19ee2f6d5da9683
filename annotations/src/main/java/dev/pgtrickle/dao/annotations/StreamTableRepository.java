package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a read-only repository over the stream table of a {@link StreamTableView} record; the
 * processor generates {@code <Interface>Impl} (nested {@code Outer.Inner} gives {@code
 * Outer_InnerImpl}) in the same package, with a public {@code (DataSource)} constructor carrying
 * the same {@code @Inject} as the DAOs. The implementation delegates to the record's generated DAO:
 * its column constants, its mapper and its typed queries.
 *
 * <pre>{@code
 * @StreamTableRepository(OrderTotals.class)
 * public interface OrderTotalsRepository extends StreamTableDao<OrderTotals> {
 *   OrderTotalsRepository on(Connection connection);
 *   List<OrderTotals> findByRegionOrderByTotalDesc(String region);
 *   List<OrderTotals> findAllByOrderByTotalDesc();
 *   long countByRegionIn(List<String> regions);
 *
 *   @Query("SELECT * FROM order_totals WHERE total > :min ORDER BY total DESC")
 *   List<OrderTotals> big(BigDecimal min);
 * }
 * }</pre>
 *
 * <p>Every abstract method must be a derived finder ({@code find}, {@code stream}, {@code count} or
 * {@code exists}, optionally {@code First}, {@code Top<N>} or {@code All}, then {@code By} and
 * conditions over the record's components, then optionally {@code OrderBy...Asc/Desc}; {@code
 * findAllByOrderBy...} orders without a condition) or carry {@link Query}. A {@code null} argument
 * of an equality or {@code Not} condition means {@code IS NULL} or {@code IS NOT NULL}, as in
 * Spring Data. A method whose name or SQL would write ({@code save}, {@code delete}, {@code
 * INSERT}, ...) is a compile error: a stream table is written by pg_trickle only. Default and
 * static methods are left alone.
 *
 * <p>Methods take no {@code java.sql.Connection}: declare {@code X on(Connection connection)},
 * returning the interface itself, and {@code repository.on(connection)} is the same repository with
 * every read on that connection, inside the caller's transaction, which it leaves open. An
 * interface that extends {@code StreamTableDao<R>} gets every DAO method, implemented by the DAO.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamTableRepository {
  /** The {@link StreamTableView} record whose stream table the interface reads. */
  Class<? extends Record> value();
}
