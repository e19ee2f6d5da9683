package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which {@code @Inject} the constructor carries, by option and by compile classpath. */
class InjectionTest {
  private static final JavaFileObject TOTALS =
      example("Totals", "@StreamTableView", "public record Totals(String region) {}");
  private static final String CONSTRUCTOR = "  public TotalsDao(DataSource dataSource) {";

  @Test
  void jakartaByDefaultWhenOnTheClasspath() {
    assertInject(Sources.compile(TOTALS), "jakarta.inject.Inject");
  }

  @Test
  void autoIsTheDefault() {
    assertInject(
        Sources.compile(List.of("-Apgtrickle.dao.injection=auto"), TOTALS),
        "jakarta.inject.Inject");
  }

  @Test
  void javaxWhenRequested() {
    assertInject(
        Sources.compile(List.of("-Apgtrickle.dao.injection=javax"), TOTALS),
        "javax.inject.Inject");
  }

  @Test
  void jakartaWhenRequested() {
    assertInject(
        Sources.compile(List.of("-Apgtrickle.dao.injection=jakarta"), TOTALS),
        "jakarta.inject.Inject");
  }

  @Test
  void noneWhenRequested() {
    assertNoInject(Sources.compile(List.of("-Apgtrickle.dao.injection=none"), TOTALS));
  }

  @Test
  void autoFallsBackToJavaxWithoutJakarta() {
    Compilation compilation =
        Sources.compileWithClasspathOf(
            List.of(StreamTableView.class, StreamTableDao.class, javax.inject.Inject.class),
            List.of(),
            TOTALS);
    assertInject(compilation, "javax.inject.Inject");
  }

  @Test
  void autoAddsNoneWithoutEither() {
    Compilation compilation =
        Sources.compileWithClasspathOf(
            List.of(StreamTableView.class, StreamTableDao.class), List.of(), TOTALS);
    assertNoInject(compilation);
  }

  private static void assertInject(Compilation compilation, String inject) {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains("import " + inject + ";");
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains("  @Inject\n" + CONSTRUCTOR);
  }

  private static void assertNoInject(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .doesNotContain("Inject");
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains("   */\n" + CONSTRUCTOR);
  }
}
