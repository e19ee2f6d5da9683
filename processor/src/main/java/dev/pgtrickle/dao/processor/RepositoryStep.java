package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
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
final class RepositoryStep {
  private final Elements elements;
  private final Messager messager;
  private final Filer filer;
  private final RepositoryParser parser;
  private final Set<String> deferred = new LinkedHashSet<>();

  RepositoryStep(Elements elements, Types types, Messager messager, Filer filer, Parser parser) {
    this.elements = elements;
    this.messager = messager;
    this.filer = filer;
    this.parser = new RepositoryParser(elements, types, parser);
  }

  /** Processes this round's interfaces; returns the qualified names of the classes written. */
  List<String> process(RoundEnvironment round, Options options, Parser records) {
    List<TypeElement> types =
        Rounds.typesToProcess(deferred, elements, round, RepositoryParser.REPOSITORY);
    List<String> written = new ArrayList<>();
    for (TypeElement type : types) {
      try {
        String name = process(type, round.processingOver(), options, records);
        if (name != null) {
          written.add(name);
        }
      } catch (RuntimeException | Error e) {
        Report report = new Report();
        report.error(
            Message.INTERNAL_ERROR,
            Position.of(type),
            "interface " + type.getSimpleName(),
            e,
            "its implementation",
            StreamTableProcessor.trace(e));
        report.printTo(messager);
      }
    }
    return written;
  }

  private String process(TypeElement type, boolean lastRound, Options options, Parser records) {
    TypeElement record = RepositoryParser.record(type);
    boolean unresolved = record == null || records.parse(record).hasUnresolvedTypes();
    if (unresolved && !lastRound && type.getQualifiedName().length() > 0) {
      deferred.add(type.getQualifiedName().toString());
      return null;
    }
    Repository repository = parser.parse(type);
    boolean unresolvedRows =
        repository.methods().stream()
            .anyMatch(m -> m.returns().row() != null && m.returns().row().hasUnresolvedTypes());
    if (unresolvedRows && !lastRound && type.getQualifiedName().length() > 0) {
      deferred.add(type.getQualifiedName().toString());
      return null;
    }
    if (repository.table() != null && !new Validator().validate(repository.table()).isClean()) {
      return null; // the record's own diagnostics say what is wrong
    }
    RepositoryValidator validator = new RepositoryValidator();
    Report report = validator.validate(repository);
    report.printTo(messager);
    if (!report.isClean() || !options.report().isClean()) {
      return null;
    }
    JavaFile file = RepositoryWriter.write(repository, validator.plans(), options.settings());
    // The interface is the one originating element: Gradle's isolating mode wants exactly one per
    // file (with two in different files it recompiles everything). The record is reachable from
    // it, and a change to the record recompiles the interface, which references it.
    JavaFile withOrigins =
        DaoWriter.javaFile(
            file.packageName(),
            file.typeSpec().toBuilder()
                .addOriginatingElement(type)
                .alwaysQualify(Shadowing.javaLangNamesIn(elements, type))
                .build());
    try {
      SourceFiles.write(withOrigins, filer);
      return repository.implName().canonicalName();
    } catch (IOException e) {
      Report failure = new Report();
      failure.error(
          Message.CANNOT_WRITE,
          repository.position(),
          repository.displayName(),
          repository.implName().canonicalName(),
          e.getMessage());
      failure.printTo(messager);
      return null;
    }
  }
}
