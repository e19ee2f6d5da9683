package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.Instant;

/** A large FULL-mode stream table for cursor tests. */
@StreamTableView(name = "big_series")
public record BigSeries(long id, String label, BigDecimal amount, Instant at) {}
