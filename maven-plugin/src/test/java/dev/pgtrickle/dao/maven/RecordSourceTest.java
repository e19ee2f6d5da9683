package dev.pgtrickle.dao.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.schema.ColumnSchema;
import dev.pgtrickle.dao.schema.ColumnType;
import dev.pgtrickle.dao.schema.SchemaSnapshot;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSourceTest {

  @Test
  void generatesOneAnnotatedRecordWithRuleTableTypes() {
    StreamTableSchema table =
        StreamTableSchema.of(
            "sales",
            "order_totals",
            List.of(
                new ColumnSchema("region", ColumnType.of("text")),
                new ColumnSchema("order_count", ColumnType.of("bigint")),
                new ColumnSchema("Total Spent", ColumnType.of("numeric")),
                new ColumnSchema("class", ColumnType.of("jsonb")),
                new ColumnSchema("tags", ColumnType.of("text[]"))));
    RecordSource source = RecordSource.of("com.example.gen", table);
    assertEquals("OrderTotals", source.simpleName());
    String text = source.text();
    assertTrue(
        text.contains("@StreamTableView(schema = \"sales\", name = \"order_totals\")"), text);
    assertTrue(
        text.contains(
            "public record OrderTotals(\n"
                + "    java.lang.String region,\n"
                + "    java.lang.Long orderCount,\n"
                + "    @ColumnName(\"Total Spent\") java.math.BigDecimal totalSpent,\n"
                + "    @ColumnName(\"class\") @Lossy java.lang.String class_,\n"
                + "    java.util.List<java.lang.String> tags) {}\n"),
        text);
  }

  @Test
  void snakeCaseAgreesWithTheProcessor() {
    assertEquals("order_count", RecordSource.snakeCase("orderCount"));
    assertEquals("http_status", RecordSource.snakeCase("HTTPStatus"));
    assertEquals("last_order_at", RecordSource.snakeCase("lastOrderAt"));
    assertEquals("day", RecordSource.snakeCase("day"));
  }

  @Test
  void checkListsEveryDifferingLine() {
    String before =
        new SchemaSnapshot(
                List.of(
                    StreamTableSchema.of(
                        "public", "t", List.of(new ColumnSchema("a", ColumnType.of("integer"))))))
            .write();
    String after =
        new SchemaSnapshot(
                List.of(
                    StreamTableSchema.of(
                        "public", "t", List.of(new ColumnSchema("a", ColumnType.of("bigint"))))))
            .write();
    assertEquals(List.of(), CheckMojo.differences(before, before));
    assertEquals(
        List.of(
            "- stream-table \"public\" \"t\" :: column \"a\" \"integer\"   (in the snapshot only)",
            "+ stream-table \"public\" \"t\" :: column \"a\" \"bigint\"   (on the server only)"),
        CheckMojo.differences(before, after));
  }
}
