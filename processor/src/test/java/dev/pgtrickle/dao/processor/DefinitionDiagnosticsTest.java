package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Definitions.QUERY;
import static dev.pgtrickle.dao.processor.Definitions.literal;
import static dev.pgtrickle.dao.processor.Definitions.source;
import static dev.pgtrickle.dao.processor.Definitions.totals;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @StreamTableDefinition} is checked at compile time: a view to define, a read-only defining
 * query whose named columns are the record's, pg_trickle's schedule and interval grammars, option
 * combinations 0.108.3 accepts, one definition per stream table, no cycles. Each error is on the
 * annotation value that holds the problem, and no definitions resource is written.
 */
class DefinitionDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        NegativeCase.of(Message.DEFINITION_WITHOUT_VIEW, "no @StreamTableView")
            .source(
                source(
                    "Totals",
                    "@StreamTableDefinition(query = \"SELECT region FROM orders\")",
                    "public record Totals(String region) {}"))
            .lines(3)
            .withDefinitions()
            .containing(
                "[StreamTableDefinitionWithoutView] @StreamTableDefinition on record"
                    + " Totals: a definition belongs on the record that reads the stream table, and"
                    + " Totals has no @StreamTableView to name it. Add @StreamTableView to the"
                    + " record."),
        query("a DELETE", "DELETE FROM orders", "the statement is DELETE at line 1, column 1"),
        query(
            "a second statement",
            "SELECT region FROM orders; DROP TABLE orders",
            "DROP at line 1, column 28 starts a second statement"),
        query(
            "a data-modifying WITH",
            "WITH d AS (DELETE FROM orders RETURNING region) SELECT region FROM d",
            "WITH query d is DELETE"),
        query(
            "a numbered parameter",
            "SELECT region FROM orders WHERE id = $1",
            "positional parameter $1"),
        query(
            "a named parameter",
            "SELECT region FROM orders WHERE region = :region",
            "it uses the parameter :region, but pg_trickle runs a defining query with no"
                + " parameters"),
        query("a trailing semicolon", "SELECT region FROM orders;", "it ends with ';'"),
        query(
            "an unterminated string", "SELECT 'north FROM orders", "unterminated string constant"),
        query("an empty query", "", "the query is empty"),
        columns(
            "a misspelt alias",
            "SELECT region, COUNT(*) AS order_cnt FROM orders GROUP BY region",
            "its output column order_cnt is not a column of record Totals (did you mean"
                + " order_count?); record Totals reads column order_count, which the query does"
                + " not produce (the record's columns: region, order_count)"),
        columns(
            "a column the record does not read",
            "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total FROM orders"
                + " GROUP BY region",
            "its output column total is not a column of record Totals"),
        columns(
            "a quoted name keeps its case",
            "SELECT \"Region\", COUNT(*) AS order_count FROM orders GROUP BY 1",
            "its output column Region is not a column of record Totals (did you mean region?)"),
        columns(
            "a column twice",
            "SELECT region, region AS order_count, o.region FROM orders o",
            "the query has two output columns named region"),
        schedule("5x", "invalid duration unit 'x' in '5x'"),
        schedule("1h30", "trailing digits '30' without a unit in duration '1h30'"),
        schedule("0s", "'0s' is shorter than pg_trickle.min_schedule_seconds"),
        schedule("@every", "'@every' is not a cron keyword"),
        schedule("* * *", "the cron expression '* * *' has 3 fields"),
        schedule(" ", "the schedule is empty"),
        target("1 month", "target_freshness cannot contain calendar months"),
        target("P1Y", "target_freshness cannot contain calendar months"),
        target("soon", "'soon' is not a PostgreSQL interval, manual or on_commit"),
        target("5 minutes ago", "target_freshness must be a positive finite interval"),
        target("1 us", "target_freshness must be at least one millisecond"),
        target(
            "on_commit",
            "on_commit makes the table IMMEDIATE, which the refresh mode already"
                + " says. Write refreshMode = RefreshMode.IMMEDIATE instead"),
        NegativeCase.of(Message.CONFLICTING_OPTIONS, "IMMEDIATE with a schedule")
            .source(totals(QUERY + ",\n    refreshMode = RefreshMode.IMMEDIATE, schedule = \"5s\""))
            .lines(6)
            .generated(1)
            .withDefinitions()
            .containing("schedule = \"5s\" has no effect on an IMMEDIATE table"),
        NegativeCase.of(Message.CONFLICTING_OPTIONS, "a schedule and a target freshness")
            .source(totals(QUERY + ",\n    schedule = \"5s\",\n    targetFreshness = \"30 s\""))
            .lines(7)
            .generated(1)
            .withDefinitions()
            .containing(
                "schedule and targetFreshness are both set, which pg_trickle 0.108.3" + " refuses"),
        NegativeCase.of(Message.CONFLICTING_OPTIONS, "IMMEDIATE with a target freshness")
            .source(
                totals(
                    QUERY
                        + ",\n    refreshMode = RefreshMode.IMMEDIATE,\n"
                        + "    targetFreshness = \"30 s\""))
            .lines(7)
            .generated(1)
            .withDefinitions()
            .containing("an IMMEDIATE table is current at every commit"),
        NegativeCase.of(Message.DUPLICATE_DEFINITION, "two records define one table")
            .source(
                source(
                    "Second",
                    "@StreamTableView(name = \"totals\")",
                    "@StreamTableDefinition(query = \"SELECT region FROM orders\")",
                    "public record Second(String region) {}"))
            .source(
                source(
                    "First",
                    "@StreamTableView(name = \"totals\")",
                    "@StreamTableDefinition(query = \"SELECT region FROM orders\")",
                    "public record First(String region) {}"))
            .lines(4)
            .generated(2)
            .withDefinitions()
            .containing(
                "@StreamTableDefinition on record Second: record First already defines"
                    + " stream table public.totals"),
        NegativeCase.of(Message.DEFINITION_CYCLE, "two tables over each other")
            .source(
                source(
                    "A",
                    "@StreamTableView",
                    "@StreamTableDefinition(",
                    "    query = \"SELECT region FROM b\")",
                    "public record A(String region) {}"))
            .source(
                source(
                    "B",
                    "@StreamTableView",
                    "@StreamTableDefinition(",
                    "    query = \"SELECT x.region FROM orders o JOIN public.a x ON x.region ="
                        + " o.region\")",
                    "public record B(String region) {}"))
            .lines(5)
            .errors(2)
            .generated(2)
            .withDefinitions()
            .containing(
                "stream table public.a is part of a cycle of stream tables defined over"
                    + " each other: public.a (record A), public.b (record B)")
            .containing("stream table public.b is part of a cycle"),
        NegativeCase.of(Message.DEFINITION_CYCLE, "a table over itself")
            .source(
                source(
                    "A",
                    "@StreamTableView",
                    "@StreamTableDefinition(",
                    "    query = \"SELECT region FROM (SELECT region FROM public.a) s\")",
                    "public record A(String region) {}"))
            .lines(5)
            .generated(1)
            .withDefinitions()
            .containing("the query of stream table public.a reads public.a itself"));
  }

  private static NegativeCase query(String name, String query, String problem) {
    return NegativeCase.of(Message.DEFINITION_QUERY, name)
        .source(totals("query = " + literal(query)))
        .lines(5)
        .generated(1)
        .withDefinitions()
        .containing(
            "[StreamTableDefinitionQuery] @StreamTableDefinition(query) on record" + " Totals: ")
        .containing(problem)
        .containing("Write the defining query as one SELECT statement without parameters.");
  }

  private static NegativeCase columns(String name, String query, String problem) {
    return NegativeCase.of(Message.DEFINITION_COLUMNS, name)
        .source(totals("query = " + literal(query)))
        .lines(5)
        .generated(1)
        .withDefinitions()
        .containing(problem)
        .containing("Give each output column the name of a record column");
  }

  private static NegativeCase schedule(String schedule, String problem) {
    return NegativeCase.of(Message.INVALID_SCHEDULE, "schedule = \"" + schedule + "\"")
        .source(totals(QUERY + ",\n    schedule = " + literal(schedule)))
        .lines(6)
        .generated(1)
        .withDefinitions()
        .containing(
            "[StreamTableInvalidSchedule] @StreamTableDefinition(schedule = "
                + literal(schedule)
                + ") on record Totals: "
                + problem)
        .containing("Write a duration");
  }

  private static NegativeCase target(String target, String problem) {
    return NegativeCase.of(Message.INVALID_TARGET_FRESHNESS, "targetFreshness = \"" + target + "\"")
        .source(totals(QUERY + ",\n    targetFreshness = " + literal(target)))
        .lines(6)
        .generated(1)
        .withDefinitions()
        .containing(
            "[StreamTableInvalidTargetFreshness] @StreamTableDefinition(targetFreshness = "
                + literal(target)
                + ") on record Totals: "
                + problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
