package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Definitions.literal;
import static dev.pgtrickle.dao.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.definitions.DeclaredStreamTable;
import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The definitions resource: written once per module, in dependency order whatever the order of the
 * sources, exactly the golden text, and read back by the runtime to exactly the values written in
 * the annotations, hostile text included.
 */
class DefinitionsResourceTest {
  /** Quotes, dollar quotes, pg_trickle's own $pgt$ tag, backslashes, tabs and line breaks. */
  static final String HOSTILE_QUERY =
      "SELECT region, 'it''s $$ $pgt$ \\ \\\\ \"q\" \t E''\\n''' AS note\n"
          + "  -- a comment with $$ and '\r\n"
          + "  FROM orders /* $tag$ */ WHERE region <> $x$'$x$";

  private static JavaFileObject daily() {
    return source(
        "DailyRevenue",
        "@StreamTableView(schema = \"sales\")",
        "@StreamTableDefinition(",
        "    query = \"SELECT region, SUM(total) AS revenue FROM public.region_totals GROUP BY"
            + " region\",",
        "    schedule = \"1h30m\", refreshMode = RefreshMode.FULL, initialize = false)",
        "public record DailyRevenue(String region, BigDecimal revenue) {}");
  }

  private static JavaFileObject regionTotals() {
    return source(
        "RegionTotals",
        "@StreamTableView",
        "@StreamTableDefinition(",
        "    query = \"SELECT o.region, SUM(o.amount) AS total FROM orders o GROUP BY o.region\",",
        "    targetFreshness = \"30 seconds\", poolerCompatibilityMode = true)",
        "public record RegionTotals(String region, BigDecimal total) {}");
  }

  private static JavaFileObject notes() {
    return source(
        "Notes",
        "@StreamTableView",
        "@StreamTableDefinition(query = " + literal(HOSTILE_QUERY) + ",",
        "    refreshMode = RefreshMode.IMMEDIATE)",
        "public record Notes(String region, String note) {}");
  }

  private static JavaFileObject topRegions() {
    return source(
        "TopRegions",
        "@StreamTableView(name = \"Top \\\"Regions\\\"\")",
        "@StreamTableDefinition(",
        "    query = \"SELECT d.region, r.total FROM sales.daily_revenue d JOIN region_totals r"
            + " USING (region)\",",
        "    schedule = \"*/5 * * * *\", refreshMode = RefreshMode.DIFFERENTIAL)",
        "public record TopRegions(String region, BigDecimal total) {}");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new StreamTableDefinitionsProcessor(), new StreamTableProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  private static String resource(Compilation compilation) {
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, StreamTableDefinitions.RESOURCE)
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theResourceIsTheGoldenTextInDependencyOrder() throws IOException {
    Compilation compilation = compile(topRegions(), notes(), daily(), regionTotals());
    assertThat(compilation).succeededWithoutWarnings();
    String text = resource(compilation);
    Path golden = Path.of("src/test/resources/golden", StreamTableDefinitions.RESOURCE);
    if (Boolean.getBoolean("pgtrickle.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, text);
    }
    assertThat(text).isEqualTo(Files.readString(golden));
  }

  @Test
  void theOrderDoesNotDependOnTheOrderOfTheSources() {
    String one = resource(compile(topRegions(), notes(), daily(), regionTotals()));
    String two = resource(compile(regionTotals(), daily(), notes(), topRegions()));
    assertThat(two).isEqualTo(one);
  }

  @Test
  void eachTableComesAfterTheTablesItReads() {
    List<DeclaredStreamTable> all =
        StreamTableDefinitions.parse(
                resource(compile(topRegions(), notes(), daily(), regionTotals())), "test")
            .stream()
            .toList();
    List<String> names = all.stream().map(d -> d.name().toString()).toList();
    assertThat(names)
        .containsExactly(
            "public.notes", "public.region_totals", "sales.daily_revenue", "public.Top \"Regions\"")
        .inOrder();
    assertThat(all.get(2).dependsOn())
        .containsExactly(StreamTableName.of("public", "region_totals"));
    assertThat(all.get(3).dependsOn())
        .containsExactly(
            StreamTableName.of("sales", "daily_revenue"),
            StreamTableName.of("public", "region_totals"))
        .inOrder();
  }

  @Test
  void everyValueReadsBackExactlyAsWritten() {
    List<DeclaredStreamTable> all =
        StreamTableDefinitions.parse(resource(compile(notes(), regionTotals(), daily())), "test");
    DeclaredStreamTable notes = all.get(0);
    assertThat(notes.query()).isEqualTo(HOSTILE_QUERY);
    assertThat(notes.refreshMode()).isEqualTo("IMMEDIATE");
    assertThat(notes.schedule()).isEqualTo("calculated");
    assertThat(notes.record()).isEqualTo("com.example.Notes");
    DeclaredStreamTable totals = all.get(1);
    assertThat(totals.targetFreshness()).isEqualTo(Optional.of("30 seconds"));
    assertThat(totals.poolerCompatibilityMode()).isTrue();
    assertThat(totals.initialize()).isTrue();
    assertThat(totals.refreshMode()).isEqualTo("AUTO");
    DeclaredStreamTable daily = all.get(2);
    assertThat(daily.schedule()).isEqualTo("1h30m");
    assertThat(daily.initialize()).isFalse();
    assertThat(daily.refreshMode()).isEqualTo("FULL");
  }

  @Test
  void aModuleWithoutDefinitionsGetsNoResource() {
    Compilation compilation =
        compile(source("Plain", "@StreamTableView", "public record Plain(String region) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, StreamTableDefinitions.RESOURCE))
        .isEmpty();
  }

  @Test
  void theRecordsAreTheResourcesOriginatingElements() {
    Recorder recorder = new Recorder();
    Compilation compilation =
        javac()
            .withProcessors(recorder.definitionsProcessor(), new StreamTableProcessor())
            .compile(daily(), regionTotals());
    assertThat(compilation).succeeded();
    assertThat(recorder.created()).containsExactly(StreamTableDefinitions.RESOURCE);
    assertThat(recorder.origins(StreamTableDefinitions.RESOURCE))
        .containsExactly("DailyRevenue", "RegionTotals");
  }

  @Test
  void aFilerFailureIsReportedOnce() {
    Recorder recorder = new Recorder(Recorder.FilerMode.THROW_IO_EXCEPTION);
    Compilation compilation =
        javac()
            .withProcessors(recorder.definitionsProcessor(), new StreamTableProcessor())
            .compile(regionTotals());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableCannotWrite]");
    assertThat(compilation).hadErrorContaining("disk full (test)");
  }

  @Test
  void anUnexpectedFailureIsOneInternalErrorAskingForABugReport() {
    Recorder recorder = new Recorder(Recorder.FilerMode.THROW_RUNTIME_EXCEPTION);
    Compilation compilation =
        javac()
            .withProcessors(recorder.definitionsProcessor(), new StreamTableProcessor())
            .compile(regionTotals());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[StreamTableInternalError] @StreamTableDefinition: internal error,"
                + " please report it")
        .inFile(regionTotals())
        .onLine(7); // the record
    assertThat(compilation).hadErrorContaining("Filer broke (test)");
  }
}
