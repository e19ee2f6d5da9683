package dev.pgtrickle.dao.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** The problems found in one annotated type (or in the options), in the order they were found. */
public final class Report {
  private final List<Problem> problems = new ArrayList<>();

  /** One error: the catalogue entry, where it points, and the formatted text. */
  public record Problem(Message message, Position position, String text) {}

  public void error(Message message, Position position, Object... arguments) {
    problems.add(new Problem(message, position, message.format(arguments)));
  }

  /** Adds a problem found by another report. */
  public void error(Problem problem) {
    problems.add(problem);
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  public void printTo(Messager messager) {
    for (Problem problem : problems) {
      problem.position().print(messager, Diagnostic.Kind.ERROR, problem.text());
    }
  }
}
