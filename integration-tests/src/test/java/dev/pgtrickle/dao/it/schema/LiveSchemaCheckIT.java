package dev.pgtrickle.dao.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.processor.StreamTableProcessor;
import dev.pgtrickle.dao.processor.schema.SchemaCheck;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import dev.pgtrickle.dao.schema.CatalogReader;
import dev.pgtrickle.dao.schema.SchemaSnapshot;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The build-time check in live mode (a JDBC URL, as pg_trickle's reader role) and against a
 * snapshot written from the same server: javac, with the processor, fails on each of issue 13's
 * examples with the tagged error on the component.
 */
class LiveSchemaCheckIT {
  private static final String RECORD =
      """
      package com.example;

      import dev.pgtrickle.dao.annotations.StreamTableView;

      @StreamTableView(name = "%s")
      public record Stats(
          %s) {}
      """;

  private static TestDatabase db;
  private static PGSimpleDataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("live_schema_check_it");
    Sales.createAll(db.dataSource());
    reader = db.readerRole("public.order_totals", "public.customer_stats");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static String liveOption() {
    return "-A"
        + SchemaCheck.URL
        + "="
        + db.jdbcUrl()
        + (db.jdbcUrl().contains("?") ? "&" : "?")
        + "user="
        + reader.getUser()
        + "&password="
        + reader.getPassword();
  }

  @Test
  void eachExampleIsACompileErrorInLiveMode(@TempDir Path out) throws Exception {
    String option = liveOption();
    assertError(
        out,
        option,
        "order_totals",
        "String region, int orderCount",
        "[StreamTableSchemaWrongType] component Stats.orderCount is int, which reads integer or smallint, but column \"order_count\" of stream table public.order_totals is bigint");
    assertError(
        out,
        option,
        "order_totals",
        "String region, double total",
        "[StreamTableSchemaWrongType] component Stats.total is double, which reads double precision or real, but column \"total\" of stream table public.order_totals is numeric");
    assertError(
        out,
        option,
        "order_totals",
        "String orderCount",
        "[StreamTableSchemaLossy] component Stats.orderCount is String");
    assertError(
        out,
        option,
        "customer_stats",
        "java.time.LocalDate lastOrderAt",
        "[StreamTableSchemaWrongType] component Stats.lastOrderAt is LocalDate, which reads date, but column \"last_order_at\" of stream table public.customer_stats is timestamp with time zone");
    assertError(
        out,
        option,
        "orders",
        "String customer",
        "[StreamTableSchemaNoTable] record Stats reads stream table public.orders, but public.orders is not a pg_trickle stream table");
    List<Diagnostic<? extends JavaFileObject>> ok =
        compile(
            out,
            option,
            "order_totals",
            "String region, Long orderCount, java.math.BigDecimal total");
    assertTrue(errors(ok).isEmpty(), ok.toString());
  }

  @Test
  void eachExampleIsACompileErrorAgainstASnapshotOfTheServer(@TempDir Path out) throws Exception {
    Path file = out.resolve(SchemaSnapshot.DEFAULT_FILE);
    try (Connection connection = reader.getConnection()) {
      new SchemaSnapshot(CatalogReader.on(connection).readAll()).writeTo(file);
    }
    String snapshot = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(snapshot.contains("  column \"order_count\" \"bigint\"\n"), snapshot);
    assertFalse(snapshot.contains("__pgt_"), snapshot);
    String option = "-A" + SchemaCheck.SNAPSHOT + "=" + file;
    assertError(out, option, "order_totals", "int orderCount", "[StreamTableSchemaWrongType]");
    assertError(out, option, "order_totals", "double total", "[StreamTableSchemaWrongType]");
    assertError(out, option, "order_totals", "String orderCount", "[StreamTableSchemaLossy]");
    assertError(
        out,
        option,
        "customer_stats",
        "java.time.LocalDate lastOrderAt",
        "[StreamTableSchemaWrongType]");
  }

  @Test
  void anUnreachableServerIsOneErrorNamingTheOption(@TempDir Path out) throws Exception {
    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        compile(
            out,
            "-A" + SchemaCheck.URL + "=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
            "order_totals",
            "String region");
    List<String> errors = errors(diagnostics);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .get(0)
            .startsWith(
                "[StreamTableSchemaSource] -Apgtrickle.dao.schema.url=jdbc:postgresql://127.0.0.1:1/none"),
        errors.get(0));
  }

  private static void assertError(
      Path out, String option, String table, String components, String expected) throws Exception {
    List<String> errors = errors(compile(out, option, table, components));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith(expected), errors.get(0));
  }

  private static List<String> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(
      Path out, String option, String table, String components) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createTempDirectory(out, "classes");
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String classpath =
          String.join(
              File.pathSeparator,
              location(StreamTableView.class),
              location(AbstractStreamTableDao.class));
      JavaFileObject source =
          new SimpleJavaFileObject(
              URI.create("string:///com/example/Stats.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return String.format(Locale.ROOT, RECORD, table, components);
            }
          };
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of("-classpath", classpath, "-d", classes.toString(), "-proc:full", option),
              null,
              List.of(source));
      task.setProcessors(List.of(new StreamTableProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
