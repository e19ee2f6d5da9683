package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamTableNameTest {
  @Test
  void rendersTheFunctionArgumentUnquotedAndTheSqlQuoted() {
    StreamTableName name = StreamTableName.of("Sales", "Order \"Totals\"");
    assertEquals("Sales.Order \"Totals\"", name.qualifiedName());
    assertEquals("\"Sales\".\"Order \"\"Totals\"\"\"", name.sql());
    assertEquals("Sales.Order \"Totals\"", name.toString());
  }

  @Test
  void rejectsEmptyPartsAndNulCharacters() {
    assertThrows(IllegalArgumentException.class, () -> StreamTableName.of("", "t"));
    assertThrows(IllegalArgumentException.class, () -> StreamTableName.of("public", ""));
    assertThrows(IllegalArgumentException.class, () -> StreamTableName.of("public", "a\0b"));
    assertThrows(NullPointerException.class, () -> StreamTableName.of(null, "t"));
  }

  @Test
  void exceptionMessagesCarrySqlStateAndSql() {
    StreamTableException e =
        new StreamTableException(
            StreamTableException.Reason.DATABASE_ERROR,
            StreamTableName.of("public", "t"),
            "reading failed",
            "SELECT 1",
            "XX000",
            null);
    assertTrue(e.getMessage().contains("reading failed"));
    assertTrue(e.getMessage().contains("[SQLState XX000]"));
    assertTrue(e.getMessage().contains("[SQL: SELECT 1]"));
    assertEquals("XX000", e.sqlState().orElseThrow());
  }

  @Test
  void unexpectedNullNamesTableColumnAndComponent() {
    ColumnMappingException e =
        ColumnMappingException.unexpectedNull(
            StreamTableName.of("public", "order_totals"), "order_count", "OrderTotals.orderCount");
    assertEquals(StreamTableException.Reason.UNEXPECTED_NULL, e.reason());
    assertEquals(Optional.of("order_count"), e.column());
    assertEquals("OrderTotals.orderCount", e.component());
    assertTrue(e.getMessage().contains("public.order_totals"), e.getMessage());
    assertTrue(e.getMessage().contains("OrderTotals.orderCount"), e.getMessage());
  }
}
