package com.example;

import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Every DAO generated in package {@code com.example}, for code without a
 * dependency-injection container: {@code StreamTableDaos.create(dataSource)}
 * creates one of each, all reading through the same {@link DataSource}. With a
 * container, inject the DAOs themselves instead.
 *
 * <p>Thread-safe and immutable, like the DAOs it holds. Written by an aggregating
 * processor, apart from the isolating one that writes the DAOs, because it
 * depends on every {@code @StreamTableView} record of the package.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableDaosProcessor")
public final class StreamTableDaos {
  private final AllTypesDao allTypesDao;

  private final OrderTotalsDao orderTotalsDao;

  private final Shop_OrderDao shop_OrderDao;

  private StreamTableDaos(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    this.allTypesDao = new AllTypesDao(dataSource);
    this.orderTotalsDao = new OrderTotalsDao(dataSource);
    this.shop_OrderDao = new Shop_OrderDao(dataSource);
  }

  /**
   * Creates every DAO of this package, reading through {@code dataSource}.
   *
   * @param dataSource the data source every DAO reads through
   * @return the DAOs
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static StreamTableDaos create(DataSource dataSource) {
    return new StreamTableDaos(dataSource);
  }

  /**
   * Returns the DAO generated from {@link AllTypes}.
   */
  public AllTypesDao allTypesDao() {
    return allTypesDao;
  }

  /**
   * Returns the DAO generated from {@link OrderTotals}.
   */
  public OrderTotalsDao orderTotalsDao() {
    return orderTotalsDao;
  }

  /**
   * Returns the DAO generated from {@link Shop.Order}.
   */
  public Shop_OrderDao shop_OrderDao() {
    return shop_OrderDao;
  }

  /**
   * Returns every DAO of this package, in the order of their names.
   */
  public List<StreamTableDao<?>> all() {
    return List.of(allTypesDao, orderTotalsDao, shop_OrderDao);
  }
}
