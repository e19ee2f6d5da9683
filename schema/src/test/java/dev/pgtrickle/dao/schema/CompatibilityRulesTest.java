package dev.pgtrickle.dao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompatibilityRulesTest {

  @Test
  void theIssuesExamplesNeverRead() {
    assertEquals(Fit.NEVER, CompatibilityRules.fit("int", ColumnType.of("bigint")));
    assertEquals(Fit.NEVER, CompatibilityRules.fit("double", ColumnType.of("numeric")));
    assertEquals(
        Fit.NEVER,
        CompatibilityRules.fit("java.time.LocalDate", ColumnType.of("timestamp with time zone")));
  }

  @Test
  void stringOverANonTextColumnIsLossy() {
    assertEquals(Fit.LOSSY, CompatibilityRules.fit("java.lang.String", ColumnType.of("bigint")));
    assertEquals(Fit.EXACT, CompatibilityRules.fit("java.lang.String", ColumnType.of("text")));
    assertEquals(
        Fit.EXACT, CompatibilityRules.fit("java.lang.String", ColumnType.enumOf("order_state")));
  }

  @Test
  void wideningReadsAreExact() {
    assertEquals(Fit.EXACT, CompatibilityRules.fit("long", ColumnType.of("integer")));
    assertEquals(Fit.EXACT, CompatibilityRules.fit("java.lang.Long", ColumnType.of("bigint")));
    assertEquals(
        Fit.EXACT, CompatibilityRules.fit("java.math.BigDecimal", ColumnType.of("bigint")));
    assertEquals(Fit.EXACT, CompatibilityRules.fit("enum", ColumnType.enumOf("state")));
    assertEquals(Fit.NEVER, CompatibilityRules.fit("enum", ColumnType.of("integer")));
    assertEquals(
        Fit.NEVER,
        CompatibilityRules.fit(
            "java.time.LocalDateTime", ColumnType.of("timestamp with time zone")));
  }

  @Test
  void unknownJavaTypesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CompatibilityRules.fit("java.util.Date", ColumnType.of("date")));
    assertTrue(e.getMessage().contains("java.util.Date"), e.getMessage());
  }

  @Test
  void generatedRecordsTakeTheFirstExactBoxedType() {
    assertEquals("java.lang.Long", CompatibilityRules.javaTypeFor(ColumnType.of("bigint")));
    assertEquals("java.lang.Integer", CompatibilityRules.javaTypeFor(ColumnType.of("integer")));
    assertEquals("java.math.BigDecimal", CompatibilityRules.javaTypeFor(ColumnType.of("numeric")));
    assertEquals(
        "java.time.OffsetDateTime",
        CompatibilityRules.javaTypeFor(ColumnType.of("timestamp with time zone")));
    assertEquals(
        "java.util.List<java.lang.String>",
        CompatibilityRules.javaTypeFor(ColumnType.of("text[]")));
    assertEquals("java.lang.String", CompatibilityRules.javaTypeFor(ColumnType.of("jsonb")));
  }

  @Test
  void phrasesAndPrimitives() {
    assertEquals("bigint, integer or smallint", CompatibilityRules.exactly("long"));
    assertEquals(Optional.empty(), CompatibilityRules.lossily("long"));
    assertEquals(Optional.of("any other type"), CompatibilityRules.lossily("java.lang.String"));
    assertTrue(CompatibilityRules.isPrimitive("int"));
    assertTrue(!CompatibilityRules.isPrimitive("java.lang.Integer"));
  }

  @Test
  void markdownHasOneRowPerTypeFamily() {
    String table = CompatibilityRules.markdown();
    assertTrue(table.contains("| `int` / `Integer` | `integer`, `smallint` | none |"), table);
    assertTrue(table.contains("| `String` |"), table);
    assertTrue(table.contains("| `List<Long>` |"), table);
    long rows = table.lines().filter(l -> l.startsWith("| ")).count();
    // header + 23 rows (six primitive/boxed pairs share one row each)
    assertEquals(1 + CompatibilityRules.javaTypes().size() - 6, rows, table);
    assertEquals(
        List.of("java.lang.String", "enum", "boolean"),
        CompatibilityRules.javaTypes().subList(0, 3));
  }
}
