package dev.pgtrickle.dao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSnapshotTest {

  private static final StreamTableSchema ORDERS =
      new StreamTableSchema(
          "public",
          "order_totals",
          List.of(
              new ColumnSchema("region", ColumnType.of("text")),
              new ColumnSchema("total", ColumnType.of("bigint")),
              new ColumnSchema("state", ColumnType.enumOf("order_state"))),
          OptionalLong.of(3),
          Optional.of("abcd"),
          Optional.of("DIFFERENTIAL"),
          Optional.of("ACTIVE"));

  private static final StreamTableSchema ODD =
      StreamTableSchema.of(
          "My \"Schema\"",
          "Weird Name",
          List.of(new ColumnSchema("at", ColumnType.of("timestamp with time zone"))));

  @Test
  void writesSortedQuotedAndWithoutRunTimeState() {
    String text = new SchemaSnapshot(List.of(ORDERS, ODD)).write();
    assertEquals(
        SchemaSnapshot.HEADER
            + "\n"
            + "# The stream tables' user columns, as pgtrickle-dao's annotation processor checks\n"
            + "# records against them. Rewrite with `mvn pgtrickle-dao:snapshot`; CI runs\n"
            + "# `mvn pgtrickle-dao:check`, which fails when this file is out of date.\n"
            + "\n"
            + "stream-table \"My \"\"Schema\"\"\" \"Weird Name\"\n"
            + "  column \"at\" \"timestamp with time zone\"\n"
            + "end\n"
            + "\n"
            + "stream-table \"public\" \"order_totals\"\n"
            + "  contract-generation 3\n"
            + "  contract-digest abcd\n"
            + "  column \"region\" \"text\"\n"
            + "  column \"total\" \"bigint\"\n"
            + "  column \"state\" enum \"order_state\"\n"
            + "end\n",
        text);
    assertEquals(text, new SchemaSnapshot(List.of(ODD, ORDERS)).write());
  }

  @Test
  void readsWhatItWrites(@TempDir Path dir) throws Exception {
    SchemaSnapshot snapshot = new SchemaSnapshot(List.of(ORDERS, ODD));
    Path file = dir.resolve("sub/" + SchemaSnapshot.DEFAULT_FILE);
    snapshot.writeTo(file);
    SchemaSnapshot read = SchemaSnapshot.read(file);
    assertEquals(snapshot, read);
    assertEquals(Files.readString(file), read.write());
    assertEquals(
        ColumnType.enumOf("order_state"),
        read.table("public", "order_totals").orElseThrow().column("state").orElseThrow().type());
    assertEquals(Optional.empty(), read.table("public", "Order_totals"));
  }

  @Test
  void rejectsBrokenFilesNamingTheLine() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> SchemaSnapshot.parse("hello"))
            .getMessage()
            .startsWith("line 1:"));
    String noEnd = SchemaSnapshot.HEADER + "\nstream-table \"a\" \"b\"\n  column \"x\" \"text\"\n";
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> SchemaSnapshot.parse(noEnd))
            .getMessage()
            .contains("no closing 'end'"));
    String bad =
        SchemaSnapshot.HEADER + "\nstream-table \"a\" \"b\"\n  colum \"x\" \"text\"\nend\n";
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> SchemaSnapshot.parse(bad))
            .getMessage()
            .startsWith("line 3: unknown entry 'colum'"));
    String twice =
        SchemaSnapshot.HEADER + "\nstream-table \"a\" \"b\"\nend\nstream-table \"a\" \"b\"\nend\n";
    assertThrows(IllegalArgumentException.class, () -> SchemaSnapshot.parse(twice));
  }

  @Test
  void recordSchemasRoundTrip() {
    RecordSchema record =
        new RecordSchema(
            "com.example.OrderTotals",
            "com.example.OrderTotalsDao",
            "public",
            "order_totals",
            List.of(
                new ComponentSchema("rowId", "__pgt_row_id", "byte[]", false, true),
                new ComponentSchema("total", "total", "java.lang.String", true, false)));
    assertEquals(record, RecordSchema.parse(record.write()));
    assertEquals("OrderTotals", record.recordSimpleName());
  }
}
