package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Sources.example;
import static dev.pgtrickle.dao.processor.Sources.record;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nothing depends on the order in which javac runs the processors: every processor of ours claims
 * nothing, and each decides only from what it sees itself. Each test compiles the same sources with
 * the registered processors (and another library's generator) in {@code META-INF/services} order
 * and in reverse, and expects the same generated sources, the same resources (index and
 * definitions) and, where something is wrong, the same diagnostics.
 */
class ProcessorOrderTest {
  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Werror");

  /** Every kind of input: records, a nested one, a repository, definitions, a deferred record. */
  private static List<JavaFileObject> everything() {
    return List.of(
        record("com/example/OrderTotals.java"),
        record("com/example/AllTypes.java"),
        record("com/example/status/Status.java"),
        record("com/example/Shop.java"),
        JavaFileObjects.forResource("repositories/com/example/OrderTotalsRepository.java"),
        Definitions.totals(Definitions.QUERY),
        example("Painted", "@StreamTableView", "public record Painted(Color color) {}"));
  }

  @Test
  void bothOrdersGenerateTheSameFiles() {
    Compilation forward = compile(false, everything());
    Compilation reverse = compile(true, everything());

    assertThat(forward).succeededWithoutWarnings();
    assertThat(reverse).succeededWithoutWarnings();
    Map<String, String> generated = generated(forward);
    assertThat(generated).containsKey("/SOURCE_OUTPUT/com/example/OrderTotalsRepositoryImpl.java");
    assertThat(generated).containsKey("/SOURCE_OUTPUT/com/example/PaintedDao.java");
    assertThat(generated).containsKey("/SOURCE_OUTPUT/com/example/StreamTableDaos.java");
    assertThat(generated).containsKey("/CLASS_OUTPUT/META-INF/pgtrickle-dao/index");
    assertThat(generated)
        .containsKey("/CLASS_OUTPUT/META-INF/pgtrickle-dao/stream-table-definitions");
    assertThat(generated(reverse)).containsExactlyEntriesIn(generated);
  }

  @Test
  void bothOrdersReportTheSameProblems() {
    List<JavaFileObject> sources = new ArrayList<>(everything());
    sources.add(example("Broken", "@StreamTableView", "public record Broken(Object value) {}"));
    sources.add(
        Definitions.source(
            "Deleting",
            "@StreamTableView @StreamTableDefinition(query = \"DELETE FROM orders\")",
            "public record Deleting(String region) {}"));

    Compilation forward = compile(false, sources);
    Compilation reverse = compile(true, sources);

    assertThat(forward).failed();
    assertThat(forward).hadErrorContaining("[StreamTableUnsupportedType] Object value");
    assertThat(forward).hadErrorCount(2);
    assertThat(diagnostics(reverse)).containsExactlyElementsIn(diagnostics(forward)).inOrder();
  }

  @Test
  void everyProcessorClaimsNothingInEveryRound() {
    List<Returns> processors = new ArrayList<>();
    for (Processor processor : ServiceLoader.load(Processor.class)) {
      if (processor.getClass().getPackageName().equals("dev.pgtrickle.dao.processor")) {
        processors.add(new Returns(processor));
      }
    }
    List<Processor> all = new ArrayList<>(List.of(new ColorWriter()));
    all.addAll(processors);

    Compilation compilation =
        javac().withProcessors(all).withOptions(OPTIONS).compile(everything());

    assertThat(compilation).succeededWithoutWarnings();
    for (Returns processor : processors) {
      assertThat(processor.results).isNotEmpty();
      assertThat(processor.results).doesNotContain(true);
    }
    for (Returns processor : processors) {
      for (String type : processor.getSupportedAnnotationTypes()) {
        assertThat(type).startsWith("dev.pgtrickle.dao.annotations.");
      }
    }
  }

  /** Runs a processor and keeps what its {@code process} returned, round by round. */
  private static final class Returns implements Processor {
    private final Processor delegate;
    final List<Boolean> results = new ArrayList<>();

    Returns(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(javax.annotation.processing.ProcessingEnvironment environment) {
      delegate.init(environment);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      boolean result = delegate.process(annotations, round);
      results.add(result);
      return result;
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        javax.lang.model.element.Element element,
        javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member,
        String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  private static Compilation compile(boolean reversed, List<JavaFileObject> sources) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new ColorWriter());
    for (Processor processor : ServiceLoader.load(Processor.class)) {
      if (processor.getClass().getPackageName().equals("dev.pgtrickle.dao.processor")) {
        processors.add(processor);
      }
    }
    assertThat(processors).hasSize(5);
    if (reversed) {
      Collections.reverse(processors);
    }
    return javac().withProcessors(processors).withOptions(OPTIONS).compile(sources);
  }

  /** Every generated source and resource (not class files), by path, with its text. */
  private static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.endsWith(".class") || path.endsWith("/pgtrickle-dao-probe")) {
        // The schema check's probe only locates the class output; it is never written.
        continue;
      }
      try {
        files.put(path, file.getCharContent(true).toString());
      } catch (FileNotFoundException e) {
        // Looked up through the Filer (the schema check's probe for the class output), never
        // written: compile-testing lists it with the generated files, but it has no content.
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
    }
    return files;
  }

  /** Every diagnostic's kind, line and text, sorted. */
  private static List<String> diagnostics(Compilation compilation) {
    List<String> all = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      all.add(
          diagnostic.getKind()
              + " "
              + (diagnostic.getSource() == null ? "-" : diagnostic.getSource().getName())
              + ":"
              + diagnostic.getLineNumber()
              + " "
              + diagnostic.getMessage(Locale.ROOT));
    }
    Collections.sort(all);
    return all;
  }
}
