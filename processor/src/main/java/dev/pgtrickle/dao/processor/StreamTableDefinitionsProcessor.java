package dev.pgtrickle.dao.processor;

import com.google.auto.service.AutoService;
import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Definition;
import dev.pgtrickle.dao.processor.parse.DefinitionParser;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.validate.DefinitionGraph;
import dev.pgtrickle.dao.processor.validate.DefinitionValidator;
import dev.pgtrickle.dao.processor.write.DefinitionsWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the module's stream-table definitions, from every record annotated
 * {@code @StreamTableDefinition}, to the resource {@value StreamTableDefinitions#RESOURCE}, in
 * dependency order: the one artifact the runtime's {@code StreamTableDefinitions}, the Flyway
 * module and the Liquibase module read.
 *
 * <p>It aggregates (the resource depends on every definition of the module, and dependency order
 * and cycles can only be judged on all of them), so it is a processor of its own, registered as
 * {@code aggregating} for Gradle, and the DAO processor stays isolating. It collects the records'
 * names in every round and, in the last round, parses them, checks each ({@link
 * DefinitionValidator}) and all together ({@link DefinitionGraph}), and writes the resource only
 * when nothing is wrong. A record whose {@code @StreamTableView} is itself invalid is left to the
 * DAO processor to report, and no resource is written. It claims nothing and never throws: an
 * unexpected failure is one error asking for a bug report.
 */
@AutoService(Processor.class)
public final class StreamTableDefinitionsProcessor extends AbstractProcessor {
  /** The records with definitions, by qualified name, sorted for a deterministic output. */
  private final Set<String> names = new TreeSet<>();

  private final UnaryOperator<Filer> filers;
  private Elements elements;
  private Messager messager;
  private Filer filer;
  private Records records;

  /** The processor javac finds through {@code META-INF/services}. */
  public StreamTableDefinitionsProcessor() {
    this(UnaryOperator.identity());
  }

  StreamTableDefinitionsProcessor(UnaryOperator<Filer> filers) {
    this.filers = filers;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(DefinitionParser.STREAM_TABLE_DEFINITION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    elements = processingEnv.getElementUtils();
    messager = processingEnv.getMessager();
    filer = filers.apply(processingEnv.getFiler());
    records = new Records(new Parser(elements));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(DefinitionParser.STREAM_TABLE_DEFINITION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          names.add(type.getQualifiedName().toString());
        }
      }
    }
    if (round.processingOver() && !names.isEmpty()) {
      finish();
    }
    return false;
  }

  private void finish() {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    try {
      Report report = new Report();
      List<Definition> valid = new ArrayList<>();
      boolean viewsValid = true;
      DefinitionParser definitions = new DefinitionParser(records.parser());
      DefinitionValidator validator = new DefinitionValidator();
      for (TypeElement type : types) {
        Definition definition = definitions.parse(type);
        if (definition.table() != null && !records.validate(definition.table()).isClean()) {
          viewsValid = false; // StreamTableProcessor reports the record's own problems
          continue;
        }
        Report own = validator.validate(definition);
        if (own.isClean()) {
          valid.add(definition);
        }
        for (Report.Problem problem : own.problems()) {
          report.error(problem);
        }
      }
      DefinitionGraph graph = new DefinitionGraph(valid, report);
      report.printTo(messager);
      if (report.isClean() && viewsValid) {
        write(new DefinitionsWriter().write(graph.ordered()), types);
      }
    } catch (RuntimeException | Error e) {
      Report report = new Report();
      report.error(
          Message.INTERNAL_ERROR,
          types.isEmpty() ? Position.NONE : Position.of(types.get(0)),
          "@StreamTableDefinition",
          e,
          StreamTableDefinitions.RESOURCE,
          ProcessingStep.trace(e));
      report.printTo(messager);
    }
  }

  private void write(String text, List<TypeElement> types) {
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT,
              "",
              StreamTableDefinitions.RESOURCE,
              types.toArray(new Element[0]));
      try (Writer writer =
          new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(text);
      }
    } catch (IOException e) {
      Report report = new Report();
      report.error(
          Message.CANNOT_WRITE,
          Position.of(types.get(0)),
          types.get(0).getSimpleName(),
          StreamTableDefinitions.RESOURCE,
          e.getMessage());
      report.printTo(messager);
    }
  }
}
