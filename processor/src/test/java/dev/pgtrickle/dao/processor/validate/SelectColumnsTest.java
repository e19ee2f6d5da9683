package dev.pgtrickle.dao.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The output names a defining query's select list says, as PostgreSQL stores them. */
class SelectColumnsTest {
  private static List<String> names(String sql) {
    return SelectColumns.read(SqlTokens.of(sql));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total FROM orders GROUP BY region"
            + "|region,order_count,total",
        "SELECT o.region, s.x.y FROM orders o|region,y",
        "SELECT Region, \"Total\", \"a\"\"b\", Äpfel FROM t|region,Total,a\"b,Äpfel",
        "SELECT sum(x) total, a b, 1 one, 'x' AS \"Note\" FROM t|total,b,one,Note",
        "SELECT DISTINCT ON (region) region, amount FROM t|region,amount",
        "SELECT DISTINCT region FROM t|region",
        "WITH w AS (SELECT a AS zzz FROM t), v AS (SELECT 1) SELECT w.zzz AS a FROM w|a",
        "(SELECT a FROM t) UNION (SELECT b FROM u)|a",
        "SELECT a FROM t UNION SELECT b FROM u|a",
        "SELECT a AS from_date, b AS \"from\" FROM t|from_date,from",
        "SELECT count(*) FILTER (WHERE x > 1) AS n FROM t|n"
      })
  void readsAliasesAndPlainColumns(String sql, String expected) {
    assertEquals(Arrays.asList(expected.split(",")), names(sql));
  }

  @Test
  void commentsAreNotColumns() {
    assertEquals(List.of("a", "b"), names("SELECT /* c, d */ a -- , e\n, b FROM t"));
  }

  @Test
  void expressionsWithoutAnAliasHaveNoReadableName() {
    assertEquals(
        Arrays.asList("a", null, null, null, null),
        names("SELECT a, sum(b), a + b, CASE WHEN a THEN 1 END, x::numeric FROM t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT * FROM t", "SELECT a, t.* FROM t", "VALUES (1)", "TABLE t"})
  void starsValuesAndTableHaveNoNames(String sql) {
    assertNull(names(sql));
  }

  @Test
  void entriesTellStarsAndPlainColumnReferencesFromExpressions() {
    List<SelectColumns.Entry> entries =
        SelectColumns.entries(SqlTokens.of("SELECT t.*, o.region, sum(x) AS total, 1 FROM t"));
    assertEquals(4, entries.size());
    assertTrue(entries.get(0).star());
    assertNull(entries.get(0).name());
    assertTrue(entries.get(1).columnReference());
    assertEquals("region", entries.get(1).name());
    assertFalse(entries.get(2).columnReference());
    assertEquals("total", entries.get(2).name());
    assertNull(entries.get(3).name());
    // The token range of an entry is what a rewrite replaces: the star is entry 0's last token.
    SqlTokens star = SqlTokens.of("SELECT * FROM t ORDER BY a");
    SelectColumns.Entry only = SelectColumns.entries(star).get(0);
    assertEquals("*", star.get(only.to() - 1).text());
    assertNull(SelectColumns.entries(SqlTokens.of("VALUES (1)")));
  }

  @Test
  void setOperationsCountOnlyOutsideParentheses() {
    assertTrue(
        SelectColumns.hasSetOperation(SqlTokens.of("SELECT a FROM t UNION SELECT a FROM u")));
    assertTrue(
        SelectColumns.hasSetOperation(SqlTokens.of("(SELECT a FROM t) EXCEPT (SELECT a FROM u)")));
    assertFalse(
        SelectColumns.hasSetOperation(
            SqlTokens.of("SELECT a FROM (SELECT a FROM t UNION SELECT a FROM u) s ORDER BY a")));
    assertFalse(
        SelectColumns.hasSetOperation(
            SqlTokens.of("WITH w AS (SELECT 1 AS a INTERSECT SELECT 1) SELECT a FROM w")));
  }
}
