package dev.pgtrickle.dao.processor.model;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.runtime.internal.ScheduleDuration;
import java.time.Duration;
import javax.lang.model.element.AnnotationValue;

/**
 * {@code @StreamTableView(maxStaleness = "...")}: the staleness budget of a DAO's fresh reads, as
 * written, and as parsed with pg_trickle's duration grammar ({@link ScheduleDuration}, the same
 * code the runtime uses), so the budget means exactly what the same text means as a schedule.
 *
 * @param text the value as written
 * @param seconds the budget in whole seconds, or null when {@code text} is not a duration
 * @param problem why {@code text} is not a duration, or null when it is
 * @param position the annotation value, for diagnostics
 */
public record MaxStaleness(String text, Long seconds, String problem, Position position) {

  /** The written value of {@code maxStaleness}, or null when it is absent or empty. */
  public static MaxStaleness parse(AnnotationValue written, Position annotation) {
    if (written == null || !(written.getValue() instanceof String text) || text.isEmpty()) {
      return null;
    }
    Position position = annotation.at(written);
    try {
      Duration budget = ScheduleDuration.parse(text);
      return new MaxStaleness(text, budget.getSeconds(), null, position);
    } catch (IllegalArgumentException e) {
      return new MaxStaleness(text, null, firstSentence(e.getMessage()), position);
    }
  }

  /** Reports a budget that is not a duration, on the annotation value. */
  public static void check(MaxStaleness budget, Report report) {
    if (budget != null && budget.problem() != null) {
      report.error(
          Message.INVALID_MAX_STALENESS,
          budget.position(),
          Names.literal(budget.text()),
          budget.problem());
    }
  }

  /** What is wrong, without the parser's own advice (the message adds the grammar). */
  private static String firstSentence(String message) {
    int end = message.indexOf(". ");
    return end < 0 ? message : message.substring(0, end);
  }
}
