package dev.pgtrickle.dao.processor.model;

import dev.pgtrickle.dao.processor.diagnostics.Position;

/**
 * What a record's {@code @StreamTableDefinition} says, with where each value was written. The
 * output of {@code parse.DefinitionParser}, the input of {@code validate.DefinitionValidator},
 * {@code validate.DefinitionGraph} and {@code write.DefinitionsWriter} (the model names no later
 * stage's types: it depends on {@code diagnostics} only).
 *
 * @param recordName the record's qualified name, e.g. {@code com.example.OrderTotals}
 * @param displayName the record as written in its package, e.g. {@code Outer.OrderTotals}
 * @param annotation the {@code @StreamTableDefinition} annotation
 * @param table the record's {@code @StreamTableView} model, or null when it has none
 * @param query the defining query
 * @param queryPosition the {@code query} value
 * @param schedule the schedule as written, or null when not written or empty
 * @param schedulePosition the {@code schedule} value, else the annotation
 * @param refreshMode {@code AUTO}, {@code FULL}, {@code DIFFERENTIAL} or {@code IMMEDIATE}
 * @param targetFreshness the target freshness as written, or null when not written or empty
 * @param targetFreshnessPosition the {@code targetFreshness} value, else the annotation
 * @param initialize pg_trickle's {@code initialize}
 * @param poolerCompatibilityMode pg_trickle's {@code pooler_compatibility_mode}
 */
public record Definition(
    String recordName,
    String displayName,
    Position annotation,
    StreamTable table,
    String query,
    Position queryPosition,
    String schedule,
    Position schedulePosition,
    String refreshMode,
    String targetFreshness,
    Position targetFreshnessPosition,
    boolean initialize,
    boolean poolerCompatibilityMode) {

  /** {@code record Outer.OrderTotals}, for messages. */
  public String subject() {
    return "record " + displayName;
  }
}
