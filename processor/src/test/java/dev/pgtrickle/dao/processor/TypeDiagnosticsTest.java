package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.JavaFileObjects;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every component needs a supported type; the @RowId component a RowIdentity. */
class TypeDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        NegativeCase.of(Message.UNSUPPORTED_TYPE, "several, each on its component")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    String region,",
                    "    java.util.Optional<String> note,",
                    "    char grade,",
                    "    Character initial,",
                    "    List<Double> weights,",
                    "    int[] counts,",
                    "    Object payload,",
                    "    java.util.Map<String, String> labels) {}"))
            .lines(6, 7, 8, 9, 10, 11, 12)
            .errors(7)
            .containing(
                "Optional<String> note: java.util.Optional<java.lang.String> is not a"
                    + " supported column type (a column that can be NULL is read into a reference"
                    + " type that may hold null")
            .containing(
                "char grade: char is not a supported column type (read a single"
                    + " character as String). Use one of: String, boolean,")
            .containing(
                "List<Double> weights: java.util.List<java.lang.Double> is not a supported"
                    + " column type (read arrays as List<String>, List<Long> or List<Integer>")
            .containing("Object payload: java.lang.Object is not a supported column type (give"),
        NegativeCase.of(Message.UNSUPPORTED_TYPE, "legacy date type, with advice")
            .source(
                example("Totals", "@StreamTableView", "public record Totals(java.util.Date at) {}"))
            .lines(4)
            .containing(
                "Date at: java.util.Date is not a supported column type (read timestamptz"
                    + " as Instant or OffsetDateTime"),
        NegativeCase.of(Message.UNSUPPORTED_TYPE, "look-alike of a supported type")
            .source(example("Totals", "@StreamTableView", "public record Totals(Uuid id) {}"))
            .source(
                JavaFileObjects.forSourceLines(
                    "com.example.Uuid", "package com.example;", "public final class Uuid {}"))
            .lines(4)
            .containing("(did you mean java.util.UUID?)"),
        NegativeCase.of(Message.UNRESOLVED_TYPE, "type that exists nowhere")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    String region,",
                    "    Money total) {}"))
            .lines(6)
            .errors(2) // javac's own "cannot find symbol" too
            .containing("Money total: type Money cannot be found, so TotalsDao was not generated"),
        NegativeCase.of(Message.ROW_ID_TYPE, "@RowId on long, the 0.67 bigint row id")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    @RowId long rowId,",
                    "    String region) {}"))
            .lines(5)
            .containing(
                "@RowId long rowId: __pgt_row_id is a bytea since pg_trickle 0.87.16"
                    + " (row identity V2), no longer a bigint hash. Declare a @RowId component as"
                    + " dev.pgtrickle.dao.runtime.RowIdentity."),
        NegativeCase.of(Message.ROW_ID_TYPE, "@RowId on byte[]")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    @RowId byte[] rowId,",
                    "    String region) {}"))
            .lines(5)
            .containing("@RowId byte[] rowId: __pgt_row_id is a bytea."),
        NegativeCase.of(Message.ROW_ID_TYPE, "RowIdentity without @RowId")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    dev.pgtrickle.dao.runtime.RowIdentity id,",
                    "    String region) {}"))
            .lines(5)
            .containing(
                "RowIdentity id: RowIdentity holds pg_trickle's __pgt_row_id, which only"
                    + " a @RowId component reads"),
        NegativeCase.of(Message.ROW_ID_TYPE, "@RowId on an unsupported type")
            .source(
                example(
                    "Totals", "@StreamTableView", "public record Totals(@RowId Object rowId) {}"))
            .lines(4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
