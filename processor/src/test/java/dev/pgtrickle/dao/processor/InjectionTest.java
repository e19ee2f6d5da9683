package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which injection annotations the DAO carries ({@code @Inject} on the constructor, {@code @Named}
 * and {@code @Singleton} on the class), by option and by compile classpath.
 */
class InjectionTest {
  private static final JavaFileObject TOTALS =
      example("Totals", "@StreamTableView", "public record Totals(String region) {}");
  private static final String CONSTRUCTOR = "  public TotalsDao(DataSource dataSource) {";
  private static final String GENERATED =
      "@Generated(\"dev.pgtrickle.dao.processor.StreamTableProcessor\")\n";
  /** The class's annotations when an {@code @Inject} is chosen: one instance, found by scanning. */
  private static final String CLASS_ANNOTATIONS =
      GENERATED + "@Named\n@Singleton\npublic final class TotalsDao";

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
    String injectPackage = inject.substring(0, inject.lastIndexOf('.'));
    for (String annotation : List.of(inject, injectPackage + ".Named", injectPackage + ".Singleton")) {
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsDao")
          .contentsAsUtf8String()
          .contains("import " + annotation + ";");
    }
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains(CLASS_ANNOTATIONS);
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
    for (String absent : List.of("Named", "Singleton")) {
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsDao")
          .contentsAsUtf8String()
          .doesNotContain(absent);
    }
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains(GENERATED + "public final class TotalsDao");
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains("   */\n" + CONSTRUCTOR);
  }
}
