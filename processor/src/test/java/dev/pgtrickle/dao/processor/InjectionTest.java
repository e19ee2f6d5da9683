package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
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
        Sources.compile(List.of("-Apgtrickle.dao.injection=javax"), TOTALS), "javax.inject.Inject");
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

  @Test
  void theUsersOwnNamedAndSingletonReachTheProcessorsAfterOurs() {
    Watcher watcher = new Watcher();
    Compilation compilation =
        javac()
            .withProcessors(new StreamTableProcessor(), watcher)
            .compile(
                TOTALS,
                example(
                    "Service",
                    "@jakarta.inject.Named @jakarta.inject.Singleton",
                    "public class Service {}"));

    assertThat(compilation).succeeded();
    assertThat(watcher.rounds.get(0))
        .containsExactly("jakarta.inject.Named", "jakarta.inject.Singleton");
    // The next round holds only the DAO, whose annotations are ours and claimed.
    assertThat(watcher.rounds.get(1)).isEmpty();
  }

  /** A processor after ours: records the injection annotations it is given, round by round. */
  @SupportedAnnotationTypes({"jakarta.inject.Named", "jakarta.inject.Singleton"})
  private static final class Watcher extends AbstractProcessor {
    final List<Set<String>> rounds = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Set<String> names = new TreeSet<>();
      annotations.forEach(annotation -> names.add(annotation.getQualifiedName().toString()));
      rounds.add(names);
      return false;
    }
  }

  private static void assertInject(Compilation compilation, String inject) {
    assertThat(compilation).succeededWithoutWarnings();
    String injectPackage = inject.substring(0, inject.lastIndexOf('.'));
    for (String annotation :
        List.of(inject, injectPackage + ".Named", injectPackage + ".Singleton")) {
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
