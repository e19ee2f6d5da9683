package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Definitions.literal;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Definitions the checks must not refuse: where the select list does not say a column's name,
 * nothing is guessed, and every form of pg_trickle's grammars is accepted.
 */
class DefinitionAcceptanceTest {

  private static Compilation compile(String members) {
    return javac()
        .withProcessors(new StreamTableDefinitionsProcessor(), new StreamTableProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(Definitions.totals(members));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM order_stats",
        "SELECT region, COUNT(*) FROM orders GROUP BY region",
        "SELECT s.* FROM stats s",
        "SELECT region, order_count FROM stats WHERE tags ? 'vip' AND tags ?| array['a']",
        "WITH t AS (SELECT region, COUNT(*) AS n FROM orders GROUP BY region)"
            + " SELECT region, n AS order_count FROM t",
        "SELECT region, CASE WHEN n > 0 THEN n END order_count FROM t",
        "VALUES ('x', 1)",
        "SELECT 'it''s $$ -- not a comment' AS region, $x$;$x$::int AS order_count",
        "SELECT Region, Order_Count FROM t"
      })
  void queriesWhoseColumnsCannotBeFaultedCompile(String query) {
    Compilation compilation = compile("query = " + literal(query));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, StreamTableDefinitions.RESOURCE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "schedule = \"30\"",
        "schedule = \"1h30m\"",
        "schedule = \"calculated\"",
        "schedule = \"@daily\"",
        "schedule = \"0 */5 * * * *\"",
        "targetFreshness = \"manual\"",
        "targetFreshness = \"00:05:00\"",
        "targetFreshness = \"1 week 2 days\"",
        "schedule = \"calculated\", targetFreshness = \"5m\"",
        "refreshMode = RefreshMode.IMMEDIATE, schedule = \"calculated\"",
        "refreshMode = RefreshMode.FULL, initialize = false, poolerCompatibilityMode = true"
      })
  void everyFormOfTheGrammarsCompiles(String members) {
    Compilation compilation = compile(Definitions.QUERY + ", " + members);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
