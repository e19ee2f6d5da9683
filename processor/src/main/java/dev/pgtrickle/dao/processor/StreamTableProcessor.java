package dev.pgtrickle.dao.processor;

import com.google.auto.service.AutoService;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.parse.LocalTypes;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.parse.RepositoryParser;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates a read-only JDBC DAO for every record annotated {@code @StreamTableView}, and an
 * implementation for every interface annotated {@code @StreamTableRepository}.
 *
 * <p>Two {@link ProcessingStep}s do the work, each type going through the stages the packages name:
 * {@code parse} reads it into an immutable model, {@code validate} reports every problem, and only
 * if there is none does {@code write} turn the model into source. {@link Records} parses and
 * validates each record once per round for both steps. The steps own deferral to the next round,
 * internal errors and Filer failures; the processor never throws.
 *
 * <p>{@link #process} claims nothing (it returns false), so every other processor sees every
 * annotation, {@code @Inject} included, whatever order javac runs the processors in. The
 * dependency-injection annotations of the generated classes are chosen by the processor options
 * {@value Options#INJECTION} and {@value Options#SCOPE}; see {@link Options} and {@code
 * docs/dependency-injection.md}.
 */
@AutoService(Processor.class)
public final class StreamTableProcessor extends AbstractProcessor {
  /** Our own annotations; a round with none of them needs nothing from this processor. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          Parser.STREAM_TABLE_VIEW,
          Parser.COLUMN,
          Parser.ROW_ID,
          SchemaChecks.LOSSY,
          RepositoryParser.REPOSITORY,
          RepositoryParser.QUERY);

  /** Wraps javac's Filer; tests use it to watch or break file creation. */
  private final UnaryOperator<Filer> filers;

  private Messager messager;
  private Options options;
  private boolean optionsReported;
  private Records records;
  private DaoStep daos;
  private RepositoryStep repositories;
  private LocalTypes localTypes;

  /** The processor javac finds through {@code META-INF/services}. */
  public StreamTableProcessor() {
    this(UnaryOperator.identity());
  }

  StreamTableProcessor(UnaryOperator<Filer> filers) {
    this.filers = filers;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ANNOTATIONS;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.SUPPORTED;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    Elements elements = processingEnv.getElementUtils();
    messager = processingEnv.getMessager();
    Filer filer = filers.apply(processingEnv.getFiler());
    options = Options.read(processingEnv.getOptions(), elements);
    records = new Records(new Parser(elements));
    daos =
        new DaoStep(elements, messager, filer, records, options, new SchemaChecks(processingEnv));
    repositories =
        new RepositoryStep(
            elements, processingEnv.getTypeUtils(), messager, filer, records, options);
    localTypes = LocalTypes.of(processingEnv);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!optionsReported) {
      options.report().printTo(messager);
      optionsReported = true;
    }
    records.newRound();
    daos.process(round);
    repositories.process(round);
    try {
      localTypes.report(round);
    } catch (RuntimeException | Error e) {
      Report report = new Report();
      report.error(
          Message.INTERNAL_ERROR,
          Position.NONE,
          "Looking for local types",
          e,
          "any DAO",
          ProcessingStep.trace(e));
      report.printTo(messager);
    }
    return false;
  }
}
