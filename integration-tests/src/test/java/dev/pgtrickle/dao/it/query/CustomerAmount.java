package dev.pgtrickle.dao.it.query;

import java.math.BigDecimal;

/**
 * A second, smaller record over stream table {@code order_lines}: two of {@link OrderLine}'s
 * columns, read by {@code @Query} methods of {@link OrderLineRepository}. It needs no annotation;
 * the processor matches its components to the query's select list by name, in order.
 */
public record CustomerAmount(String customer, BigDecimal amount) {}
