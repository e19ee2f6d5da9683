package dev.pgtrickle.dao.it.query;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A repository with derived finders and {@code @Query} methods over {@code order_lines}. It extends
 * {@link StreamTableDao}, so it also offers every DAO method, by delegation to {@code
 * OrderLineDao}.
 */
@StreamTableRepository(OrderLine.class)
public interface OrderLineRepository extends StreamTableDao<OrderLine> {
  List<OrderLine> findByCustomerOrderByIdAsc(String customer);

  /** This repository reading on the caller's connection. */
  @Override
  OrderLineRepository on(Connection connection);

  /** Null means IS NULL, as in Spring Data. */
  List<OrderLine> findByRegionOrderByIdAsc(String region);

  /** Spring Data's spelling of an ordering with no condition. */
  List<OrderLine> findAllByOrderByAmountDescIdAsc();

  /** A null bound with = matches nothing: SQL compares nothing with NULL. */
  @Query("SELECT * FROM order_lines WHERE region = :region ORDER BY id")
  List<OrderLine> inRegionEquals(String region);

  /** IS NOT DISTINCT FROM gives a null value IS NULL semantics. */
  @Query("SELECT * FROM order_lines WHERE region IS NOT DISTINCT FROM :region ORDER BY id")
  List<OrderLine> inRegionOrNull(String region);

  /** Runs as written: the ORDER BY is the statement's own. */
  @Query("SELECT * FROM order_lines ORDER BY amount DESC NULLS LAST, id")
  List<OrderLine> byAmount();

  // tag::projection[]
  @Query(
      "SELECT customer, amount FROM order_lines WHERE amount IS NOT NULL"
          + " ORDER BY amount DESC, id")
  List<CustomerAmount> largestAmounts();

  // end::projection[]

  @Query("SELECT customer, amount FROM order_lines WHERE id = :id")
  Optional<CustomerAmount> amountOf(long id);

  @Query(
      "SELECT customer, sum(amount) AS spent, count(*) AS orders FROM order_lines"
          + " GROUP BY customer ORDER BY spent DESC NULLS LAST, customer")
  Stream<CustomerSpend> spendByCustomer();

  @Query("SELECT customer, count(*) AS orders FROM order_lines GROUP BY customer")
  List<CustomerOrders> ordersAsInt();

  /** What the connection says, to tell the caller's connection from the pool's. */
  @Query("SELECT current_setting('application_name')")
  String applicationName();

  List<OrderLine> findByCustomer(String customer);

  List<OrderLine> findByRegionAndAmountGreaterThanOrderByIdAsc(String region, BigDecimal amount);

  List<OrderLine> findByRegionOrAmountIsNullOrderByIdAsc(String region);

  List<OrderLine> findByAmountGreaterThanEqualAndAmountLessThanEqualOrderByIdAsc(
      BigDecimal low, BigDecimal high);

  List<OrderLine> findByAmountLessThanOrderByIdAsc(BigDecimal amount);

  List<OrderLine> findByAmountBetweenOrderByIdAsc(BigDecimal low, BigDecimal high);

  List<OrderLine> findByRegionInOrderByIdAsc(Collection<String> regions);

  List<OrderLine> findByRegionNotInOrderByIdAsc(List<String> regions);

  List<OrderLine> findByCustomerLikeOrderByIdAsc(String pattern);

  List<OrderLine> findByRegionIgnoreCaseOrderByIdAsc(String region);

  List<OrderLine> findByRegionLikeIgnoreCaseOrderByIdAsc(String pattern);

  List<OrderLine> findByRegionIsNull();

  List<OrderLine> findByRegionIsNotNullOrderByRegionDescIdAsc();

  List<OrderLine> findByRegionNotOrderByIdAsc(String region);

  Optional<OrderLine> findFirstByCustomerOrderByAmountDesc(String customer);

  List<OrderLine> findTop2ByAmountIsNotNullOrderByAmountDesc();

  OrderLine findById(long id);

  Optional<OrderLine> findByCustomerAndRegion(String customer, String region);

  Stream<OrderLine> streamByCustomerOrderByIdAsc(String customer);

  long countByRegion(String region);

  Page<OrderLine> findByRegionOrderByAmountDescIdAsc(String region, PageRequest page);

  Page<OrderLine> findAllOrderByOrderedAtDescId(PageRequest page);

  boolean existsByCustomer(String customer);

  @Query("SELECT * FROM order_lines WHERE region = :region AND amount > :min ORDER BY id")
  List<OrderLine> inRegionAbove(String region, BigDecimal min);

  @Query("SELECT id, customer, region, amount, ordered_at FROM order_lines WHERE id = :id")
  Optional<OrderLine> byId(long id);

  @Query("SELECT * FROM order_lines WHERE customer = :customer")
  OrderLine onlyOrderOf(String customer);

  @Query("SELECT * FROM order_lines ORDER BY id")
  Stream<OrderLine> everyLine();

  @Query("SELECT sum(amount) FROM order_lines WHERE customer = :customer")
  Optional<BigDecimal> spentBy(String customer);

  @Query("SELECT count(*) FROM order_lines WHERE region = :region OR :region = 'any'")
  long linesIn(String region);

  /** Calls a function that writes: the read-only transaction must stop it. */
  @Query("SELECT write_attempt()")
  long sneakyCount();

  /**
   * Counts the lines only when the statement runs in a read-only transaction; the statement ends in
   * a line comment, which must not swallow what the runtime sends after it.
   */
  @Query(
      "SELECT count(*) FROM order_lines"
          + " WHERE current_setting('transaction_read_only') = 'on' -- counted read-only")
  long linesSeenReadOnly();

  default List<OrderLine> ofAlice() {
    return findByCustomerOrderByIdAsc("alice");
  }
}
