package dev.pgtrickle.dao.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates a read-only JDBC DAO for every record annotated {@code @StreamTableView}.
 *
 * <p>Each annotated type goes through three stages: {@link Parser} reads it into an immutable
 * {@link StreamTable}, {@link Validator} reports every problem with it, and only if there is none
 * does {@link DaoWriter} turn the model into source. A record whose component types do not exist
 * yet (they may be generated in this round) is deferred to the next round, and reported if they
 * still do not exist when processing is over. The processor never throws: an unexpected failure
 * becomes an error on the type that asks for a bug report.
 *
 * <p>Option {@code -Apgtrickle.dao.injection=auto|jakarta|javax|none} chooses the constructor's
 * {@code @Inject}: by default jakarta's if it is on the compile classpath, else javax's, else none.
 * With an {@code @Inject}, the DAO class also carries {@code @Named} and {@code @Singleton} from
 * the same package; see {@link Injection}.
 */
@AutoService(Processor.class)
public final class StreamTableProcessor extends AbstractProcessor {
  /**
   * The annotations this processor handles: its own three, and the ones that its generated DAOs
   * carry. The latter are listed so that the rounds that compile the DAOs can be claimed; see
   * {@link #claims}.
   */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          Parser.STREAM_TABLE_VIEW,
          Parser.COLUMN,
          Parser.ROW_ID,
          RepositoryParser.REPOSITORY,
          RepositoryParser.QUERY,
          DefinitionParser.STREAM_TABLE_DEFINITION,
          Options.GENERATED.canonicalName(),
          Options.JAKARTA_INJECT.canonicalName(),
          Options.JAVAX_INJECT.canonicalName(),
          Injection.named(Options.JAKARTA_INJECT).canonicalName(),
          Injection.named(Options.JAVAX_INJECT).canonicalName(),
          Injection.singleton(Options.JAKARTA_INJECT).canonicalName(),
          Injection.singleton(Options.JAVAX_INJECT).canonicalName());

  private static final Set<String> INJECT =
      Set.of(Options.JAKARTA_INJECT.canonicalName(), Options.JAVAX_INJECT.canonicalName());

  /** The class-level annotations of {@link Injection}: {@code @Named} and {@code @Singleton}. */
  private static final Set<String> ON_CLASS =
      Set.of(
          Injection.named(Options.JAKARTA_INJECT).canonicalName(),
          Injection.named(Options.JAVAX_INJECT).canonicalName(),
          Injection.singleton(Options.JAKARTA_INJECT).canonicalName(),
          Injection.singleton(Options.JAVAX_INJECT).canonicalName());

  /** Wraps javac's Filer; tests use it to watch or break file creation. */
  private final UnaryOperator<Filer> filers;

  /** Records deferred to the next round, by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** The DAOs written so far, by qualified name. */
  private final Set<String> written = new HashSet<>();

  private Elements elements;
  private Messager messager;
  private Filer filer;
  private Parser parser;
  private LocalTypes localTypes;
  private Options options;
  private boolean optionsReported;
  private RepositoryStep repositories;

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
    elements = processingEnv.getElementUtils();
    messager = processingEnv.getMessager();
    filer = filers.apply(processingEnv.getFiler());
    parser = new Parser(elements);
    localTypes = LocalTypes.of(processingEnv);
    options = Options.read(processingEnv.getOptions(), elements);
    repositories =
        new RepositoryStep(elements, processingEnv.getTypeUtils(), messager, filer, parser);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!optionsReported) {
      options.report().printTo(messager);
      optionsReported = true;
    }
    for (TypeElement type :
        Rounds.typesToProcess(deferred, elements, round, Parser.STREAM_TABLE_VIEW)) {
      process(type, round.processingOver());
    }
    written.addAll(repositories.process(round, options, parser));
    try {
      localTypes.report(round);
    } catch (RuntimeException | Error e) {
      Report report = new Report();
      report.error(
          Message.INTERNAL_ERROR, Position.NONE, "Looking for local types", e, "any DAO", trace(e));
      report.printTo(messager);
    }
    return claims(annotations, round);
  }

  private void process(TypeElement type, boolean lastRound) {
    StreamTable table = null;
    try {
      table = parser.parse(type);
      if (table.hasUnresolvedTypes() && !lastRound && canFindAgain(type)) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      Report report = new Validator().validate(table);
      report.printTo(messager);
      if (report.isClean() && options.report().isClean()) {
        write(type, table, new DaoWriter().write(table, options.settings()));
      }
    } catch (RuntimeException | Error e) {
      reportInternalError(type, table, e);
    }
  }

  /** Only a type with a canonical name can be looked up again in a later round. */
  static boolean canFindAgain(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
    }
    return true;
  }

  private void write(TypeElement type, StreamTable table, JavaFile file) {
    // The record is the DAO's one originating element, as Gradle's isolating mode requires.
    JavaFile withOrigin =
        DaoWriter.javaFile(
            file.packageName(),
            file.typeSpec().toBuilder()
                .addOriginatingElement(type)
                .alwaysQualify(Shadowing.javaLangNamesIn(elements, type))
                .build());
    try {
      SourceFiles.write(withOrigin, filer);
      written.add(table.daoName().canonicalName());
    } catch (IOException e) {
      Report report = new Report();
      report.error(
          Message.CANNOT_WRITE,
          table.position(),
          table.displayName(),
          table.daoName().canonicalName(),
          e.getMessage());
      report.printTo(messager);
    }
  }

  private void reportInternalError(TypeElement type, StreamTable table, Throwable e) {
    String dao = table != null ? table.daoName().simpleName() : "its DAO";
    Report report = new Report();
    report.error(
        Message.INTERNAL_ERROR,
        Position.of(type),
        Parser.keyword(type.getKind()) + " " + type.getSimpleName(),
        e,
        dao,
        trace(e));
    report.printTo(messager);
  }

  static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /**
   * Whether to claim this round's annotations. javac's {@code -Xlint:processing} warns about every
   * annotation of a round that no processor claims ("No processor claimed any of these
   * annotations"), and merely supporting one does not count, so under {@code -Xlint:all -Werror} an
   * unclaimed {@code @StreamTableView}, or the {@code @Generated} and {@code @Inject} on the DAOs,
   * would fail the build. But a claimed annotation is hidden from the processors that run after
   * this one, and {@code @Inject} belongs to dependency-injection processors (Dagger, for one). So
   * a round is claimed only when everything in it is ours to claim: our own annotations,
   * {@code @Generated} (which no processor acts on), {@code @Inject} only where it sits on the
   * constructors of DAOs this processor wrote, and {@code @Named} and {@code @Singleton} only where
   * they sit on those DAOs. A round in which the user's own classes carry any of the three is left
   * unclaimed.
   */
  private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (!INJECT.contains(name) && !ON_CLASS.contains(name)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element dao = INJECT.contains(name) ? element.getEnclosingElement() : element;
        ElementKind kind = INJECT.contains(name) ? ElementKind.CONSTRUCTOR : ElementKind.CLASS;
        if (element.getKind() != kind
            || !(dao instanceof TypeElement type)
            || !written.contains(type.getQualifiedName().toString())) {
          return false;
        }
      }
    }
    return true;
  }
}
