package dev.pgtrickle.dao.processor;

import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.validate.Validator;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @StreamTableView} records of one round, each parsed once and validated once, however
 * many steps of a processor ask: the DAO step, and the repository step for the record each
 * interface names. Forgotten at the start of every round, since a type may resolve in a later one.
 */
final class Records {
  private final Parser parser;
  private final Map<StreamTable, Report> reports = new IdentityHashMap<>();

  Records(Parser parser) {
    this.parser = parser;
  }

  /** The parser, which keeps the models of this round. */
  Parser parser() {
    return parser;
  }

  StreamTable parse(TypeElement record) {
    return parser.parse(record);
  }

  /** The problems of {@code table}, found the first time it is asked for this round. */
  Report validate(StreamTable table) {
    return reports.computeIfAbsent(table, t -> new Validator().validate(t));
  }

  /** Forgets the last round's models. */
  void newRound() {
    parser.newRound();
    reports.clear();
  }
}
