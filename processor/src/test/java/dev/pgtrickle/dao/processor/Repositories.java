package dev.pgtrickle.dao.processor;

import com.google.testing.compile.JavaFileObjects;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources for repositories: a record, and interfaces over it with known line numbers. */
final class Repositories {
  private Repositories() {}

  /**
   * {@code com.example.Totals}: {@code @RowId RowIdentity rowId, String region, long orderCount,
   * BigDecimal total}, stream table {@code public.totals}.
   */
  static JavaFileObject totals() {
    return Sources.example(
        "Totals",
        "@StreamTableView",
        "public record Totals(@RowId RowIdentity rowId, String region, long orderCount, BigDecimal total)"
            + " {}");
  }

  /**
   * A source file {@code com/example/<simpleName>.java}: line 1 is the package, line 2 the imports,
   * and {@code lines} start at line 3.
   */
  static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package com.example;");
    all.add(
        "import dev.pgtrickle.dao.annotations.*; import java.math.BigDecimal;"
            + " import java.sql.Connection; import java.util.*; import java.util.stream.Stream;");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example." + simpleName, all);
  }

  /**
   * {@code @StreamTableRepository(Totals.class) interface TotalsRepository} on lines 3 and 4, with
   * {@code methods} from line 5.
   */
  static JavaFileObject repository(String... methods) {
    List<String> lines = new ArrayList<>();
    lines.add("@StreamTableRepository(Totals.class)");
    lines.add("interface TotalsRepository {");
    lines.addAll(List.of(methods));
    lines.add("}");
    return source("TotalsRepository", lines.toArray(new String[0]));
  }

  /** A case whose error is on line 5 of {@link #repository}, with the record's DAO generated. */
  static NegativeCase onMethod(Message message, String name, String... methods) {
    return NegativeCase.of(message, name)
        .source(repository(methods))
        .source(totals())
        .lines(5)
        .generated(1);
  }
}
