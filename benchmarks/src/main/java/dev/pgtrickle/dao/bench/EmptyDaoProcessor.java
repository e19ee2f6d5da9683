package dev.pgtrickle.dao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The floor of {@link ProcessorBench}: an annotation processor that does the least any processor
 * writing one source file per {@code @StreamTableView} record can do, an empty class per record
 * ({@code final class Totals7Dao {}}), with the record as its originating element. What javac pays
 * for it (the Filer's checks, a second round that enters every file again, the extra class) is paid
 * by pgtrickle-dao's processor too, whatever its DAOs hold. Not registered as a service: the
 * benchmark names it with {@code -processor}.
 */
@SupportedAnnotationTypes("dev.pgtrickle.dao.annotations.StreamTableView")
public final class EmptyDaoProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        write((TypeElement) element);
      }
    }
    return false;
  }

  private void write(TypeElement record) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(record);
    String dao = record.getSimpleName() + "Dao";
    String name = pkg.isUnnamed() ? dao : pkg.getQualifiedName() + "." + dao;
    try (Writer out = processingEnv.getFiler().createSourceFile(name, record).openWriter()) {
      out.write(
          (pkg.isUnnamed() ? "" : "package " + pkg.getQualifiedName() + ";\n\n")
              + "final class "
              + dao
              + " {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
