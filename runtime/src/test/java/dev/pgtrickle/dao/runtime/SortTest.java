package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pgtrickle.dao.runtime.internal.Columns;
import org.junit.jupiter.api.Test;

class SortTest {
  record Row(String region, long total) {}

  private static final Column<Row, String> REGION = Columns.of("region");
  private static final Column<Row, Long> TOTAL = Columns.of("Total \"x\"");

  @Test
  void singleKeyRendersDirectionAndQuotedColumn() {
    assertEquals(" ORDER BY \"region\" ASC", REGION.asc().sql());
    assertEquals(" ORDER BY \"Total \"\"x\"\"\" DESC", TOTAL.desc().sql());
  }

  @Test
  void nullsPlacementAppliesToTheLastKey() {
    Sort<Row> order = TOTAL.desc().nullsLast().then(REGION.asc().nullsFirst());
    assertEquals(
        " ORDER BY \"Total \"\"x\"\"\" DESC NULLS LAST, \"region\" ASC NULLS FIRST", order.sql());
    assertEquals(
        " ORDER BY \"Total \"\"x\"\"\" DESC NULLS LAST, \"region\" ASC NULLS LAST",
        order.nullsLast().sql());
  }

  @Test
  void thenChainsOrderingsOfSeveralKeys() {
    Sort<Row> tail = REGION.desc().then(TOTAL.asc());
    Sort<Row> order = TOTAL.desc().then(tail).nullsFirst();
    assertEquals(
        " ORDER BY \"Total \"\"x\"\"\" DESC, \"region\" DESC, \"Total \"\"x\"\"\" ASC NULLS FIRST",
        order.sql());
  }

  @Test
  void appendToReusesTheStatementBuiltForTheSameBase() {
    Sort<Row> order = REGION.asc();
    String base = "SELECT \"region\" FROM \"t\"";
    String first = order.appendTo(base);
    assertEquals(base + " ORDER BY \"region\" ASC", first);
    assertSame(first, order.appendTo(base));
    String other = new String("SELECT 1 FROM \"t\"");
    assertEquals("SELECT 1 FROM \"t\" ORDER BY \"region\" ASC", order.appendTo(other));
  }

  @Test
  void equalityFollowsTheRenderedClause() {
    assertEquals(REGION.asc(), Columns.<Row, String>of("region").asc());
    assertNotEquals(REGION.asc(), REGION.desc());
    assertEquals("ORDER BY \"region\" ASC", REGION.asc().toString());
  }
}
