package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The seed guide's {@code daily_revenue}: revenue per day. */
@StreamTableView
public record DailyRevenue(LocalDate day, BigDecimal revenue) {}
