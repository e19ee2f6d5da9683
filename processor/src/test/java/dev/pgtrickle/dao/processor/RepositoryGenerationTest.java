package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What an implementation is named, which {@code @Inject} it carries (the DAO's choice), and that it
 * is written only when both the interface and its record are valid.
 */
class RepositoryGenerationTest {
  private static final String FINDER = "  List<Totals> findByRegion(String region);";

  @Test
  void aNestedInterfaceGetsOuterUnderscoreInnerImpl() {
    JavaFileObject outer =
        Repositories.source(
            "Reports",
            "class Reports {",
            "  @StreamTableRepository(Totals.class)",
            "  interface ByRegion {",
            "    List<Totals> findByRegion(String region);",
            "  }",
            "}");
    Compilation compilation =
        Sources.compile(List.of("-Xlint:all,-processing", "-Werror"), outer, Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.Reports_ByRegionImpl")
        .contentsAsUtf8String()
        .contains("public final class Reports_ByRegionImpl implements Reports.ByRegion {");
  }

  @Test
  void theImplementationCarriesTheSameInjectAsTheDao() {
    for (String mode : List.of("javax", "jakarta")) {
      Compilation compilation =
          Sources.compile(
              List.of("-Apgtrickle.dao.injection=" + mode),
              Repositories.queries(FINDER),
              Repositories.totals());
      assertThat(compilation).succeeded();
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsQueriesImpl")
          .contentsAsUtf8String()
          .contains("import " + mode + ".inject.Inject;");
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsQueriesImpl")
          .contentsAsUtf8String()
          .contains("  @Inject\n  public TotalsQueriesImpl(DataSource dataSource) {");
    }
  }

  @Test
  void noInjectWhenTheOptionSaysNone() {
    Compilation compilation =
        Sources.compile(
            List.of("-Apgtrickle.dao.injection=none"),
            Repositories.queries(FINDER),
            Repositories.totals());
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsQueriesImpl")
        .contentsAsUtf8String()
        .doesNotContain("@Inject");
  }

  @Test
  void theInterfaceIsTheImplementationsOneOriginatingElement() {
    Recorder recorder = new Recorder();
    Compilation compilation =
        Sources.compile(
            recorder.processor(), List.of(), Repositories.queries(FINDER), Repositories.totals());
    assertThat(compilation).succeeded();
    assertThat(recorder.origins("com.example.TotalsQueriesImpl")).containsExactly("TotalsQueries");
    assertThat(recorder.origins("com.example.TotalsDao")).containsExactly("Totals");
  }

  @Test
  void anInvalidRecordGetsNoImplementationAndOnlyItsOwnErrors() {
    JavaFileObject broken =
        Sources.example("Totals", "@StreamTableView", "public record Totals(Object region) {}");
    Recorder recorder = new Recorder();
    Compilation compilation =
        Sources.compile(recorder.processor(), List.of(), Repositories.queries(FINDER), broken);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableUnsupportedType]");
    assertThat(recorder.created()).isEmpty();
  }

  @Test
  void aParameterNamedLikeAFieldDoesNotShadowIt() {
    Compilation compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror"),
            Repositories.queries(
                "  @Query(\"SELECT * FROM totals WHERE region = :dataSource\")",
                "  List<Totals> byRegion(String dataSource);"),
            Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsQueriesImpl")
        .contentsAsUtf8String()
        .contains("Queries.list(ConnectionSource.of(dataSource_),");
  }
}
