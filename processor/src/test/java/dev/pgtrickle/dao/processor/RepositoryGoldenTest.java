package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.record;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The implementation generated for a repository that uses every query style: derived finders with
 * every return shape, {@code on(Connection)}, every {@code StreamTableDao} method by delegation, a
 * projection, {@code @Query} methods returning rows and scalars, and a default method left alone.
 * Compared with its golden file as exact text.
 */
class RepositoryGoldenTest {
  private static final String IMPL = "com/example/OrderTotalsRepositoryImpl.java";
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror", "-Xdoclint:all,-missing"),
            record("com/example/OrderTotals.java"),
            JavaFileObjects.forResource("repositories/com/example/OrderTotalsRepository.java"));
    if (Boolean.getBoolean("pgtrickle.golden.update")) {
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        if (file.getName().endsWith("OrderTotalsRepositoryImpl.java")) {
          try {
            Files.writeString(
                Path.of("src/test/resources/golden", IMPL), file.getCharContent(true));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
  }

  @Test
  void theImplementationCompilesCleanUnderLintAndDoclint() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(2);
  }

  @Test
  void generatedTextIsTheGoldenText() {
    assertThat(compilation)
        .generatedSourceFile("com.example.OrderTotalsRepositoryImpl")
        .contentsAsUtf8String()
        .isEqualTo(Sources.golden(IMPL));
  }
}
