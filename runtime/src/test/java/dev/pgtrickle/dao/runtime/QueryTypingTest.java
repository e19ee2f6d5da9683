package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves with javac that the query API rejects what it promises to reject: each snippet is compiled
 * against the runtime's classes, and must fail on its own line.
 */
class QueryTypingTest {
  private static final String HEADER =
      String.join(
          "\n",
          "import dev.pgtrickle.dao.runtime.*;",
          "import dev.pgtrickle.dao.runtime.internal.Columns;",
          "import java.math.BigDecimal;",
          "import java.util.*;",
          "class Snippet {",
          "  record Row(String region, long total, int qty, float share) {}",
          "  record Other(String name) {}",
          "  static final TextColumn<Row> REGION = Columns.ofString(\"region\");",
          "  static final NumberColumn<Row, Long, BigDecimal, BigDecimal> TOTAL ="
              + " Columns.ofLong(\"total\");",
          "  static final NumberColumn<Row, Integer, Long, BigDecimal> QTY ="
              + " Columns.ofInteger(\"qty\");",
          "  static final NumberColumn<Row, Float, Float, Double> SHARE = Columns.ofFloat(\"share\");",
          "  static final TextColumn<Other> NAME = Columns.ofString(\"name\");",
          "  static void use(Select<Row> rows) {",
          "");
  private static final int BODY_LINE = HEADER.split("\n", -1).length;

  @TempDir Path output;

  @Test
  void theIntendedUsesCompile() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            "Optional<BigDecimal> totalSum = rows.sum(TOTAL);"
                + " Optional<Long> qtySum = rows.sum(QTY);"
                + " Optional<BigDecimal> qtyAvg = rows.avg(QTY);"
                + " Optional<Float> shareSum = rows.sum(SHARE);"
                + " Optional<Double> shareAvg = rows.avg(SHARE);"
                + " Optional<Long> maxTotal = rows.max(TOTAL);"
                + " Optional<String> minRegion = rows.min(REGION);"
                + " long counted = rows.count(REGION) + rows.count();"
                + " List<Row> list = rows.where(REGION.like(\"n%\").and(TOTAL.between(1L, 9L))"
                + ".or(QTY.in(1, 2).not())).orderBy(TOTAL.desc().nullsLast().then(REGION.asc()))"
                + ".limit(5).offset(1).list();"
                + " Optional<Row> first = rows.first(); Row one = rows.one();"
                + " boolean any = rows.where(Condition.anyOf(REGION.isNull(), QTY.ge(3))).exists();"
                + " rows.where(TOTAL.gt(10).and(TOTAL.eq(10)).and(TOTAL.le(7)).and(QTY.lt(100L)));"
                + " int threshold = 5; rows.where(TOTAL.ge(threshold).and(TOTAL.ne(threshold)));"
                + " Long boxed = null; rows.where(TOTAL.eq(boxed).or(TOTAL.eq(null)));");
    assertTrue(errors.isEmpty(), () -> describe(errors));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rows.where(TOTAL.like(\"1%\"));",
        "rows.where(QTY.ilike(\"1%\"));",
        "rows.where(REGION.eq(5));",
        "rows.where(TOTAL.eq(\"5\"));",
        "rows.where(QTY.between(1L, 2L));",
        "rows.where(REGION.in(1, 2));",
        "rows.where(NAME.eq(\"x\"));",
        "rows.where(REGION.eq(\"x\").and(NAME.eq(\"y\")));",
        "rows.orderBy(NAME.asc());",
        "rows.orderBy(TOTAL.desc().then(NAME.asc()));",
        "rows.sum(REGION);",
        "rows.max(NAME);",
        "Optional<Long> s = rows.sum(TOTAL);",
        "Optional<Long> a = rows.avg(QTY);",
        "Optional<Double> s = rows.sum(SHARE);",
        "Optional<Integer> m = rows.min(TOTAL);",
      })
  void misuseDoesNotCompile(String statement) {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(statement);
    assertEquals(1, errors.size(), () -> describe(errors));
    assertEquals(BODY_LINE, errors.get(0).getLineNumber(), () -> describe(errors));
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String body) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      String source = HEADER + body + "\n  }\n}\n";
      JavaFileObject snippet =
          new SimpleJavaFileObject(
              URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      List<String> options =
          List.of("-classpath", runtimeClasses(), "-d", output.toString(), "-proc:none");
      javac.getTask(null, files, diagnostics, options, null, List.of(snippet)).call();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }

  private static String runtimeClasses() {
    try {
      return new File(Column.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> errors) {
    return errors.stream()
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
