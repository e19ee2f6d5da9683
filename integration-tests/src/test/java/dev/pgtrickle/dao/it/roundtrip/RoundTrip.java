package dev.pgtrickle.dao.it.roundtrip;

import dev.pgtrickle.dao.annotations.Column;
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

/**
 * Every nullable supported type over a table whose schema, name and columns are SQL-hostile:
 * reserved words, mixed case, quotes, {@code $}, a line separator, non-Latin letters.
 */
@StreamTableView(schema = "Sélect \"Schema\"", name = "order \u2028 $Tbl")
public record RoundTrip(
    @Column("Id") long id,
    @Column("select") String text,
    @Column("Flag?") Boolean flag,
    @Column("user") Short small,
    @Column("MixedCase") Integer medium,
    @Column("big\"quote") Long big,
    @Column("réal") Float real,
    @Column("dbl;--") Double dbl,
    @Column("Ämount") BigDecimal amount,
    @Column("huge$") BigInteger huge,
    @Column("day") LocalDate day,
    @Column("time") LocalTime clock,
    @Column("local ts") LocalDateTime local,
    @Column("stamped\u2029") OffsetDateTime stamped,
    @Column("instant") Instant instant,
    @Column("uuid") UUID uuid,
    @Column("bytes/*") byte[] bytes,
    @Column("shade") Shade shade,
    @Column("tags[]") List<String> tags,
    @Column("longs") List<Long> longs,
    @Column("ints") List<Integer> ints) {

  /** Stored as text. */
  public enum Shade {
    LIGHT,
    DARK,
    Mixed_Case
  }
}
