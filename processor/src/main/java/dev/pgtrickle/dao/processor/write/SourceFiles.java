package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes a generated file through the {@link Filer}, with its originating elements, and without the
 * trailing spaces JavaPoet leaves where it wraps a line after {@code " = "}.
 */
public final class SourceFiles {
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);

  private SourceFiles() {}

  public static void write(JavaFile file, Filer filer) throws IOException {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    Element[] origins = file.typeSpec().originatingElements().toArray(new Element[0]);
    JavaFileObject source = filer.createSourceFile(name, origins);
    String text = TRAILING_SPACES.matcher(file.toString()).replaceAll("");
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (IOException | RuntimeException e) {
      try {
        source.delete();
      } catch (RuntimeException ignored) {
        // the write failure is what matters
      }
      throw e;
    }
  }
}
