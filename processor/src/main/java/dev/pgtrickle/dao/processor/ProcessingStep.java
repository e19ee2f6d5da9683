package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.JavaFile;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.parse.Parser;
import dev.pgtrickle.dao.processor.parse.Shadowing;
import dev.pgtrickle.dao.processor.write.DaoWriter;
import dev.pgtrickle.dao.processor.write.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The processor's work on the types that carry one annotation, one round at a time, after
 * auto-common's {@code BasicAnnotationProcessor.Step}. This base owns, once for every step, what
 * each of them would otherwise get wrong on its own:
 *
 * <ul>
 *   <li><b>Deferral.</b> A type that refers to something not generated yet says {@link
 *       Result#DEFER}; it is kept by qualified name and processed again, first, in the next round.
 *       A type is never deferred in the last round, nor when it has no canonical name (it could not
 *       be found again): {@link #process(TypeElement, boolean)} is then told it may not defer, and
 *       reports what is still missing, once.
 *   <li><b>Internal errors.</b> An unexpected exception becomes one {@link Message#INTERNAL_ERROR}
 *       on the type ("internal error, please report" with the stack trace), never a javac crash,
 *       and the other types of the round are still processed.
 *   <li><b>Filer failures.</b> {@link #write} writes a generated file with the type as its one
 *       originating element (Gradle's isolating mode wants exactly one) and turns an {@link
 *       IOException} from the Filer into one {@link Message#CANNOT_WRITE} on the type.
 * </ul>
 */
abstract class ProcessingStep {
  /** What became of a type this round. */
  enum Result {
    /** Processed: written, reported, or deliberately left alone. */
    DONE,
    /** Waits for a type another processor has yet to generate; process it again next round. */
    DEFER
  }

  private final String annotation;
  private final Set<String> deferred = new LinkedHashSet<>();

  /**
   * The {@code java.lang} names each package shadows, found once per round: finding them looks at
   * every type of the package, which done per generated file made a round quadratic in the size of
   * the package. A package gains types only between rounds, so the answer holds for the round.
   */
  private final Map<PackageElement, String[]> shadowed = new HashMap<>();

  final Elements elements;
  final Messager messager;
  private final Filer filer;

  ProcessingStep(String annotation, Elements elements, Messager messager, Filer filer) {
    this.annotation = annotation;
    this.elements = elements;
    this.messager = messager;
    this.filer = filer;
  }

  /**
   * Processes one type.
   *
   * @param mayDefer whether {@link Result#DEFER} is allowed; when it is not, the step reports
   *     whatever is still missing
   */
  abstract Result process(TypeElement type, boolean mayDefer);

  /** What the step generates from {@code type}, for an internal error: "its DAO". */
  abstract String product(TypeElement type);

  /** Processes the types deferred from the last round, then this round's annotated types. */
  final void process(RoundEnvironment round) {
    shadowed.clear();
    for (TypeElement type : Rounds.typesToProcess(deferred, elements, round, annotation)) {
      boolean mayDefer = !round.processingOver() && canFindAgain(type);
      try {
        if (process(type, mayDefer) == Result.DEFER) {
          if (!mayDefer) {
            throw new IllegalStateException("deferred " + type + " when it may not be deferred");
          }
          deferred.add(type.getQualifiedName().toString());
        }
      } catch (RuntimeException | Error e) {
        Report report = new Report();
        report.error(
            Message.INTERNAL_ERROR,
            Position.of(type),
            Parser.keyword(type.getKind()) + " " + type.getSimpleName(),
            e,
            productOf(type),
            trace(e));
        report.printTo(messager);
      }
    }
  }

  private String productOf(TypeElement type) {
    try {
      return product(type);
    } catch (RuntimeException | Error e) {
      return "its output";
    }
  }

  /** Whether some type waits for the next round. */
  final boolean hasDeferred() {
    return !deferred.isEmpty();
  }

  /**
   * Writes {@code file} with {@code origin} as its one originating element; a Filer failure is
   * reported on {@code position} as {@link Message#CANNOT_WRITE}.
   *
   * @param subject how the diagnostic names the annotated type
   * @return whether the file was written
   */
  final boolean write(JavaFile file, TypeElement origin, Position position, String subject) {
    JavaFile withOrigin =
        DaoWriter.javaFile(
            file.packageName(),
            file.typeSpec().toBuilder()
                .addOriginatingElement(origin)
                .alwaysQualify(
                    shadowed.computeIfAbsent(
                        elements.getPackageOf(origin),
                        pkg -> Shadowing.javaLangNamesIn(elements, pkg)))
                .build());
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    try {
      SourceFiles.write(withOrigin, filer);
      return true;
    } catch (IOException e) {
      Report report = new Report();
      report.error(Message.CANNOT_WRITE, position, subject, name, e.getMessage());
      report.printTo(messager);
      return false;
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

  static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
