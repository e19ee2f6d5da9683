package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor defects of issue 12, each reproduced: internal errors, silently wrong limits,
 * generated code that did not compile, annotation values silently ignored, cascading errors.
 */
class ReliabilityDefectsTest {
  private static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private static Compilation compile(JavaFileObject... sources) {
    return Sources.compile(STRICT, sources);
  }

  private static String generated(Compilation compilation, String name) {
    try {
      return compilation
          .generatedSourceFile(name)
          .orElseThrow(() -> new AssertionError("no generated " + name))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void noInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertThat(d.getMessage(null)).doesNotContain("[StreamTableInternalError]");
    }
  }

  @Test
  void aFinderNameEndingInOrderByIsAnInvalidFinderNotAnInternalError() {
    Compilation compilation =
        compile(
            Repositories.totals(),
            Repositories.repository("  List<Totals> findByRegionOrderBy(String region);"));
    noInternalError(compilation);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableInvalidFinder]");
    assertThat(compilation).hadErrorContaining("OrderBy must be followed by a component");
  }

  @Test
  void aTopBeyondIntIsRejectedNotTruncated() {
    for (String top : List.of("2147483648", "999999999999", "99999999999999999999999")) {
      Compilation compilation =
          compile(
              Repositories.totals(),
              Repositories.repository("  List<Totals> findTop" + top + "ByRegion(String region);"));
      noInternalError(compilation);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[StreamTableInvalidFinder]");
      assertThat(compilation).hadErrorContaining("at most 2147483647");
    }
  }

  @Test
  void theLargestTopIsKeptExactly() {
    Compilation compilation =
        compile(
            Repositories.totals(),
            Repositories.repository("  List<Totals> findTop2147483647ByRegion(String region);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "com.example.TotalsRepositoryImpl"))
        .contains(".limit(2147483647)");
  }

  @Test
  void lineAndParagraphSeparatorsInNamesCompile() {
    Compilation compilation =
        compile(
            Sources.example(
                "Separators",
                "@StreamTableView(name = \"a\\u2028b\", schema = \"s\\u2029t\")",
                "public record Separators(@ColumnName(\"c\\u2028\\u2029d\") String c, long n) {}"),
            Repositories.source(
                "SeparatorsRepository",
                "@StreamTableRepository(Separators.class)",
                "interface SeparatorsRepository {",
                "  List<Separators> findByCOrderByNDesc(String c);",
                "  @Query(\"SELECT * FROM \\\"s\\u2029t\\\".\\\"a\\u2028b\\\" WHERE n > :n\")",
                "  List<Separators> above(long n);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String dao = generated(compilation, "com.example.SeparatorsDao");
    assertThat(dao).doesNotContain("\u2028");
    assertThat(dao).doesNotContain("\u2029");
    assertThat(dao).contains("\\u2028");
  }

  @Test
  void aBudgetBeyondIntSecondsIsALongLiteral() {
    Compilation compilation =
        compile(
            Sources.example(
                "Old",
                "@StreamTableView(maxStaleness = \"3551w\")",
                "public record Old(String region) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "com.example.OldDao"))
        .contains("Duration.ofSeconds(" + 3551L * 7 * 24 * 3600 + "L)");
  }

  @Test
  void samePackageTypesNamedLikeJavaLangDoNotShadowTheGeneratedCode() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceLines(
                "com.example.String", "package com.example;", "public class String {}"),
            JavaFileObjects.forSourceLines(
                "com.example.Long", "package com.example;", "public class Long {}"),
            JavaFileObjects.forSourceLines(
                "com.example.Override", "package com.example;", "public class Override {}"),
            JavaFileObjects.forSourceLines(
                "com.example.Shadowed",
                "package com.example;",
                "import dev.pgtrickle.dao.annotations.*;",
                "@StreamTableView",
                "public record Shadowed(java.lang.String region, java.lang.Long total, long n) {}"),
            JavaFileObjects.forSourceLines(
                "com.example.ShadowedRepository",
                "package com.example;",
                "import dev.pgtrickle.dao.annotations.*;",
                "@StreamTableRepository(Shadowed.class)",
                "interface ShadowedRepository {",
                "  java.util.List<Shadowed> findByRegion(java.lang.String region);",
                "  long countByTotalGreaterThan(java.lang.Long total);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aConstantNamedLikeTheRecordDoesNotObscureIt() {
    // Found by the fuzz: record É with component é got constant É, and É.Shade::valueOf read it.
    Compilation compilation =
        compile(
            Sources.example(
                "X",
                "@StreamTableView",
                "public record X(Shade x, long y) { public enum Shade { LIGHT, DARK } }"),
            Repositories.source(
                "XRepository",
                "@StreamTableRepository(X.class)",
                "interface XRepository {",
                "  List<X> findByX(X.Shade x);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anEmptyNameIsAnErrorNotTheDefault() {
    Compilation compilation =
        compile(
            Sources.example(
                "Empty", "@StreamTableView(name = \"\")", "public record Empty(String region) {}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableInvalidName]");
    assertThat(compilation).hadErrorContaining("@StreamTableView(name = \"\")");
  }

  @Test
  void anOverLongRecordNameIsOneErrorWithoutCascade() {
    String name = "R" + "x".repeat(260);
    // Both processors, in javac's service order, as a build runs them: the entry point
    // StreamTableDaos of the package used to name the DAO that could not be written.
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new StreamTableDaosProcessor(), new StreamTableProcessor())
            .withOptions(STRICT)
            .compile(
                Sources.example(
                    name,
                    "@StreamTableView(name = \"t\")",
                    "public record " + name + "(String region) {}"),
                Sources.example(
                    "Fine", "@StreamTableView", "public record Fine(String region) {}"));
    noInternalError(compilation);
    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      assertThat(d.getMessage(null)).doesNotContain("cannot find symbol");
    }
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableNameTooLong]");
  }

  /** The negative case of {@link Message#NAME_TOO_LONG}, for the catalogue. */
  static List<NegativeCase> cases() {
    String name = "R" + "x".repeat(260);
    return List.of(
        NegativeCase.of(Message.NAME_TOO_LONG, "DAO file name over 255 bytes")
            .source(
                Sources.example(
                    name,
                    "@StreamTableView(name = \"t\")",
                    "public record " + name + "(String region) {}"))
            .lines(4)
            .containing("would need a file name of 269 bytes, more than the 255 bytes"));
  }
}
