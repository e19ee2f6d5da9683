package dev.pgtrickle.dao.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.EntryPoint;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.parse.Shadowing;
import dev.pgtrickle.dao.processor.write.DaoWriter;
import dev.pgtrickle.dao.processor.write.EntryPointWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * Generates one {@code StreamTableDaos} per package with {@code @StreamTableView} records: the
 * entry point {@code StreamTableDaos.create(dataSource)} to every DAO of the package, for code
 * without a dependency-injection container.
 *
 * <p>It is a processor of its own because it aggregates: its output depends on every record of a
 * package, which breaks the "isolating" contract {@link StreamTableProcessor} keeps for Gradle. So
 * {@code META-INF/gradle/incremental.annotation.processors} registers it as {@code aggregating},
 * and the DAOs stay isolating.
 *
 * <p>It includes the records that {@link StreamTableProcessor} writes a DAO for: it parses and
 * validates them the same way (once per round, in its own {@link ProcessingStep}), and leaves the
 * reporting of their problems to that processor. It writes the entry points in the first round in
 * which no record waits for a type that another processor has yet to generate, and never in the
 * last round (javac would warn). Like every processor of ours it claims nothing, so the order in
 * which javac runs them does not matter.
 */
@AutoService(Processor.class)
public final class StreamTableDaosProcessor extends AbstractProcessor {
  /** Valid records by package, waiting to be written. */
  private final Map<String, List<Collected>> pending = new TreeMap<>();

  /** Packages whose entry point is written. */
  private final Set<String> written = new LinkedHashSet<>();

  private Elements elements;
  private Messager messager;
  private Filer filer;
  private Records records;
  private Options options;
  private Collector collector;

  /** Wraps javac's Filer; tests use it to break file creation. */
  private final UnaryOperator<Filer> filers;

  /** The processor javac finds through {@code META-INF/services}. */
  public StreamTableDaosProcessor() {
    this(UnaryOperator.identity());
  }

  StreamTableDaosProcessor(UnaryOperator<Filer> filers) {
    this.filers = filers;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Parser.STREAM_TABLE_VIEW);
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
    elements = processingEnv.getElementUtils();
    messager = processingEnv.getMessager();
    filer = filers.apply(processingEnv.getFiler());
    records = new Records(new Parser(elements));
    options = Options.read(processingEnv.getOptions(), elements);
    collector = new Collector();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!options.report().isClean()) {
      return false; // StreamTableProcessor reports the options and writes no DAO
    }
    records.newRound();
    collector.process(round);
    if (!collector.hasDeferred() && !round.processingOver()) {
      pending.forEach(this::write);
      pending.clear();
    }
    return false;
  }

  /** Adds each record that gets a DAO to its package's entry point; problems are not ours. */
  private final class Collector extends ProcessingStep {
    Collector() {
      super(
          Parser.STREAM_TABLE_VIEW,
          StreamTableDaosProcessor.this.elements,
          StreamTableDaosProcessor.this.messager,
          StreamTableDaosProcessor.this.filer);
    }

    @Override
    Result process(TypeElement type, boolean mayDefer) {
      try {
        StreamTable table = records.parse(type);
        if (table.hasUnresolvedTypes() && mayDefer) {
          return Result.DEFER;
        }
        if (records.validate(table).isClean()) {
          pending
              .computeIfAbsent(table.recordName().packageName(), name -> new ArrayList<>())
              .add(new Collected(table, type));
        }
      } catch (RuntimeException | Error e) {
        // StreamTableProcessor meets the same failure on the same type and reports it.
      }
      return Result.DONE;
    }

    @Override
    String product(TypeElement type) {
      return "its package's StreamTableDaos";
    }
  }

  /** A record that gets a DAO, and its element, the entry point's originating element. */
  private record Collected(StreamTable table, TypeElement type) {}

  private void write(String packageName, List<Collected> records) {
    if (written.contains(packageName)) {
      return; // a record that appeared in a later round; see the README
    }
    EntryPoint entryPoint =
        new EntryPoint(packageName, records.stream().map(Collected::table).toList());
    try {
      JavaFile file = new EntryPointWriter().write(entryPoint, options.settings());
      TypeSpec.Builder type = file.typeSpec().toBuilder();
      records.forEach(record -> type.addOriginatingElement(record.type()));
      type.alwaysQualify(Shadowing.javaLangNamesIn(elements, records.get(0).type()));
      DaoWriter.javaFile(packageName, type.build()).writeTo(filer);
      written.add(packageName);
    } catch (IOException e) {
      String name = entryPoint.className().canonicalName();
      TypeElement taken = elements.getTypeElement(name);
      Report report = new Report();
      report.error(
          Message.ENTRY_POINT_TAKEN,
          taken == null ? Position.NONE : Position.of(taken),
          taken == null ? name : Parser.keyword(taken.getKind()) + " " + taken.getSimpleName(),
          name,
          e.getMessage());
      report.printTo(messager);
    } catch (RuntimeException | Error e) {
      Report report = new Report();
      report.error(
          Message.INTERNAL_ERROR,
          Position.of(records.get(0).type()),
          "package " + packageName,
          e,
          entryPoint.className().canonicalName(),
          ProcessingStep.trace(e));
      report.printTo(messager);
    }
  }
}
