package dev.pgtrickle.dao.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.pgtrickle.dao.processor.parse.Parser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #RESOURCE}: the names of the DAOs and repository implementations this compilation
 * generated, one per line, sorted. Frameworks read it instead of scanning classes: the Spring Boot
 * starter turns every listed type into a bean. Every jar compiled with the processor carries its
 * own index, and {@code ClassLoader.getResources} finds them all.
 *
 * <p>It collects the candidates of every round ({@code <Record>Dao} for each
 * {@code @StreamTableView} record, {@code <Interface>Impl} for each {@code @StreamTableRepository}
 * interface) and, in the last round, lists those that exist: a record or interface with errors gets
 * no class and so no line, and the index never names a class that is not there. Written only when
 * there is something to list. Aggregating (it depends on every annotated type of the compilation),
 * so Gradle reprocesses all of them. It claims nothing, like every processor of ours, so the order
 * in which javac runs them does not matter.
 */
@AutoService(Processor.class)
public final class StreamTableIndexProcessor extends AbstractProcessor {
  /** Where the index is written, relative to the class output. */
  public static final String RESOURCE = "META-INF/pgtrickle-dao/index";

  private static final String REPOSITORY = "dev.pgtrickle.dao.annotations.StreamTableRepository";

  /** Candidate generated type name to the annotated type it comes from. */
  private final Map<String, Element> candidates = new TreeMap<>();

  private Elements elements;
  private Filer filer;
  private Parser parser;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Parser.STREAM_TABLE_VIEW, REPOSITORY);
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
    filer = processingEnv.getFiler();
    parser = new Parser(elements);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      collect(round, Parser.STREAM_TABLE_VIEW, ElementKind.RECORD, "Dao");
      collect(round, REPOSITORY, ElementKind.INTERFACE, "Impl");
      if (round.processingOver()) {
        write();
      }
    } catch (RuntimeException | IOException e) {
      // The other processors report what is wrong with the types; an index that cannot be
      // written is a warning, since the classes themselves are fine.
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING, "pgtrickle-dao: could not write " + RESOURCE + ": " + e);
    }
    return false;
  }

  private void collect(RoundEnvironment round, String annotation, ElementKind kind, String suffix) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(type)) {
      if (element.getKind() == kind
          && element instanceof TypeElement annotated
          && ProcessingStep.canFindAgain(annotated)) {
        ClassName name = parser.className(annotated);
        candidates.put(
            name.packageName().isEmpty()
                ? String.join("_", name.simpleNames()) + suffix
                : name.packageName() + "." + String.join("_", name.simpleNames()) + suffix,
            element);
      }
    }
  }

  private void write() throws IOException {
    List<String> lines = new ArrayList<>();
    List<Element> origins = new ArrayList<>();
    candidates.forEach(
        (name, origin) -> {
          if (elements.getTypeElement(name) != null) {
            lines.add(name);
            origins.add(origin);
          }
        });
    if (lines.isEmpty()) {
      return;
    }
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", RESOURCE, origins.toArray(new Element[0]));
    try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      out.write("# DAOs and repository implementations generated by pgtrickle-dao\n");
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
