package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The seek conditions of keyset pages, for each direction and NULL placement. */
class PagesSqlTest {
  record Row(String region, long total) {}

  static final TextColumn<Row> REGION = Column.ofString("region");
  static final Column<Row, Long> TOTAL = Column.ofLong("total");

  @Test
  void ascendingKeysSeekGreaterValuesAndTrailingNulls() {
    Condition<Row> seek =
        Pages.seek(REGION.asc().then(TOTAL.asc()).keys(), new String[] {"a", "1"});
    assertEquals(
        "\"region\" > ? OR \"region\" IS NULL"
            + " OR (\"region\" = ? AND (\"total\" > ? OR \"total\" IS NULL))",
        seek.sql());
    assertEquals(3, seek.parameters().length);
  }

  @Test
  void descendingKeysSeekSmallerValuesAndNullsComeFirst() {
    Condition<Row> seek =
        Pages.seek(TOTAL.desc().then(REGION.asc()).keys(), new String[] {"5", "b"});
    assertEquals(
        "\"total\" < ? OR (\"total\" = ? AND (\"region\" > ? OR \"region\" IS NULL))", seek.sql());
  }

  @Test
  void afterANullOnlyNonNullsFollowWhenNullsSortFirst() {
    Condition<Row> nullsFirst =
        Pages.seek(REGION.asc().nullsFirst().then(TOTAL.asc()).keys(), new String[] {null, "1"});
    assertEquals(
        "\"region\" IS NOT NULL OR (\"region\" IS NULL AND (\"total\" > ? OR \"total\" IS NULL))",
        nullsFirst.sql());
    Condition<Row> nullsLast =
        Pages.seek(REGION.asc().then(TOTAL.desc().nullsLast()).keys(), new String[] {null, "1"});
    assertEquals("\"region\" IS NULL AND (\"total\" < ? OR \"total\" IS NULL)", nullsLast.sql());
  }

  @Test
  void afterTheLastPossibleKeysNothingFollows() {
    Condition<Row> seek = Pages.seek(REGION.asc().keys(), new String[] {null});
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
}
