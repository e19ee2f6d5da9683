package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.record;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated DAOs of representative records, compared with golden files both as exact text
 * (formatting included) and as equivalent source: {@code OrderTotals} (the README's example),
 * {@code AllTypes} (every supported type) and {@code Shop.Order} (nested, reserved words, quotes
 * and markup in names, components named like the DAO's own variables and types).
 */
class GoldenTest {
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror", "-Xdoclint:all,-missing"),
            record("com/example/OrderTotals.java"),
            record("com/example/AllTypes.java"),
            record("com/example/status/Status.java"),
            record("com/example/Shop.java"));
    if (Boolean.getBoolean("pgtrickle.golden.update")) {
      Sources.updateGoldens(
          compilation,
          List.of(
              "com/example/OrderTotalsDao.java",
              "com/example/AllTypesDao.java",
              "com/example/Shop_OrderDao.java"));
    }
  }

  @Test
  void generatedCodeCompilesCleanUnderLintAndDoclint() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"OrderTotalsDao", "AllTypesDao", "Shop_OrderDao"})
  void generatedTextIsTheGoldenText(String dao) {
    assertThat(compilation)
        .generatedSourceFile("com.example." + dao)
        .contentsAsUtf8String()
        .isEqualTo(Sources.golden("com/example/" + dao + ".java"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OrderTotalsDao", "AllTypesDao", "Shop_OrderDao"})
  void generatedSourceIsEquivalentToTheGolden(String dao) {
    assertThat(compilation)
        .generatedSourceFile("com.example." + dao)
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/com/example/" + dao + ".java"));
  }
}
