package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @StreamTableView(maxStaleness)} is parsed at compile time with pg_trickle's duration
 * grammar: anything else is an error on the annotation value.
 */
class MaxStalenessDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        invalid("1h30", "trailing digits '30' without a unit in duration '1h30'"),
        invalid("5x", "invalid duration unit 'x' in '5x'"),
        invalid("1.5h", "invalid duration unit '.' in '1.5h'"),
        invalid("-5", "duration cannot be negative: '-5'"),
        invalid("@hourly", "'@hourly' is a cron expression, not a duration"),
        invalid("*/5 * * * *", "is a cron expression, not a duration"),
        invalid("30S", "invalid duration unit 'S' in '30S'"),
        invalid(" ", "duration cannot be empty"));
  }

  private static NegativeCase invalid(String written, String problem) {
    return NegativeCase.of(Message.INVALID_MAX_STALENESS, "maxStaleness = \"" + written + "\"")
        .source(
            example(
                "Totals",
                "@StreamTableView(",
                "    name = \"totals\",",
                "    maxStaleness = \"" + written + "\")",
                "public record Totals(String region) {}"))
        .lines(5)
        .containing(problem)
        .containing("Write a duration in pg_trickle's schedule grammar");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }

  @ParameterizedTest(name = "maxStaleness = \"{0}\"")
  @ValueSource(strings = {"30", "30s", "5m", "1h30m", "2d", "1w", "0s", "1m1m"})
  void acceptsEveryFormOfTheGrammar(String written) {
    Compilation compilation =
        Sources.compile(
            example(
                "Totals",
                "@StreamTableView(maxStaleness = \"" + written + "\")",
                "public record Totals(String region) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void theBudgetIsCompiledToSeconds() {
    Compilation compilation =
        Sources.compile(
            example(
                "Totals",
                "@StreamTableView(maxStaleness = \"1h30m\")",
                "public record Totals(String region) {}"));
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsDao")
        .contentsAsUtf8String()
        .contains("MAX_STALENESS = Duration.ofSeconds(5400);");
  }
}
