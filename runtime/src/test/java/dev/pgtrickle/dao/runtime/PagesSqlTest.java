package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.Columns;
import org.junit.jupiter.api.Test;

/** The seek conditions of keyset pages, for each direction and NULL placement. */
class PagesSqlTest {
  record Row(String region, long total) {}

  static final TextColumn<Row> REGION = Columns.ofString("region");
  static final Column<Row, Long> TOTAL = Columns.ofLong("total");

  @Test
  void ascendingKeysSeekGreaterValuesAndTrailingNulls() {
    Condition<Row> seek = REGION.asc().then(TOTAL.asc()).after(new String[] {"a", "1"});
    assertEquals(
        "\"region\" > ? OR \"region\" IS NULL"
            + " OR (\"region\" = ? AND (\"total\" > ? OR \"total\" IS NULL))",
        seek.sql());
    assertEquals(3, seek.parameters().length);
  }

  @Test
  void descendingKeysSeekSmallerValuesAndNullsComeFirst() {
    Condition<Row> seek = TOTAL.desc().then(REGION.asc()).after(new String[] {"5", "b"});
    assertEquals(
        "\"total\" < ? OR (\"total\" = ? AND (\"region\" > ? OR \"region\" IS NULL))", seek.sql());
  }

  @Test
  void afterANullOnlyNonNullsFollowWhenNullsSortFirst() {
    Condition<Row> nullsFirst =
        REGION.asc().nullsFirst().then(TOTAL.asc()).after(new String[] {null, "1"});
    assertEquals(
        "\"region\" IS NOT NULL OR (\"region\" IS NULL AND (\"total\" > ? OR \"total\" IS NULL))",
        nullsFirst.sql());
    Condition<Row> nullsLast =
        REGION.asc().then(TOTAL.desc().nullsLast()).after(new String[] {null, "1"});
    assertEquals("\"region\" IS NULL AND (\"total\" < ? OR \"total\" IS NULL)", nullsLast.sql());
  }

  @Test
  void afterTheLastPossibleKeysNothingFollows() {
    Condition<Row> seek = REGION.asc().after(new String[] {null});
    assertEquals("FALSE", seek.sql());
  }

  @Test
  void keysetSelectAliasesEveryKeyAfterTheRecordsColumns() {
    Sort<Row> order = TOTAL.desc().then(REGION.asc());
    String base = "SELECT \"region\", \"total\" FROM \"public\".\"rows\"";
    assertEquals(
        "SELECT q.*, q.\"total\"::text AS \"pgtrickle_dao.key1\","
            + " q.\"region\"::text AS \"pgtrickle_dao.key2\" FROM ("
            + base
            + ") AS q",
        order.keysetSelect(base));
  }

  @Test
  void theSeekNeedsOneValuePerKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> REGION.asc().then(TOTAL.asc()).after(new String[] {"a"}));
    assertTrue(e.getMessage().contains("2 keys, 1 values"), e.getMessage());
  }
}
