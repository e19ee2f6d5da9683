package dev.pgtrickle.dao.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** The problems found in one annotated type (or in the options), in the order they were found. */
final class Report {
  private final List<Problem> problems = new ArrayList<>();

  /** One error: the catalogue entry, where it points, and the formatted text. */
  record Problem(Message message, Position position, String text) {}

  void error(Message message, Position position, Object... arguments) {
    problems.add(new Problem(message, position, message.format(arguments)));
  }

  /** Adds a problem found by another report. */
  void error(Problem problem) {
    problems.add(problem);
  }

  boolean isClean() {
    return problems.isEmpty();
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  void printTo(Messager messager) {
    for (Problem problem : problems) {
      problem.position().print(messager, Diagnostic.Kind.ERROR, problem.text());
    }
  }
}
