package dev.pgtrickle.dao.processor;

import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.write.DaoWriter;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The processor's work on records annotated {@code @StreamTableView}: parse into a {@link
 * StreamTable}, validate, and only if nothing is wrong write {@code <Record>Dao}. A record whose
 * component types do not exist yet (another processor may generate them this round) is deferred; in
 * the last round the validator reports them as unresolved.
 */
final class DaoStep extends ProcessingStep {
  private final Records records;
  private final Options options;
  private final SchemaChecks schemaChecks;

  DaoStep(
      Elements elements,
      Messager messager,
      Filer filer,
      Records records,
      Options options,
      SchemaChecks schemaChecks) {
    super(Parser.STREAM_TABLE_VIEW, elements, messager, filer);
    this.records = records;
    this.options = options;
    this.schemaChecks = schemaChecks;
  }

  @Override
  Result process(TypeElement type, boolean mayDefer) {
    StreamTable table = records.parse(type);
    if (table.hasUnresolvedTypes() && mayDefer) {
      return Result.DEFER;
    }
    Report report = records.validate(table);
    report.printTo(messager);
    if (report.isClean()
        && options.report().isClean()
        && write(
            new DaoWriter().write(table, options.settings()),
            type,
            table.position(),
            table.displayName())) {
      schemaChecks.check(type, table);
    }
    return Result.DONE;
  }

  @Override
  String product(TypeElement type) {
    return String.join("_", records.parser().className(type).simpleNames()) + "Dao";
  }
}
