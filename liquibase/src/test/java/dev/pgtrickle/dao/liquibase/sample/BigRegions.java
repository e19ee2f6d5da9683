package dev.pgtrickle.dao.liquibase.sample;

import dev.pgtrickle.dao.annotations.StreamTableDefinition;
import dev.pgtrickle.dao.annotations.StreamTableDefinition.RefreshMode;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

/** A stream table over another stream table: created after it, dropped before it. */
@StreamTableView(schema = "app")
@StreamTableDefinition(
    query = "SELECT t.region, t.total FROM app.region_totals t WHERE t.total >= 100",
    refreshMode = RefreshMode.FULL,
    targetFreshness = "30 seconds")
public record BigRegions(String region, BigDecimal total) {}
