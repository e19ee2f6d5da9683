package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.StreamTableName;
import org.junit.jupiter.api.Test;

class FreshSqlTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "order_totals");
  private static final String DATA =
      "SELECT \"region\", \"total\" FROM \"public\".\"order_totals\" WHERE \"region\" = ?";

  @Test
  void putsTheDataColumnsFirstAndTheCatalogRowLast() {
    String sql = FreshSql.of(TABLE, DATA);
    assertTrue(
        sql.startsWith("SELECT d.*, f.* FROM (SELECT st.status AS __pgt_fresh_status,"), sql);
    assertTrue(
        sql.endsWith(
            " FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = 'public'"
                + " AND st.pgt_name = 'order_totals') f LEFT JOIN LATERAL (SELECT q.*, true AS"
                + " __pgt_fresh_present FROM ("
                + DATA
                + ") q) d ON true"),
        sql);
  }

  @Test
  void endsTheCatalogRowWithTheRewriteCheck() {
    String sql = FreshSql.of(TABLE, DATA);
    assertTrue(
        sql.contains(
            ", " + FreshnessQuery.REWRITTEN_COLUMN + " FROM pgtrickle.pgt_stream_tables st"),
        sql);
  }

  @Test
  void hasNoParametersOfItsOwn() {
    String sql = FreshSql.of(TABLE, DATA);
    assertEquals(1, sql.chars().filter(c -> c == '?').count());
  }

  @Test
  void appendsTheOuterOrder() {
    assertTrue(
        FreshSql.of(TABLE, DATA, " ORDER BY \"total\" DESC")
            .endsWith(") d ON true ORDER BY \"total\" DESC"));
  }

  @Test
  void rendersNamesAsSafeLiterals() {
    assertEquals("'it''s'", FreshnessQuery.literal("it's"));
    assertEquals("E'a\\\\b''c'", FreshnessQuery.literal("a\\b'c"));
    String sql = FreshSql.of(StreamTableName.of("Odd'Schema", "t\\x"), "SELECT 1");
    assertTrue(sql.contains("st.pgt_schema = 'Odd''Schema' AND st.pgt_name = E't\\\\x'"), sql);
  }

  @Test
  void isTheConcatenationOfItsPartsAsGeneratedDaosDeclareIt() {
    // A DAO's fresh statements are FRESH_HEAD + FIND_... + DATA_TAIL, folded by javac from these
    // constants and literals: they must spell exactly what of() renders.
    StreamTableName odd = StreamTableName.of("Odd'Schema", "t\\x");
    assertEquals(
        FreshSql.of(odd, DATA),
        FreshSql.HEAD
            + "'Odd''Schema'"
            + FreshSql.NAME_IS
            + "E't\\\\x'"
            + FreshSql.DATA_HEAD
            + DATA
            + FreshSql.DATA_TAIL);
  }

  @Test
  void isComputableAtCompileTime() {
    // Same arguments, same text: the processor may emit it as a constant.
    assertEquals(
        FreshSql.of(TABLE, DATA), FreshSql.of(StreamTableName.of("public", "order_totals"), DATA));
  }
}
