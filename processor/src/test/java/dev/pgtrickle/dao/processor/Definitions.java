package dev.pgtrickle.dao.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources for {@code @StreamTableDefinition}: records with known line numbers. */
final class Definitions {
  private Definitions() {}

  /**
   * A source file {@code com/example/<simpleName>.java}: line 1 is the package, line 2 the imports
   * (every annotation, {@code RefreshMode}, {@code BigDecimal}), and {@code lines} start at line 3.
   */
  static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package com.example;");
    all.add(
        "import dev.pgtrickle.dao.annotations.*;"
            + " import dev.pgtrickle.dao.annotations.StreamTableDefinition.RefreshMode;"
            + " import java.math.BigDecimal;");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example." + simpleName, all);
  }

  /**
   * {@code record Totals(String region, long orderCount)} reading {@code public.totals}, with a
   * definition whose members (Java source, e.g. {@code query = "SELECT 1"}) are on line 5.
   */
  static JavaFileObject totals(String members) {
    return source(
        "Totals",
        "@StreamTableView",
        "@StreamTableDefinition(",
        "    " + members + ")",
        "public record Totals(String region, long orderCount) {}");
  }

  /** A valid query for {@link #totals}. */
  static final String QUERY =
      "query = \"SELECT region, COUNT(*) AS order_count FROM orders GROUP BY region\"";

  /** Java source text for the string literal of {@code text}. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
