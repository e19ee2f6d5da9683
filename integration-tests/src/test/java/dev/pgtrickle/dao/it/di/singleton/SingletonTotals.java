package dev.pgtrickle.dao.it.di.singleton;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/**
 * {@code order_totals} again, in a package the build compiles with {@code
 * -Apgtrickle.dao.injection=jakarta -Apgtrickle.dao.scope=singleton} (see the integration-tests
 * POM), so that {@code SingletonTotalsDao} carries {@code @Singleton}.
 */
@StreamTableView(name = "order_totals")
public record SingletonTotals(String region, long orderCount, BigDecimal total) {}
