package dev.pgtrickle.dao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaComparisonTest {

  private static final StreamTableSchema TABLE =
      StreamTableSchema.of(
          "public",
          "stats",
          List.of(
              new ColumnSchema("big", ColumnType.of("bigint")),
              new ColumnSchema("amount", ColumnType.of("numeric")),
              new ColumnSchema("label", ColumnType.of("bigint")),
              new ColumnSchema("at", ColumnType.of("timestamp with time zone"))));

  private static RecordSchema record(ComponentSchema... components) {
    return new RecordSchema(
        "com.example.Stats", "com.example.StatsDao", "public", "stats", List.of(components));
  }

  @Test
  void reportsEveryDifferenceOfTheIssue() {
    SchemaComparison comparison =
        SchemaComparison.compare(
            record(
                ComponentSchema.of("big", "big", "int"),
                ComponentSchema.of("amount", "amount", "double"),
                ComponentSchema.of("label", "label", "java.lang.String"),
                ComponentSchema.of("at", "at", "java.time.LocalDate"),
                ComponentSchema.of("gone", "gone", "java.lang.Long")),
            Optional.of(TABLE),
            false);
    List<SchemaDifference> d = comparison.differences();
    assertEquals(5, d.size(), d.toString());
    assertEquals(SchemaDifference.Kind.WRONG_TYPE, d.get(0).kind());
    assertEquals("integer or smallint", d.get(0).expected());
    assertEquals("bigint", d.get(0).actual());
    assertEquals("big", d.get(0).column());
    assertEquals(
        "component Stats.big is int, which reads integer or smallint, but column \"big\" of"
            + " stream table public.stats is bigint. Declare it as Long, or cast the column in the"
            + " defining query",
        d.get(0).message());
    assertEquals(SchemaDifference.Kind.WRONG_TYPE, d.get(1).kind());
    assertEquals(SchemaDifference.Kind.LOSSY_TYPE, d.get(2).kind());
    assertTrue(d.get(2).message().contains("@Lossy"), d.get(2).message());
    assertEquals(SchemaDifference.Kind.WRONG_TYPE, d.get(3).kind());
    assertEquals("timestamp with time zone", d.get(3).actual());
    assertEquals(SchemaDifference.Kind.NO_SUCH_COLUMN, d.get(4).kind());
    assertTrue(d.get(4).message().contains("big bigint, amount numeric"), d.get(4).message());
    assertEquals(2, comparison.notes().size(), comparison.notes().toString());

    SchemaMismatchException e = new SchemaMismatchException(d);
    assertTrue(e.getMessage().startsWith("5 differences between records"), e.getMessage());
    assertEquals(d, e.differences());
  }

  @Test
  void lossyOptInAndExactReadsPass() {
    SchemaComparison comparison =
        SchemaComparison.compare(
            record(
                new ComponentSchema("label", "label", "java.lang.String", true, false),
                ComponentSchema.of("big", "big", "java.lang.Long"),
                new ComponentSchema("rowId", "__pgt_row_id", "byte[]", false, true)),
            Optional.of(TABLE),
            false);
    assertTrue(comparison.matches(), comparison.differences().toString());
    assertEquals(List.of(), comparison.notes());
  }

  @Test
  void missingAndPlainTablesAreNamed() {
    RecordSchema record = record(ComponentSchema.of("big", "big", "long"));
    SchemaDifference missing =
        SchemaComparison.compare(record, Optional.empty(), false).differences().get(0);
    assertEquals(SchemaDifference.Kind.NO_SUCH_TABLE, missing.kind());
    assertEquals("public.stats", missing.streamTable());
    SchemaDifference plain =
        SchemaComparison.compare(record, Optional.empty(), true).differences().get(0);
    assertEquals(SchemaDifference.Kind.NOT_A_STREAM_TABLE, plain.kind());
  }
}
