package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numerics that Java cannot hold ({@code NaN}, {@code Infinity}), in table {@code exact_decimal}.
 */
@StreamTableView(name = "exact_decimal")
public record ExactDecimal(String k, BigDecimal v, BigInteger w) {}
