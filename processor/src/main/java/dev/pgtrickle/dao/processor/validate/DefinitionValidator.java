package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.definitions.internal.DefinitionRules;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Definition;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Kind;
import dev.pgtrickle.dao.processor.validate.SqlTokenizer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one {@link Definition} on its own: a view to define, a read-only defining query without
 * parameters whose named output columns are the record's, a schedule and target freshness in
 * pg_trickle's grammars, and options that pg_trickle 0.108.3 accepts together. {@link
 * DefinitionGraph} checks what involves several records. Every problem is reported, each on the
 * annotation value that holds it.
 */
public final class DefinitionValidator {

  public Report validate(Definition definition) {
    Report report = new Report();
    if (definition.table() == null) {
      report.error(
          Message.DEFINITION_WITHOUT_VIEW,
          definition.annotation(),
          definition.subject(),
          definition.displayName());
      return report;
    }
    checkQuery(definition, report);
    checkSchedule(definition, report);
    checkTargetFreshness(definition, report);
    checkCombinations(definition, report);
    return report;
  }

  private static void checkQuery(Definition definition, Report report) {
    String query = definition.query();
    ReadOnlySql sql = ReadOnlySql.check(query);
    for (ReadOnlySql.Problem problem : sql.problems()) {
      if (problem.kind() == ReadOnlySql.ProblemKind.POSITIONAL_PARAMETER
          && problem.keyword().equals("?")) {
        continue; // PostgreSQL's ? operators: the query is a value here, not a JDBC statement
      }
      report.error(
          Message.DEFINITION_QUERY,
          definition.queryPosition(),
          definition.subject(),
          problem.message());
      return;
    }
    SqlTokens tokens = SqlTokens.of(query);
    for (Token token : tokens.tokens) {
      if (token.kind() == Kind.NAMED_PARAMETER) {
        report.error(
            Message.DEFINITION_QUERY,
            definition.queryPosition(),
            definition.subject(),
            "it uses the parameter "
                + token.text()
                + ", but pg_trickle runs a defining query"
                + " with no parameters");
        return;
      }
      if (token.is(";")) {
        report.error(
            Message.DEFINITION_QUERY,
            definition.queryPosition(),
            definition.subject(),
            "it ends with ';', but pg_trickle takes the query itself, not a statement; remove"
                + " the ';'");
        return;
      }
    }
    checkColumns(definition, tokens, report);
  }

  private static void checkColumns(Definition definition, SqlTokens tokens, Report report) {
    List<String> names = SelectColumns.read(tokens);
    if (names == null) {
      return;
    }
    Set<String> columns = new LinkedHashSet<>();
    for (Component component : definition.table().components()) {
      if (!component.isRowId()) {
        columns.add(component.column().value());
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean unnamed = false;
    for (String name : names) {
      if (name == null) {
        unnamed = true;
      } else if (!seen.add(name)) {
        problems.add("the query has two output columns named " + name);
      } else if (!columns.contains(name)) {
        String nearest = Names.nearest(name, columns);
        problems.add(
            "its output column "
                + name
                + " is not a column of "
                + definition.subject()
                + (nearest == null ? "" : " (did you mean " + nearest + "?)"));
      }
    }
    if (!unnamed) {
      for (String column : columns) {
        if (!seen.contains(column)) {
          problems.add(
              definition.subject()
                  + " reads column "
                  + column
                  + ", which the query does not produce");
        }
      }
    }
    if (!problems.isEmpty()) {
      report.error(
          Message.DEFINITION_COLUMNS,
          definition.queryPosition(),
          definition.subject(),
          String.join("; ", problems)
              + " (the record's columns: "
              + String.join(", ", columns)
              + ")");
    }
  }

  private static void checkSchedule(Definition definition, Report report) {
    if (definition.schedule() == null) {
      return;
    }
    Optional<String> problem = DefinitionRules.scheduleProblem(definition.schedule());
    problem.ifPresent(
        why ->
            report.error(
                Message.INVALID_SCHEDULE,
                definition.schedulePosition(),
                Names.literal(definition.schedule()),
                definition.subject(),
                why));
  }

  private static void checkTargetFreshness(Definition definition, Report report) {
    String target = definition.targetFreshness();
    if (target == null) {
      return;
    }
    if (DefinitionRules.isOnCommit(target)) {
      report.error(
          Message.INVALID_TARGET_FRESHNESS,
          definition.targetFreshnessPosition(),
          Names.literal(target),
          definition.subject(),
          "on_commit makes the table IMMEDIATE, which the refresh mode already says",
          "Write refreshMode = RefreshMode.IMMEDIATE instead, and leave targetFreshness out");
      return;
    }
    try {
      DefinitionRules.targetFreshness(target);
    } catch (IllegalArgumentException e) {
      report.error(
          Message.INVALID_TARGET_FRESHNESS,
          definition.targetFreshnessPosition(),
          Names.literal(target),
          definition.subject(),
          e.getMessage(),
          "Write a PostgreSQL interval without months or years (\"30 seconds\", \"5 min\","
              + " \"1 hour 30 minutes\", \"00:05:00\"), or \"manual\"");
    }
  }

  private static void checkCombinations(Definition definition, Report report) {
    boolean immediate = definition.refreshMode().equals("IMMEDIATE");
    String schedule = definition.schedule();
    boolean scheduled = schedule != null && !DefinitionRules.isCalculated(schedule);
    if (immediate && scheduled) {
      report.error(
          Message.CONFLICTING_OPTIONS,
          definition.schedulePosition(),
          definition.subject(),
          "schedule = "
              + Names.literal(schedule)
              + " has no effect on an IMMEDIATE table, which"
              + " pg_trickle maintains inside every writing transaction and stores without a"
              + " schedule",
          "Remove the schedule, or choose another refresh mode");
    }
    if (definition.targetFreshness() != null && scheduled) {
      report.error(
          Message.CONFLICTING_OPTIONS,
          definition.targetFreshnessPosition(),
          definition.subject(),
          "schedule and targetFreshness are both set, which pg_trickle 0.108.3 refuses (\"schedule"
              + " and target_freshness are ambiguous; choose one control\")",
          "Keep one of them: targetFreshness lets pg_trickle choose the cadence");
    }
    if (definition.targetFreshness() != null && immediate) {
      report.error(
          Message.CONFLICTING_OPTIONS,
          definition.targetFreshnessPosition(),
          definition.subject(),
          "an IMMEDIATE table is current at every commit, so targetFreshness has nothing to do",
          "Remove targetFreshness, or choose another refresh mode");
    }
  }
}
