package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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
 * Which dependency-injection annotations the DAO carries, by the options {@code
 * -Apgtrickle.dao.injection} and {@code -Apgtrickle.dao.scope} and by compile classpath: by default
 * only an {@code @Inject} on the constructor, never a scope.
 */
class InjectionTest {
  private static final JavaFileObject TOTALS =
      example("Totals", "@StreamTableView", "public record Totals(String region) {}");

  /** Spring's annotation, as spring-context declares it, for the {@code spring} option. */
  private static final JavaFileObject SPRING_COMPONENT =
      JavaFileObjects.forSourceLines(
          "org.springframework.stereotype.Component",
          "package org.springframework.stereotype;",
          "import java.lang.annotation.*;",
          "@Target(ElementType.TYPE) @Retention(RetentionPolicy.RUNTIME) @Documented",
          "public @interface Component { String value() default \"\"; }");

  private static final String CONSTRUCTOR = "  public TotalsDao(DataSource dataSource) {";
  private static final String GENERATED =
      "@Generated(\"dev.pgtrickle.dao.processor.StreamTableProcessor\")\n";
  private static final String CLASS = "public final class TotalsDao";

  @Test
  void jakartaInjectAndNoScopeByDefaultWhenOnTheClasspath() {
    Compilation compilation = Sources.compile(TOTALS);

    assertInject(compilation, "jakarta.inject.Inject");
    assertClassAnnotations(compilation, "");
    assertAbsent(compilation, "Singleton", "Named", "Component");
  }

  @Test
  void autoIsTheDefault() {
    Compilation compilation = Sources.compile(List.of("-Apgtrickle.dao.injection=auto"), TOTALS);

    assertInject(compilation, "jakarta.inject.Inject");
    assertClassAnnotations(compilation, "");
  }

  @Test
  void javaxWhenRequested() {
    Compilation compilation = Sources.compile(List.of("-Apgtrickle.dao.injection=javax"), TOTALS);

    assertInject(compilation, "javax.inject.Inject");
    assertClassAnnotations(compilation, "");
  }

  @Test
  void jakartaWhenRequested() {
    Compilation compilation = Sources.compile(List.of("-Apgtrickle.dao.injection=jakarta"), TOTALS);

    assertInject(compilation, "jakarta.inject.Inject");
    assertClassAnnotations(compilation, "");
  }

  @Test
  void springPutsComponentOnTheClassAndNoInject() {
    Compilation compilation =
        Sources.compile(List.of("-Apgtrickle.dao.injection=spring"), TOTALS, SPRING_COMPONENT);

    assertThat(compilation).succeededWithoutWarnings();
    assertDao(compilation).contains("import org.springframework.stereotype.Component;");
    assertClassAnnotations(compilation, "@Component\n");
    assertDao(compilation).contains("   */\n" + CONSTRUCTOR);
    assertAbsent(compilation, "Inject", "Singleton", "Named");
  }

  @Test
  void singletonScopeOnlyWhenAskedFor() {
    Compilation compilation =
        Sources.compile(
            List.of("-Apgtrickle.dao.injection=jakarta", "-Apgtrickle.dao.scope=singleton"),
            TOTALS);

    assertInject(compilation, "jakarta.inject.Inject");
    assertDao(compilation).contains("import jakarta.inject.Singleton;");
    assertClassAnnotations(compilation, "@Singleton\n");
  }

  @Test
  void singletonScopeTakesTheInjectsPackage() {
    Compilation compilation =
        Sources.compile(
            List.of("-Apgtrickle.dao.injection=javax", "-Apgtrickle.dao.scope=singleton"), TOTALS);

    assertInject(compilation, "javax.inject.Inject");
    assertDao(compilation).contains("import javax.inject.Singleton;");
    assertClassAnnotations(compilation, "@Singleton\n");
  }

  @Test
  void scopeNoneIsTheDefault() {
    Compilation compilation = Sources.compile(List.of("-Apgtrickle.dao.scope=none"), TOTALS);

    assertInject(compilation, "jakarta.inject.Inject");
    assertClassAnnotations(compilation, "");
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
    assertClassAnnotations(compilation, "");
  }

  @Test
  void autoAddsNoneWithoutEither() {
    Compilation compilation =
        Sources.compileWithClasspathOf(
            List.of(StreamTableView.class, StreamTableDao.class), List.of(), TOTALS);
    assertNoInject(compilation);
  }

  @Test
  void everyInjectionAnnotationReachesTheProcessorsAfterOurs() {
    Watcher watcher = new Watcher();
    Compilation compilation =
        javac()
            .withProcessors(new StreamTableProcessor(), watcher)
            .withOptions("-Apgtrickle.dao.scope=singleton")
            .compile(
                TOTALS,
                example(
                    "Service",
                    "@jakarta.inject.Named @jakarta.inject.Singleton",
                    "public class Service {}"));

    assertThat(compilation).succeeded();
    assertThat(watcher.rounds.get(0))
        .containsExactly(
            "dev.pgtrickle.dao.annotations.StreamTableView",
            "jakarta.inject.Named",
            "jakarta.inject.Singleton");
    // The next round holds only the DAO: its @Inject and @Singleton are not claimed either, so
    // Dagger, which runs after us, sees them.
    assertThat(watcher.rounds.get(1))
        .containsExactly("jakarta.inject.Inject", "jakarta.inject.Singleton");
  }

  /** A processor after ours: records the annotations it is given, round by round. */
  @SupportedAnnotationTypes({
    "dev.pgtrickle.dao.annotations.StreamTableView",
    "jakarta.inject.Inject",
    "jakarta.inject.Named",
    "jakarta.inject.Singleton"
  })
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

  private static com.google.common.truth.StringSubject assertDao(Compilation compilation) {
    return assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String();
  }

  /** The DAO class carries {@code @Generated}, then exactly {@code annotations}. */
  private static void assertClassAnnotations(Compilation compilation, String annotations) {
    assertDao(compilation).contains(GENERATED + annotations + CLASS);
  }

  private static void assertAbsent(Compilation compilation, String... names) {
    for (String absent : names) {
      assertDao(compilation).doesNotContain(absent);
    }
  }

  private static void assertInject(Compilation compilation, String inject) {
    assertThat(compilation).succeededWithoutWarnings();
    assertDao(compilation).contains("import " + inject + ";");
    assertDao(compilation).contains("  @Inject\n" + CONSTRUCTOR);
  }

  private static void assertNoInject(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    assertAbsent(compilation, "Inject", "Named", "Singleton", "Component");
    assertClassAnnotations(compilation, "");
    assertDao(compilation).contains("   */\n" + CONSTRUCTOR);
  }
}
