package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Sources.example;
import static dev.pgtrickle.dao.processor.Sources.record;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code StreamTableDaos}, the per-package entry point for code without a container, written by the
 * aggregating {@link StreamTableDaosProcessor} next to the isolating {@link StreamTableProcessor},
 * both found the way javac finds them: through {@code META-INF/services}.
 */
class EntryPointTest {
  private static final List<String> LINT =
      List.of("-Xlint:all,-processing", "-Werror", "-Xdoclint:all,-missing");

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        compile(
            LINT,
            record("com/example/OrderTotals.java"),
            record("com/example/AllTypes.java"),
            record("com/example/status/Status.java"),
            record("com/example/Shop.java"),
            JavaFileObjects.forSourceLines(
                "com.example.other.Daily",
                "package com.example.other;",
                "@dev.pgtrickle.dao.annotations.StreamTableView",
                "public record Daily(java.time.LocalDate day) {}"));
    if (Boolean.getBoolean("pgtrickle.golden.update")) {
      Sources.updateGoldens(compilation, List.of("com/example/StreamTableDaos.java"));
    }
  }

  /** Compiles with the processors META-INF/services lists, in its order, as javac would. */
  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(registeredProcessors()).withOptions(options).compile(sources);
  }

  private static List<Processor> registeredProcessors() {
    List<Processor> ours = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class)) {
      if (processor.getClass().getPackageName().equals("dev.pgtrickle.dao.processor")) {
        ours.add(processor);
      }
    }
    return ours;
  }

  @Test
  void allFourProcessorsAreRegistered() {
    List<Class<?>> registered = new ArrayList<>();
    registeredProcessors().forEach(processor -> registered.add(processor.getClass()));

    // In any order: none claims anything (ProcessorOrderTest).
    assertThat(registered)
        .containsExactly(
            StreamTableDaosProcessor.class,
            StreamTableDefinitionsProcessor.class,
            StreamTableIndexProcessor.class,
            StreamTableProcessor.class);
  }

  @Test
  void gradleSeesTheDaosIsolatingAndTheEntryPointAndDefinitionsAggregating() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList())
          .containsExactly(
              "dev.pgtrickle.dao.processor.StreamTableProcessor,isolating",
              "dev.pgtrickle.dao.processor.StreamTableDaosProcessor,aggregating",
              "dev.pgtrickle.dao.processor.StreamTableIndexProcessor,aggregating",
              "dev.pgtrickle.dao.processor.StreamTableDefinitionsProcessor,aggregating");
    }
  }

  @Test
  void onePerPackageCompilingCleanUnderLintAndDoclint() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.StreamTableDaos");
    assertThat(compilation).generatedSourceFile("com.example.other.StreamTableDaos");
    assertThat(compilation.generatedSourceFiles()).hasSize(6);
  }

  @Test
  void generatedTextIsTheGoldenText() {
    assertThat(compilation)
        .generatedSourceFile("com.example.StreamTableDaos")
        .contentsAsUtf8String()
        .isEqualTo(Sources.golden("com/example/StreamTableDaos.java"));
  }

  @Test
  void theEntryPointCarriesNoInjectionAnnotations() {
    for (String absent : List.of("Inject", "Named", "Singleton")) {
      assertThat(compilation)
          .generatedSourceFile("com.example.other.StreamTableDaos")
          .contentsAsUtf8String()
          .doesNotContain(absent);
    }
    assertThat(compilation)
        .generatedSourceFile("com.example.other.StreamTableDaos")
        .contentsAsUtf8String()
        .contains("public DailyDao dailyDao() {");
  }

  @Test
  void aRecordWaitingForAGeneratedTypeIsIncluded() {
    List<Processor> processors = new ArrayList<>(List.of(new ColorWriter()));
    processors.addAll(registeredProcessors());
    Compilation deferred =
        javac()
            .withProcessors(processors)
            .withOptions(LINT)
            .compile(
                example("Painted", "@StreamTableView", "public record Painted(Color color) {}"),
                example("Plain", "@StreamTableView", "public record Plain(String region) {}"));

    assertThat(deferred).succeededWithoutWarnings();
    assertThat(deferred)
        .generatedSourceFile("com.example.StreamTableDaos")
        .contentsAsUtf8String()
        .contains("return List.of(paintedDao, plainDao);");
  }

  @Test
  void withoutRecordsThereIsNoEntryPoint() {
    Compilation plain = compile(LINT, example("Plain", "public record Plain(String region) {}"));

    assertThat(plain).succeededWithoutWarnings();
    assertThat(plain.generatedSourceFiles()).isEmpty();
  }
}
