package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Dates and times whose edge values Java cannot hold, in table {@code exact_times}. */
@StreamTableView(name = "exact_times")
public record ExactTimes(
    String k,
    LocalDate day,
    LocalTime clock,
    LocalDateTime local,
    OffsetDateTime stamped,
    Instant instant) {}
