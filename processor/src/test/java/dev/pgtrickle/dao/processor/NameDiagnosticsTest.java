package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stored names must be valid, columns unique and unreserved, generated names distinct. */
class NameDiagnosticsTest {
  private static final String NAME_64_BYTES = "a".repeat(64);

  /** 32 characters, 64 bytes in UTF-8. */
  private static final String NAME_64_BYTES_MULTIBYTE = "é".repeat(32);

  static List<NegativeCase> cases() {
    return List.of(
        NegativeCase.of(Message.INVALID_NAME, "table name of 64 bytes, on the value")
            .source(
                example(
                    "Totals",
                    "@StreamTableView(",
                    "    name = \"" + NAME_64_BYTES + "\")",
                    "public record Totals(String region) {}"))
            .lines(4)
            .containing("the name is 64 bytes long in UTF-8, more than PostgreSQL's limit of 63"),
        NegativeCase.of(Message.INVALID_NAME, "multibyte table name: 32 characters, 64 bytes")
            .source(
                example(
                    "Totals",
                    "@StreamTableView(name = \"" + NAME_64_BYTES_MULTIBYTE + "\")",
                    "public record Totals(String region) {}"))
            .lines(3)
            .containing("64 bytes long in UTF-8"),
        NegativeCase.of(Message.INVALID_NAME, "derived table name too long, on the annotation")
            .source(
                example(
                    "A" + "b".repeat(63),
                    "@StreamTableView",
                    "public record A" + "b".repeat(63) + "(String region) {}"))
            .lines(3)
            .containing("Give a shorter name with @StreamTableView(name = \"...\")"),
        NegativeCase.of(Message.INVALID_NAME, "schema with a dot")
            .source(
                example(
                    "Totals",
                    "@StreamTableView(schema = \"sales.eu\")",
                    "public record Totals(String region) {}"))
            .lines(3)
            .containing("@StreamTableView(schema = \"sales.eu\"): it contains a dot"),
        NegativeCase.of(Message.INVALID_NAME, "empty schema")
            .source(
                example(
                    "Totals",
                    "@StreamTableView(schema = \"\")",
                    "public record Totals(String region) {}"))
            .lines(3)
            .containing("the name is empty"),
        NegativeCase.of(Message.INVALID_NAME, "empty column and a control character")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    @ColumnName(\"\") String region,",
                    "    @ColumnName(\"a\\tb\") String label) {}"))
            .lines(5, 6)
            .errors(2)
            .containing("@ColumnName(\"\") on region: the name is empty")
            .containing(
                "@ColumnName(\"a\\u0009b\") on label: it contains the control character U+0009"),
        NegativeCase.of(Message.RESERVED_COLUMN, "explicit __pgt_ column")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    String region,",
                    "    @ColumnName(\"__pgt_count\") long count) {}"))
            .lines(6)
            .containing(
                "@ColumnName(\"__pgt_count\") on count: column \"__pgt_count\" starts with"
                    + " __pgt_, which pg_trickle reserves"),
        NegativeCase.of(Message.RESERVED_COLUMN, "component whose snake_case is __pgt_")
            .source(
                example("Totals", "@StreamTableView", "public record Totals(String __pgt_x) {}"))
            .lines(4),
        NegativeCase.of(Message.DUPLICATE_COLUMN, "on the second component, naming the first")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    BigDecimal total,",
                    "    @ColumnName(\"total\") BigDecimal gross) {}"))
            .lines(6)
            .containing(
                "@ColumnName(\"total\") on gross: component total already maps column"
                    + " \"total\". Map each column once"),
        NegativeCase.of(Message.DUPLICATE_ROW_ID, "two @RowId")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    @RowId RowIdentity rowId,",
                    "    @RowId RowIdentity id) {}"))
            .lines(6)
            .containing("@RowId on id: component rowId already maps __pgt_row_id"),
        NegativeCase.of(Message.ROW_ID_WITH_COLUMN, "@RowId and @ColumnName together")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    @RowId @ColumnName(\"id\") RowIdentity rowId,",
                    "    String region) {}"))
            .lines(5)
            .containing("@RowId @ColumnName(\"id\") on rowId: @RowId always reads __pgt_row_id"),
        NegativeCase.of(Message.NAME_CLASH, "components x and X")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    String x,",
                    "    @ColumnName(\"big_x\") String X) {}"))
            .lines(6)
            .containing("String X: its column constant X would clash with that of component x"),
        NegativeCase.of(Message.NAME_CLASH, "constant STREAM_TABLE")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    String region,",
                    "    String streamTable) {}"))
            .lines(6)
            .containing(
                "String streamTable: its column constant STREAM_TABLE would hide the DAO's"
                    + " stream-table constant"),
        NegativeCase.of(Message.NAME_CLASH, "same column and constant: two problems")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals(",
                    "    long orderCount,",
                    "    long order_count) {}"))
            .lines(6)
            .errors(2)
            .containing("[StreamTableDuplicateColumn]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
