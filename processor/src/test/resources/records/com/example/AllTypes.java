package com.example;

import com.example.status.Status;
import dev.pgtrickle.dao.annotations.RowId;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.RowIdentity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@StreamTableView(schema = "reporting")
public record AllTypes(
    @RowId RowIdentity rowId,
    String text,
    boolean flag,
    short small,
    int count,
    long big,
    float ratio,
    double score,
    Boolean maybeFlag,
    Short maybeSmall,
    Integer maybeCount,
    Long maybeBig,
    Float maybeRatio,
    Double maybeScore,
    BigDecimal amount,
    BigInteger huge,
    LocalDate day,
    LocalTime time,
    LocalDateTime localAt,
    OffsetDateTime offsetAt,
    Instant at,
    UUID id,
    byte[] payload,
    Status status,
    List<String> tags,
    List<Long> ids,
    List<Integer> ranks) {}
