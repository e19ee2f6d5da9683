package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.FakeJdbc;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectSqlTest {
  record Row(String region, long total, int qty, boolean flag, UUID id) {}

  static final TypedTextColumn<Row> REGION = Columns.ofString("region");
  static final TypedNumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Columns.ofLong("total");
  static final TypedNumberColumn<Row, Integer, Long, BigDecimal> QTY = Columns.ofInteger("qty");
  static final TypedColumn<Row, Boolean> FLAG = Columns.ofBoolean("flag");
  static final TypedColumn<Row, UUID> ID = Columns.ofUuid("id");

  static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  static final String SELECT =
      "SELECT \"region\", \"total\", \"qty\", \"flag\", \"id\" FROM \"public\".\"rows\"";

  private final TypedSelect<Row> all =
      TypedSelect.from(
          ConnectionSource.of(new FakeJdbc().dataSource()), TABLE, SELECT, row -> null);

  @Test
  void withoutClausesTheBaseStatementRuns() {
    assertEquals(SELECT, all.sql());
    assertSame(SELECT, all.sql());
  }

  @Test
  void clausesFollowInSqlOrderWithLimitAndOffsetBound() {
    TypedSelect<Row> query =
        all.offset(20).limit(10).orderBy(TOTAL.desc().nullsLast()).where(REGION.eq("north"));
    assertEquals(
        SELECT + " WHERE \"region\" = ? ORDER BY \"total\" DESC NULLS LAST LIMIT ? OFFSET ?",
        query.sql());
  }

  @Test
  void zeroLimitIsKeptAndZeroOffsetIsDropped() {
    assertEquals(SELECT + " LIMIT ?", all.limit(0).sql());
    assertEquals(SELECT, all.offset(0).sql());
    assertEquals(SELECT + " OFFSET ?", all.offset(1).sql());
  }

  @Test
  void negativeLimitsAndOffsetsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> all.limit(-1));
    assertThrows(IllegalArgumentException.class, () -> all.offset(-1));
  }

  @Test
  void repeatedWhereAddsConditionsAndRepeatedOrderByReplaces() {
    TypedSelect<Row> query =
        all.where(REGION.eq("a").or(REGION.eq("b")))
            .where(TOTAL.gt(1L))
            .orderBy(REGION.asc())
            .orderBy(TOTAL.asc().then(REGION.desc()));
    assertEquals(
        SELECT
            + " WHERE (\"region\" = ? OR \"region\" = ?) AND \"total\" > ?"
            + " ORDER BY \"total\" ASC, \"region\" DESC",
        query.sql());
  }

  @Test
  void builderMethodsLeaveTheOriginalUnchanged() {
    TypedSelect<Row> north = all.where(REGION.eq("north"));
    north.orderBy(TOTAL.asc()).limit(3);
    assertEquals(SELECT + " WHERE \"region\" = ?", north.sql());
    assertEquals(SELECT, all.sql());
  }

  @Test
  void countAndExistsWrapTheRowsAndDropTheOrdering() {
    TypedSelect<Row> query = all.where(REGION.eq("a")).orderBy(TOTAL.desc());
    assertEquals(
        "SELECT count(*) FROM (" + SELECT + " WHERE \"region\" = ?) AS q", query.countSql());
    assertEquals("SELECT EXISTS (" + SELECT + " WHERE \"region\" = ?)", query.existsSql());
    assertEquals(
        "SELECT count(*) FROM (" + SELECT + " WHERE \"region\" = ? LIMIT ? OFFSET ?) AS q",
        query.limit(5).offset(1).countSql());
    assertEquals(
        "SELECT EXISTS (" + SELECT + " OFFSET ?)", all.orderBy(TOTAL.asc()).offset(3).existsSql());
  }

  @Test
  void aggregatesKeepTheOrderingOnlyWhenLimitOrOffsetPicksTheRows() {
    TypedSelect<Row> ordered = all.where(TOTAL.gt(0L)).orderBy(TOTAL.desc());
    assertEquals(
        "SELECT sum(\"total\") FROM (" + SELECT + " WHERE \"total\" > ?) AS q",
        ordered.aggregateSql(TOTAL.sumHead()));
    assertEquals(
        "SELECT sum(\"total\") FROM ("
            + SELECT
            + " WHERE \"total\" > ? ORDER BY \"total\" DESC LIMIT ?) AS q",
        ordered.limit(3).aggregateSql(TOTAL.sumHead()));
  }

  @Test
  void everyAggregateRendersItsFunction() {
    assertEquals("SELECT sum(\"qty\") FROM (" + SELECT + ") AS q", all.aggregateSql(QTY.sumHead()));
    assertEquals("SELECT avg(\"qty\") FROM (" + SELECT + ") AS q", all.aggregateSql(QTY.avgHead()));
    assertEquals("SELECT min(\"qty\") FROM (" + SELECT + ") AS q", all.aggregateSql(QTY.minHead()));
    assertEquals("SELECT max(\"qty\") FROM (" + SELECT + ") AS q", all.aggregateSql(QTY.maxHead()));
    assertEquals(
        "SELECT count(\"qty\") FROM (" + SELECT + ") AS q", all.aggregateSql(QTY.countHead()));
  }

  @Test
  void minAndMaxUseTheFunctionsPostgresqlHasForBooleanAndUuid() {
    assertEquals(
        "SELECT bool_and(\"flag\") FROM (" + SELECT + ") AS q", all.aggregateSql(FLAG.minHead()));
    assertEquals(
        "SELECT bool_or(\"flag\") FROM (" + SELECT + ") AS q", all.aggregateSql(FLAG.maxHead()));
    assertEquals(
        "SELECT min(\"id\"::text COLLATE \"C\")::uuid FROM (" + SELECT + ") AS q",
        all.aggregateSql(ID.minHead()));
    assertEquals(
        "SELECT max(\"id\"::text COLLATE \"C\")::uuid FROM (" + SELECT + ") AS q",
        all.aggregateSql(ID.maxHead()));
  }

  @Test
  void queriesOfOneShapeShareOneCachedStatement() {
    String first = all.where(REGION.eq("a").and(TOTAL.gt(1L))).limit(5).sql();
    String second = all.where(REGION.eq("zz").and(TOTAL.gt(99L))).limit(50).sql();
    assertSame(first, second);
    assertSame(
        all.where(REGION.in("a")).countSql(), all.where(REGION.in("b", "c", "d")).countSql());
    assertNotSame(first, all.where(REGION.eq("a").or(TOTAL.gt(1L))).limit(5).sql());
  }

  @Test
  void theQueryOverEveryRowIsMadeOnceAndRunsTheBaseStatement() {
    TypedSelect<Row> again = all.where(REGION.eq("a")).limit(1);
    assertNotSame(all, again);
    assertSame(SELECT, all.sql());
    assertEquals(SELECT + " WHERE \"region\" = ? LIMIT ?", again.sql());
  }

  @Test
  void aConditionAloneIsCachedUnderItsShapeApartFromEveryOtherShape() {
    SelectSql sqls = new SelectSql();
    String first = sqls.where(SELECT, REGION.eq("a").and(TOTAL.gt(1L)));
    assertEquals(SELECT + " WHERE \"region\" = ? AND \"total\" > ?", first);
    assertSame(first, sqls.where(SELECT, REGION.eq("b").and(TOTAL.gt(2L))));
    assertEquals(1, sqls.size());
    // The same condition with a limit is another shape, kept under its own key.
    Object shape = REGION.eq("a").and(TOTAL.gt(1L)).shape();
    SelectSql.Shape limited = new SelectSql.Shape("", SELECT, shape, null, true, false, "");
    assertEquals(first + " LIMIT ?", sqls.sql(limited, REGION.eq("a").and(TOTAL.gt(1L))));
    assertSame(first, sqls.where(SELECT, REGION.eq("c").and(TOTAL.gt(3L))));
    assertEquals(2, sqls.size());
    // A query with only a condition reads the statement cached under the condition's shape.
    assertSame(all.where(REGION.eq("x")).sql(), all.where(REGION.eq("y")).sql());
  }

  @Test
  void theConditionCacheStaysWithinItsCapacity() {
    SelectSql sqls = new SelectSql();
    for (int i = 0; i < SelectSql.CAPACITY + 100; i++) {
      String comparison = "\"c" + i + "\" IS NULL";
      assertEquals(SELECT + " WHERE " + comparison, sqls.where(SELECT, Condition.of(comparison)));
    }
    assertEquals(SelectSql.CAPACITY, sqls.size());
  }

  @Test
  void theCacheStaysWithinItsCapacity() {
    SelectSql sqls = new SelectSql();
    for (int i = 0; i < SelectSql.CAPACITY + 100; i++) {
      String select = "SELECT \"region\" FROM \"public\".\"t" + i + "\"";
      SelectSql.Shape shape = new SelectSql.Shape("", select, null, null, true, false, "");
      assertEquals(select + " LIMIT ?", sqls.sql(shape, null));
    }
    assertTrue(sqls.size() <= SelectSql.CAPACITY, "cached: " + sqls.size());
  }

  @Test
  void eachDaoKeepsItsOwnStatements() {
    FakeJdbc jdbc = new FakeJdbc();
    TypedSelect<Row> one =
        TypedSelect.from(ConnectionSource.of(jdbc.dataSource()), TABLE, SELECT, r -> null);
    TypedSelect<Row> two =
        TypedSelect.from(ConnectionSource.of(jdbc.dataSource()), TABLE, SELECT, r -> null);
    String sql = one.where(REGION.eq("a")).sql();
    assertEquals(sql, two.where(REGION.eq("a")).sql());
    assertNotSame(sql, two.where(REGION.eq("a")).sql());
  }
}
