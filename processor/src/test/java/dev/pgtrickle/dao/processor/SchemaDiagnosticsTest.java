package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.schema.SchemaCheck;
import dev.pgtrickle.dao.schema.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build-time schema check against an offline snapshot: each of issue 13's examples is a compile
 * error on the component, with a tag and a fix; every difference is reported; {@code @Lossy} and
 * exact reads pass.
 */
class SchemaDiagnosticsTest {

  static final String SNAPSHOT_TEXT =
      """
      # pgtrickle-dao schema snapshot 1

      stream-table "public" "stats"
        contract-generation 2
        column "big" "bigint"
        column "amount" "numeric"
        column "label" "bigint"
        column "at" "timestamp with time zone"
        column "region" "text"
      end
      """;

  static final Path SNAPSHOT = snapshot();

  private static Path snapshot() {
    try {
      Path file = Files.createTempFile("pgtrickle-schema", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, SNAPSHOT_TEXT, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String OPTION = "-A" + SchemaCheck.SNAPSHOT + "=" + SNAPSHOT;

  private static NegativeCase stats(Message message, String name, String component) {
    return NegativeCase.of(message, name)
        .source(
            example(
                "Stats",
                "@StreamTableView(name = \"stats\")",
                "public record Stats(String region,",
                "    " + component + ") {}"))
        .option(OPTION)
        .generated(1)
        .lines(5);
  }

  static List<NegativeCase> cases() {
    return List.of(
        stats(Message.SCHEMA_WRONG_TYPE, "int over bigint", "int big")
            .containing(
                "component Stats.big is int, which reads integer or smallint, but column \"big\""
                    + " of stream table public.stats is bigint. Declare it as Long, or cast the"
                    + " column in the defining query. Checked against the schema snapshot "
                    + SNAPSHOT),
        stats(Message.SCHEMA_WRONG_TYPE, "double over numeric", "double amount")
            .containing(
                "component Stats.amount is double, which reads double precision or real, but"
                    + " column \"amount\" of stream table public.stats is numeric. Declare it as"
                    + " BigDecimal"),
        stats(Message.SCHEMA_WRONG_TYPE, "LocalDate over timestamptz", "java.time.LocalDate at")
            .containing(
                "component Stats.at is LocalDate, which reads date, but column \"at\" of stream"
                    + " table public.stats is timestamp with time zone. Declare it as"
                    + " OffsetDateTime"),
        stats(Message.SCHEMA_LOSSY, "String over bigint", "String label")
            .containing(
                "component Stats.label is String, which reads text, character varying,"
                    + " character, name or an enum type exactly, but column \"label\" of stream"
                    + " table public.stats is bigint, which it reads only lossily. Declare it as"
                    + " Long, or accept the loss with @Lossy on the component"),
        stats(Message.SCHEMA_NO_COLUMN, "missing column", "Long total")
            .containing(
                "component Stats.total reads column \"total\", but stream table public.stats has"
                    + " no such column; its user columns are big bigint, amount numeric, label"
                    + " bigint, at timestamp with time zone, region text"),
        NegativeCase.of(Message.SCHEMA_NO_TABLE, "no such stream table")
            .source(
                example(
                    "Totals",
                    "@StreamTableView(name = \"totals\")",
                    "public record Totals(String a) {}"))
            .option(OPTION)
            .generated(1)
            .lines(3)
            .containing("record Totals reads stream table public.totals, but no such table exists"),
        NegativeCase.of(Message.SCHEMA_SOURCE, "snapshot file missing")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-A" + SchemaCheck.SNAPSHOT + "=/nonexistent/pgtrickle-schema.txt")
            .generated(1)
            .nowhere()
            .containing(
                "-Apgtrickle.dao.schema.snapshot=/nonexistent/pgtrickle-schema.txt: no such file"),
        NegativeCase.of(Message.SCHEMA_SOURCE, "unknown mode")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-A" + SchemaCheck.MODE + "=offline")
            .generated(1)
            .nowhere()
            .containing("-Apgtrickle.dao.schema=offline: expected snapshot, live or off"),
        NegativeCase.of(Message.SCHEMA_SOURCE, "live without a URL")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-A" + SchemaCheck.MODE + "=live")
            .generated(1)
            .nowhere()
            .containing("live mode needs -Apgtrickle.dao.schema.url="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }

  @Test
  void reportsEveryDifferenceOfARecordAtOnce() {
    Compilation compilation =
        Sources.compile(
            new StreamTableProcessor(),
            List.of(OPTION),
            example(
                "Stats",
                "@StreamTableView(name = \"stats\")",
                "public record Stats(int big, double amount,",
                "    String label, java.time.LocalDate at) {}"));
    JavaFileObject stats = compilation.sourceFiles().get(0);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[StreamTableSchemaWrongType]")
        .inFile(stats)
        .onLine(4);
    assertThat(compilation).hadErrorContaining("[StreamTableSchemaLossy]").inFile(stats).onLine(5);
  }

  @Test
  void lossyOptInAndExactTypesCompileAndPrimitivesGetANote() {
    Compilation compilation =
        Sources.compile(
            new StreamTableProcessor(),
            List.of(OPTION),
            example(
                "Stats",
                "@StreamTableView(name = \"stats\")",
                "public record Stats(long big, BigDecimal amount,",
                "    @dev.pgtrickle.dao.annotations.Lossy String label,",
                "    java.time.OffsetDateTime at, String region) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    List<String> notes =
        compilation.notes().stream()
            .map(note -> note.getMessage(Locale.ROOT))
            .filter(note -> note.contains("UnexpectedNullException"))
            .toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0)).contains("component Stats.big is a primitive long");
    // the record schema the start-up verifier reads
    String resource =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, RecordSchema.resourceName("com.example.StatsDao"))
            .map(SchemaDiagnosticsTest::content)
            .orElseThrow();
    RecordSchema record = RecordSchema.parse(resource);
    assertThat(record.name()).isEqualTo("stats");
    assertThat(record.components().get(0).javaType()).isEqualTo("long");
    assertThat(record.components().get(2).lossy()).isTrue();
    assertThat(record.components().get(2).javaType()).isEqualTo("java.lang.String");
  }

  @Test
  void withoutASnapshotNothingIsChecked() {
    Compilation compilation =
        Sources.compile(
            new StreamTableProcessor(),
            List.of(),
            example(
                "Stats", "@StreamTableView(name = \"stats\")", "public record Stats(int big) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.contains("UnexpectedNullException")))
        .isEmpty();
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
