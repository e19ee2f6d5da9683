package dev.pgtrickle.dao.it.roundtrip;

import dev.pgtrickle.dao.annotations.ColumnName;
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
    @ColumnName("Id") long id,
    @ColumnName("select") String text,
    @ColumnName("Flag?") Boolean flag,
    @ColumnName("user") Short small,
    @ColumnName("MixedCase") Integer medium,
    @ColumnName("big\"quote") Long big,
    @ColumnName("réal") Float real,
    @ColumnName("dbl;--") Double dbl,
    @ColumnName("Ämount") BigDecimal amount,
    @ColumnName("huge$") BigInteger huge,
    @ColumnName("day") LocalDate day,
    @ColumnName("time") LocalTime clock,
    @ColumnName("local ts") LocalDateTime local,
    @ColumnName("stamped\u2029") OffsetDateTime stamped,
    @ColumnName("instant") Instant instant,
    @ColumnName("uuid") UUID uuid,
    @ColumnName("bytes/*") byte[] bytes,
    @ColumnName("shade") Shade shade,
    @ColumnName("tags[]") List<String> tags,
    @ColumnName("longs") List<Long> longs,
    @ColumnName("ints") List<Integer> ints) {

  /** Stored as text. */
  public enum Shade {
    LIGHT,
    DARK,
    Mixed_Case
  }
}
