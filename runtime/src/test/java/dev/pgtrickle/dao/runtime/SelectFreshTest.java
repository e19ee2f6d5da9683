package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.TypedSelect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Select#listFresh()}: the query's own statement, wrapped, with its catalog row. */
class SelectFreshTest {
  record Row(String region, long total) {}

  static final TextColumn<Row> REGION = Columns.ofString("region");
  static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Columns.ofLong("total");
  static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  static final String SELECT = "SELECT \"region\", \"total\" FROM \"public\".\"rows\"";
  static final OffsetDateTime REFRESHED =
      OffsetDateTime.of(2026, 12, 1, 6, 0, 0, 0, ZoneOffset.UTC);

  private final FakeJdbc jdbc = new FakeJdbc();
  private final Select<Row> all =
      TypedSelect.from(
          ConnectionSource.of(jdbc.dataSource()),
          TABLE,
          SELECT,
          row -> new Row(row.getString(1), row.getLong(2)));

  /**
   * A row of the fresh statement: data columns, marker, seventeen catalog columns, rewritten flag.
   */
  private static Object[] row(String region, Long total, boolean rewritten) {
    List<Object> row = new ArrayList<>(Arrays.asList(region, total, region == null ? null : true));
    row.addAll(
        Arrays.asList(
            "ACTIVE",
            "FULL",
            "1h",
            3600L,
            true,
            0,
            REFRESHED,
            REFRESHED,
            REFRESHED,
            REFRESHED.plusSeconds(10),
            null,
            null,
            "MANAGED",
            false,
            null,
            null,
            null,
            rewritten));
    return row.toArray();
  }

  @Test
  void wrapsTheQueryKeepsItsBindsAndOrderAndReadsTheCatalogRow() {
    jdbc.returning(row("north", 5L, false), row("south", 7L, false));

    Fresh<List<Row>> fresh =
        all.where(REGION.ne("east")).orderBy(TOTAL.asc()).limit(10).listFresh();

    assertEquals(List.of(new Row("north", 5), new Row("south", 7)), fresh.value());
    String data = SELECT + " WHERE \"region\" <> ? ORDER BY \"total\" ASC LIMIT ?";
    assertEquals(List.of(FreshSql.of(TABLE, data, " ORDER BY \"total\" ASC")), jdbc.prepared());
    assertEquals(List.of("setString(1, east)", "setLong(2, 10)"), jdbc.binds());
    assertEquals(Freshness.Status.ACTIVE, fresh.freshness().status());
    assertEquals(Duration.ofSeconds(10), fresh.freshness().age());
    assertEquals(Duration.ofHours(1), fresh.freshness().scheduleInterval().orElseThrow());
    assertEquals(Fresh.Verdict.FRESH, fresh.verdict(), "within its 1h schedule");
    assertEquals(0, jdbc.open());
  }

  @Test
  void anEmptyResultStillCarriesTheFreshness() {
    jdbc.returning(row(null, null, false));

    Fresh<List<Row>> fresh = all.listFresh();

    assertEquals(List.of(), fresh.value());
    assertEquals(REFRESHED.toInstant(), fresh.freshness().lastRefreshAt().orElseThrow());
  }

  @Test
  void noCatalogRowMeansNoSuchStreamTable() {
    jdbc.returning();
    assertThrows(StreamTableNotFoundException.class, () -> all.listFresh());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aPolicyJudgesTheRows() {
    jdbc.returning(row("north", 5L, false));
    StaleDataException e =
        assertThrows(
            StaleDataException.class, () -> all.listFresh(ReadPolicy.fail(Duration.ofSeconds(5))));
    assertEquals(Duration.ofSeconds(10), e.freshness().age());

    jdbc.returning(row("north", 5L, false));
    assertTrue(all.listFresh(ReadPolicy.accept(Duration.ofSeconds(5))).isStale());
  }

  @Test
  void aSnapshotOlderThanARewriteIsRefusedOnTheCallersConnection() {
    jdbc.returning(row("north", 5L, true));
    Select<Row> onConnection =
        TypedSelect.from(
            ConnectionSource.of(jdbc.connection()),
            TABLE,
            SELECT,
            row -> new Row(row.getString(1), row.getLong(2)));
    StreamTableException e = assertThrows(StreamTableException.class, onConnection::listFresh);
    assertEquals(StreamTableException.Reason.SNAPSHOT_TOO_OLD, e.reason());
    assertTrue(e.reason().isRetryable());
  }
}
