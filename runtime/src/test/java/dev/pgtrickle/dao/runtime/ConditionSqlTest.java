package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.Columns;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionSqlTest {
  record Row(String region, long total, List<String> tags) {}

  static final TextColumn<Row> REGION = Columns.ofString("region");
  static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL = Columns.ofLong("total");
  static final Column<Row, List<String>> TAGS = Columns.ofStringList("tags");
  static final TextColumn<Row> ODD = Columns.ofString("Odd \"name\"");

  @Test
  void comparisonsRenderTheirOperatorWithOnePlaceholder() {
    assertEquals("\"total\" = ?", TOTAL.eq(1L).sql());
    assertEquals("\"total\" <> ?", TOTAL.ne(1L).sql());
    assertEquals("\"total\" > ?", TOTAL.gt(1L).sql());
    assertEquals("\"total\" >= ?", TOTAL.ge(1L).sql());
    assertEquals("\"total\" < ?", TOTAL.lt(1L).sql());
    assertEquals("\"total\" <= ?", TOTAL.le(1L).sql());
    assertEquals("\"total\" BETWEEN ? AND ?", TOTAL.between(1L, 9L).sql());
    assertEquals("\"total\" IS NULL", TOTAL.isNull().sql());
    assertEquals("\"total\" IS NOT NULL", TOTAL.isNotNull().sql());
  }

  @Test
  void patternsRenderLikeAndIlike() {
    assertEquals("\"region\" LIKE ?", REGION.like("n%").sql());
    assertEquals("\"region\" ILIKE ?", REGION.ilike("N%").sql());
  }

  @Test
  void columnNamesAreQuotedWithEmbeddedQuotesDoubled() {
    assertEquals("\"Odd \"\"name\"\"\" = ?", ODD.eq("x").sql());
    assertEquals(" ORDER BY \"Odd \"\"name\"\"\" DESC", ODD.desc().sql());
  }

  @Test
  void inBindsOneArraySoTheSqlIgnoresTheNumberOfValues() {
    assertEquals("\"region\" = ANY(?)", REGION.in("a").sql());
    assertEquals("\"region\" = ANY(?)", REGION.in("a", "b", "c").sql());
    assertEquals("\"region\" = ANY(?)", REGION.in(List.of()).sql());
    assertEquals(REGION.in("a").node(), REGION.in(List.of("x", "y")).node());
    assertEquals(1, REGION.in("a", "b", "c").parameters().length);
  }

  @Test
  @SuppressWarnings(
      "unchecked") // in(V...) with V = List<String>: a generic array, as for any interface
  void inOverArrayColumnsHasOnePlaceholderPerValueAndNoneMeansNoRow() {
    assertEquals("\"tags\" IN (?)", TAGS.in(List.of(List.of("a"))).sql());
    assertEquals("\"tags\" IN (?, ?)", TAGS.in(List.of("a"), List.of("b", "c")).sql());
    assertEquals("FALSE", TAGS.in(List.of()).sql());
    assertEquals("TRUE", TAGS.in(List.of()).not().sql());
  }

  @Test
  void andBindsTighterThanOrAndGroupsAreParenthesised() {
    Condition<Row> a = REGION.eq("a");
    Condition<Row> b = TOTAL.gt(1L);
    Condition<Row> c = TOTAL.isNull();
    assertEquals("(\"region\" = ? AND \"total\" > ?) OR \"total\" IS NULL", a.and(b).or(c).sql());
    assertEquals("(\"region\" = ? OR \"total\" > ?) AND \"total\" IS NULL", a.or(b).and(c).sql());
    assertEquals("\"region\" = ? AND (\"total\" > ? OR \"total\" IS NULL)", a.and(b.or(c)).sql());
    assertEquals(
        "(\"region\" = ? OR \"total\" > ?) AND (\"region\" = ? OR \"total\" IS NULL)",
        a.or(b).and(a.or(c)).sql());
  }

  @Test
  void chainsOfTheSameJunctionAreFlat() {
    Condition<Row> chain = REGION.eq("a").and(TOTAL.gt(1L)).and(TOTAL.lt(9L).and(REGION.ne("b")));
    assertEquals(
        "\"region\" = ? AND \"total\" > ? AND \"total\" < ? AND \"region\" <> ?", chain.sql());
    assertEquals(
        "\"region\" = ? OR \"total\" > ? OR \"total\" IS NULL",
        REGION.eq("a").or(TOTAL.gt(1L)).or(TOTAL.isNull()).sql());
  }

  @Test
  void notNegatesItsWholeOperandAndCancelsItself() {
    assertEquals("NOT (\"region\" = ?)", REGION.eq("a").not().sql());
    assertEquals(
        "NOT (\"region\" = ? OR \"total\" > ?)", REGION.eq("a").or(TOTAL.gt(1L)).not().sql());
    assertEquals(
        "NOT (\"region\" = ?) AND \"total\" > ?", REGION.eq("a").not().and(TOTAL.gt(1L)).sql());
    assertEquals("\"region\" = ?", REGION.eq("a").not().not().sql());
  }

  @Test
  void allOfAndAnyOfStartFromTheirNeutralElement() {
    assertEquals("TRUE", Condition.<Row>allOf().sql());
    assertEquals("FALSE", Condition.<Row>anyOf().sql());
    assertEquals("\"region\" = ?", Condition.allOf(REGION.eq("a")).sql());
    assertEquals(
        "\"region\" = ? AND \"total\" > ?", Condition.allOf(REGION.eq("a"), TOTAL.gt(1L)).sql());
    assertEquals(
        "\"region\" = ? OR \"total\" > ?",
        Condition.anyOf(List.of(REGION.eq("a"), TOTAL.gt(1L))).sql());
    Condition<Row> built = Condition.allOf();
    built = built.and(REGION.eq("a"));
    assertEquals("\"region\" = ?", built.sql());
    assertEquals("TRUE", Condition.<Row>anyOf().not().sql());
    assertEquals("\"region\" = ? AND FALSE", REGION.eq("a").and(Condition.anyOf()).sql());
  }

  @Test
  void parametersFollowTheSqlFromLeftToRight() throws SQLException {
    Condition<Row> condition =
        REGION.eq("a").or(TOTAL.between(1L, 9L)).and(REGION.like("x%").not());
    assertEquals(
        "(\"region\" = ? OR \"total\" BETWEEN ? AND ?) AND NOT (\"region\" LIKE ?)",
        condition.sql());
    FakeJdbc jdbc = new FakeJdbc();
    PreparedStatement statement = jdbc.connection().prepareStatement(condition.sql());
    Condition.Parameter[] parameters = condition.parameters();
    for (int i = 0; i < parameters.length; i++) {
      parameters[i].bind(statement, i + 1);
    }
    assertEquals(
        List.of("setString(1, a)", "setLong(2, 1)", "setLong(3, 9)", "setString(4, x%)"),
        jdbc.binds());
  }

  @Test
  void shapesAreEqualWhateverTheValues() {
    assertEquals(REGION.eq("a").and(TOTAL.gt(1L)).node(), REGION.eq("b").and(TOTAL.gt(2L)).node());
    assertNotEquals(REGION.eq("a").node(), REGION.ne("a").node());
    assertNotEquals(
        REGION.eq("a").and(TOTAL.gt(1L)).node(), REGION.eq("a").or(TOTAL.gt(1L)).node());
  }

  @Test
  void fragmentsAreComputedOnceForEachColumn() {
    // A comparison's shape is the column's fragment itself: nothing is made per condition.
    assertSame(TOTAL.eq(1L).node(), TOTAL.eq(2L).node());
    assertSame(REGION.isNull().node(), REGION.eq(null).node());
  }

  @Test
  void aComparisonWhoseTextIsTrueIsNotTakenForTheNeutralCondition() {
    Condition<Object> literal = Condition.of("TRUE");
    Condition<Object> other = Condition.of("\"x\" = 1");
    assertEquals("TRUE AND \"x\" = 1", literal.and(other).sql());
    assertEquals("\"x\" = 1", Condition.allOf(other).sql());
  }

  @Test
  void eqNullIsIsNullAndNeNullIsIsNotNull() {
    assertEquals(REGION.isNull().node(), REGION.eq(null).node());
    assertEquals(REGION.isNotNull().node(), REGION.ne(null).node());
    assertEquals(0, REGION.eq(null).parameters().length);
    assertEquals(TOTAL.isNull().node(), TOTAL.eq((Long) null).node());
  }

  @Test
  void integerLiteralsCompareWithLongAndDecimalColumnsAsBigint() {
    assertEquals(TOTAL.gt(10L).node(), TOTAL.gt(10).node());
    assertEquals(TOTAL.eq(10L).node(), TOTAL.eq(10).node());
    assertEquals(1, TOTAL.le(3).parameters().length);
  }

  @Test
  void otherNullValuesAreRejectedWithAdvice() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> REGION.gt(null));
    assertTrue(e.getMessage().contains("\"region\""), e.getMessage());
    assertTrue(e.getMessage().contains("isNull()"), e.getMessage());
    assertThrows(NullPointerException.class, () -> TOTAL.between(1L, null));
    assertThrows(NullPointerException.class, () -> REGION.in("a", null));
    assertThrows(NullPointerException.class, () -> REGION.like(null));
  }
}
