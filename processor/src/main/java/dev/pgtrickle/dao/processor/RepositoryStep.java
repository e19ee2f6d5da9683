package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.JavaFile;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Repository;
import dev.pgtrickle.dao.processor.parse.RepositoryParser;
import dev.pgtrickle.dao.processor.validate.RepositoryValidator;
import dev.pgtrickle.dao.processor.write.RepositoryWriter;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The processor's work on interfaces annotated {@code @StreamTableRepository}, one round at a time:
 * parse, validate, write {@code <Interface>Impl}. An interface whose record, or a projection record
 * one of its {@code @Query} methods returns, does not exist yet or has unresolved component types
 * is deferred to the next round. An interface whose record has problems of its own gets no {@code
 * Impl}; the record's diagnostics say why.
 */
final class RepositoryStep extends ProcessingStep {
  private final RepositoryParser parser;
  private final Records records;
  private final Options options;

  RepositoryStep(
      Elements elements,
      Types types,
      Messager messager,
      Filer filer,
      Records records,
      Options options) {
    super(RepositoryParser.REPOSITORY, elements, messager, filer);
    this.parser = new RepositoryParser(elements, types, records.parser());
    this.records = records;
    this.options = options;
  }

  @Override
  String product(TypeElement type) {
    return "its implementation";
  }

  @Override
  Result process(TypeElement type, boolean mayDefer) {
    TypeElement record = RepositoryParser.record(type);
    boolean unresolved = record == null || records.parse(record).hasUnresolvedTypes();
    if (unresolved && mayDefer) {
      return Result.DEFER;
    }
    Repository repository = parser.parse(type);
    boolean unresolvedRows =
        repository.methods().stream()
            .anyMatch(m -> m.returns().row() != null && m.returns().row().hasUnresolvedTypes());
    if (unresolvedRows && mayDefer) {
      return Result.DEFER;
    }
    if (repository.table() != null && !records.validate(repository.table()).isClean()) {
      return Result.DONE; // the record's own diagnostics say what is wrong
    }
    RepositoryValidator validator = new RepositoryValidator();
    Report report = validator.validate(repository);
    report.printTo(messager);
    if (!report.isClean() || !options.report().isClean()) {
      return Result.DONE;
    }
    JavaFile file = RepositoryWriter.write(repository, validator.plans(), options.settings());
    // The interface is the one originating element: Gradle's isolating mode wants exactly one per
    // file (with two in different files it recompiles everything). The record is reachable from
    // it, and a change to the record recompiles the interface, which references it.
    write(file, type, repository.position(), repository.displayName());
    return Result.DONE;
  }
}
