package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.TypedSelect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SelectExecutionTest {
  record Row(String region, long total) {}

  static final TextColumn<Row> REGION = Columns.ofString("region");
  static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Columns.ofLong("total");
  static final NumberColumn<Row, Integer, Long, BigDecimal> QTY = Columns.ofInteger("qty");
  static final NumberColumn<Row, Float, Float, Double> SHARE = Columns.ofFloat("share");

  static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  static final String SELECT = "SELECT \"region\", \"total\" FROM \"public\".\"rows\"";

  private final FakeJdbc jdbc = new FakeJdbc();
  private final Select<Row> all =
      TypedSelect.from(
          ConnectionSource.of(jdbc.dataSource()),
          TABLE,
          SELECT,
          row -> new Row(row.getString(1), row.getLong(2)));

  @Test
  void listBindsTheValuesThenTheLimitThenTheOffsetAndClosesEverything() {
    jdbc.returning(new Object[] {"north", 5L}, new Object[] {"south", 7L});
    List<Row> rows =
        all.where(REGION.ne("east").and(TOTAL.ge(5L)))
            .orderBy(TOTAL.asc())
            .limit(10)
            .offset(2)
            .list();
    assertEquals(List.of(new Row("north", 5), new Row("south", 7)), rows);
    assertEquals(
        List.of(
            SELECT
                + " WHERE \"region\" <> ? AND \"total\" >= ? ORDER BY \"total\" ASC"
                + " LIMIT ? OFFSET ?"),
        jdbc.prepared());
    assertEquals(
        List.of("setString(1, east)", "setLong(2, 5)", "setLong(3, 10)", "setLong(4, 2)"),
        jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void inBindsTheValuesAsOneTypedArray() {
    all.where(REGION.in("a", "b")).list();
    assertEquals(List.of("setArray(1, text[a, b] as String[])"), jdbc.binds());
  }

  @Test
  void firstAddsLimitOneAndKeepsASmallerLimit() {
    jdbc.returning(new Object[] {"north", 5L});
    assertEquals(Optional.of(new Row("north", 5)), all.orderBy(TOTAL.desc()).first());
    assertEquals(SELECT + " ORDER BY \"total\" DESC LIMIT ?", jdbc.prepared().get(0));
    assertEquals(List.of("setLong(1, 1)"), jdbc.binds());
    assertEquals(Optional.empty(), all.limit(0).first());
    assertEquals("setLong(1, 0)", jdbc.binds().get(1));
  }

  @Test
  void oneReturnsTheOnlyRow() {
    jdbc.returning(new Object[] {"north", 5L});
    assertEquals(new Row("north", 5), all.where(REGION.eq("north")).one());
    assertEquals(List.of("setString(1, north)", "setLong(2, 2)"), jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void oneWithoutRowsNamesTheTableTheSqlAndTheCount() {
    StreamTableException e =
        assertThrows(StreamTableException.class, () -> all.where(TOTAL.gt(9L)).one());
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, e.reason());
    assertTrue(e.getMessage().contains("selects none"), e.getMessage());
    assertEquals(TABLE, e.streamTable());
    assertEquals(Optional.of(SELECT + " WHERE \"total\" > ? LIMIT ?"), e.sql());
    assertTrue(e.getMessage().contains("exactly one row"), e.getMessage());
    assertTrue(e.getMessage().contains("public.rows"), e.getMessage());
    assertTrue(e.getMessage().contains("selects none"), e.getMessage());
    assertEquals(0, jdbc.open());
  }

  @Test
  void oneWithSeveralRowsCountsThemOnTheSameConnection() {
    jdbc.returning(new Object[] {"a", 1L}, new Object[] {"b", 2L}).returning(new Object[] {5L});
    StreamTableException e =
        assertThrows(StreamTableException.class, () -> all.where(TOTAL.gt(0L)).one());
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, e.reason());
    assertTrue(e.getMessage().contains("selects 5 rows"), e.getMessage());
    assertTrue(e.getMessage().contains("selects 5 rows"), e.getMessage());
    assertEquals(
        List.of(
            SELECT + " WHERE \"total\" > ? LIMIT ?",
            "SELECT count(*) FROM (" + SELECT + " WHERE \"total\" > ?) AS q"),
        jdbc.prepared());
    assertEquals(List.of("setLong(1, 0)", "setLong(2, 2)", "setLong(1, 0)"), jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void optionalAcceptsNoRowButNotSeveral() {
    assertEquals(Optional.empty(), all.optional());
    jdbc.returning(new Object[] {"a", 1L}, new Object[] {"b", 2L}).returning(new Object[] {2L});
    StreamTableException e = assertThrows(StreamTableException.class, all::optional);
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, e.reason());
    assertTrue(e.getMessage().contains("selects 2 rows"), e.getMessage());
    assertTrue(e.getMessage().contains("at most one row"), e.getMessage());
  }

  @Test
  void countExistsAndAggregatesReadTheirTypedValue() {
    jdbc.returning(new Object[] {3L})
        .returning(new Object[] {true})
        .returning(new Object[] {new BigDecimal("12")})
        .returning(new Object[] {12L})
        .returning(new Object[] {new BigDecimal("1.5")})
        .returning(new Object[] {0.25f})
        .returning(new Object[] {0.125d})
        .returning(new Object[] {7L})
        .returning(new Object[] {"a"})
        .returning(new Object[] {2L});
    assertEquals(3, all.count());
    assertTrue(all.exists());
    Optional<BigDecimal> sumOfLongs = all.sum(TOTAL);
    assertEquals(Optional.of(new BigDecimal("12")), sumOfLongs);
    Optional<Long> sumOfInts = all.sum(QTY);
    assertEquals(Optional.of(12L), sumOfInts);
    Optional<BigDecimal> avgOfInts = all.avg(QTY);
    assertEquals(Optional.of(new BigDecimal("1.5")), avgOfInts);
    Optional<Float> sumOfFloats = all.sum(SHARE);
    assertEquals(Optional.of(0.25f), sumOfFloats);
    Optional<Double> avgOfFloats = all.avg(SHARE);
    assertEquals(Optional.of(0.125d), avgOfFloats);
    Optional<Long> max = all.max(TOTAL);
    assertEquals(Optional.of(7L), max);
    Optional<String> min = all.min(REGION);
    assertEquals(Optional.of("a"), min);
    assertEquals(2, all.count(REGION));
    assertEquals(0, jdbc.open());
  }

  @Test
  void aggregatesOverNoValuesAreEmpty() {
    jdbc.returning(new Object[] {null})
        .returning(new Object[] {null})
        .returning(new Object[] {null});
    assertEquals(Optional.empty(), all.sum(QTY));
    assertEquals(Optional.empty(), all.avg(TOTAL));
    assertEquals(Optional.empty(), all.min(REGION));
  }

  @Test
  void aggregatesBindTheConditionAndTheLimit() {
    jdbc.returning(new Object[] {1L});
    all.where(REGION.eq("x")).orderBy(TOTAL.desc()).limit(3).sum(QTY);
    assertEquals(
        List.of(
            "SELECT sum(\"qty\") FROM ("
                + SELECT
                + " WHERE \"region\" = ? ORDER BY \"total\" DESC LIMIT ?) AS q"),
        jdbc.prepared());
    assertEquals(List.of("setString(1, x)", "setLong(2, 3)"), jdbc.binds());
  }

  @Test
  void driverFailuresNameTheTableTheSqlAndTheSqlStateAndReleaseTheConnection() {
    jdbc.failing(new SQLException("permission denied for table rows", "42501"));
    StreamTableException e =
        assertThrows(StreamTableException.class, () -> all.where(TOTAL.gt(1L)).count());
    assertEquals(TABLE, e.streamTable());
    assertEquals(Optional.of("42501"), e.sqlState());
    assertEquals(
        Optional.of("SELECT count(*) FROM (" + SELECT + " WHERE \"total\" > ?) AS q"), e.sql());
    assertTrue(e.getMessage().contains("public.rows"), e.getMessage());
    assertEquals(0, jdbc.open());
    assertThrows(StreamTableException.class, all::one);
    assertThrows(StreamTableException.class, all::list);
    assertEquals(0, jdbc.open());
  }

  @Test
  void missingTablesBecomeStreamTableNotFound() {
    jdbc.failing(new SQLException("relation does not exist", "42P01"));
    assertThrows(StreamTableNotFoundException.class, all::exists);
  }

  @Test
  void queriesOnTheCallersConnectionLeaveItOpen() throws SQLException {
    Connection connection = jdbc.connection();
    Select<Row> onConnection =
        TypedSelect.from(
            ConnectionSource.of(connection),
            TABLE,
            SELECT,
            row -> new Row(row.getString(1), row.getLong(2)));
    jdbc.returning(new Object[] {"a", 1L}).returning(new Object[] {4L});
    assertEquals(1, onConnection.list().size());
    assertEquals(4, onConnection.count());
    assertEquals(1, jdbc.open());
    connection.close();
    assertEquals(0, jdbc.open());
  }

  @Test
  void streamsReadThroughACursorAndReleaseOnClose() {
    jdbc.returning(new Object[] {"a", 1L}, new Object[] {"b", 2L});
    try (Stream<Row> rows = all.where(TOTAL.lt(3L)).stream()) {
      assertEquals("a,b", rows.map(Row::region).collect(Collectors.joining(",")));
    }
    assertEquals(List.of(SELECT + " WHERE \"total\" < ?"), jdbc.prepared());
    assertEquals(List.of("setLong(1, 3)"), jdbc.binds());
    assertEquals(0, jdbc.open());
  }

  @Test
  void existsIsFalseWhenTheServerSaysSo() {
    jdbc.returning(new Object[] {false});
    assertFalse(all.where(REGION.eq("nowhere")).exists());
  }
}
