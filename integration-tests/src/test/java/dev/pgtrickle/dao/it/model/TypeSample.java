package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One component of every supported type, over a stream table of matching PostgreSQL types. */
@StreamTableView(name = "type_samples_st")
public record TypeSample(
    long id,
    String text,
    boolean flag,
    Boolean maybeFlag,
    short small,
    Short maybeSmall,
    int medium,
    Integer maybeMedium,
    Long maybeBig,
    float real,
    Float maybeReal,
    double dbl,
    Double maybeDbl,
    BigDecimal amount,
    BigInteger huge,
    LocalDate day,
    LocalTime clock,
    LocalDateTime local,
    OffsetDateTime stamped,
    Instant instant,
    UUID uuid,
    byte[] bytes,
    Shade shade,
    List<String> tags,
    List<Long> longs,
    List<Integer> ints) {

  /** Stored as text. */
  public enum Shade {
    LIGHT,
    DARK
  }
}
