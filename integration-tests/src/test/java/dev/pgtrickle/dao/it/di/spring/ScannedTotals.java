package dev.pgtrickle.dao.it.di.spring;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/**
 * {@code order_totals} again, in a package the build compiles with {@code
 * -Apgtrickle.dao.injection=spring} (see the integration-tests POM), so that {@code
 * ScannedTotalsDao} carries Spring's {@code @Component}.
 */
@StreamTableView(name = "order_totals")
public record ScannedTotals(String region, long orderCount, BigDecimal total) {}
