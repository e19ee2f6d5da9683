package dev.pgtrickle.dao.it.query;

import java.math.BigDecimal;

/** A projection of aggregates over {@code order_lines}, one row per customer. */
public record CustomerSpend(String customer, BigDecimal spent, long orders) {}
