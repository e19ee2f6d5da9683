package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One negative compile test: sources that must fail with a given diagnostic, at given lines of a
 * given file, with a given number of errors, and without generating a DAO. The cases are data so
 * that {@link CatalogueTest} can check that every diagnostic has one.
 */
final class NegativeCase {
  private final Message message;
  private final String name;
  private final List<JavaFileObject> sources = new ArrayList<>();
  private final List<String> options = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final List<String> details = new ArrayList<>();
  private List<Class<?>> classpath;
  private JavaFileObject file;
  private int errors = 1;
  private int generated;
  private boolean entryPoints;
  private boolean definitions;

  private NegativeCase(Message message, String name) {
    this.message = message;
    this.name = name;
  }

  static NegativeCase of(Message message, String name) {
    return new NegativeCase(message, name);
  }

  /** Compiles {@code source} too; the first source is where the errors are expected. */
  NegativeCase source(JavaFileObject source) {
    sources.add(source);
    if (file == null) {
      file = source;
    }
    return this;
  }

  NegativeCase option(String option) {
    options.add(option);
    return this;
  }

  /** Compiles against only the classpath entries that hold {@code types}, and the JDK. */
  NegativeCase classpathOf(Class<?>... types) {
    classpath = List.of(types);
    return this;
  }

  /** The lines, in the first source, where an error with the tag must be reported. */
  NegativeCase lines(long... expected) {
    for (long line : expected) {
      lines.add(line);
    }
    return this;
  }

  /** The errors are expected in {@code source}, instead of the first source. */
  NegativeCase in(JavaFileObject source) {
    file = source;
    return this;
  }

  /** The diagnostic has no position (options belong to the compilation). */
  NegativeCase nowhere() {
    file = null;
    return this;
  }

  /** Runs {@link StreamTableDaosProcessor} too, before the DAO processor, as javac would. */
  NegativeCase withEntryPoints() {
    entryPoints = true;
    return this;
  }

  /** Runs {@link StreamTableDefinitionsProcessor} too, before the DAO processor, as javac would. */
  NegativeCase withDefinitions() {
    definitions = true;
    return this;
  }

  NegativeCase errors(int count) {
    errors = count;
    return this;
  }

  /** The number of generated files allowed (DAOs of other, valid records). */
  NegativeCase generated(int count) {
    generated = count;
    return this;
  }

  /** Text the error must contain besides the tag. */
  NegativeCase containing(String detail) {
    details.add(detail);
    return this;
  }

  Message message() {
    return message;
  }

  void check() {
    JavaFileObject[] files = sources.toArray(new JavaFileObject[0]);
    Recorder processor = new Recorder();
    Compilation compilation =
        definitions
            ? javac()
                .withProcessors(processor.definitionsProcessor(), processor.processor())
                .withOptions(options)
                .compile(files)
            : entryPoints
                ? javac()
                    .withProcessors(new StreamTableDaosProcessor(), processor.processor())
                    .withOptions(options)
                    .compile(files)
                : classpath == null
                    ? Sources.compile(processor.processor(), options, files)
                    : Sources.compileWithClasspathOf(
                        processor.processor(), classpath, options, files);
    String tag = "[" + message.tag() + "]";
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errors);
    if (file == null) {
      assertThat(compilation).hadErrorContaining(tag);
      for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        if (error.getMessage(Locale.ROOT).contains(tag)) {
          assertThat(error.getSource()).isNull();
        }
      }
    } else {
      for (long line : lines) {
        assertThat(compilation).hadErrorContaining(tag).inFile(file).onLine(line);
      }
    }
    for (String detail : details) {
      assertThat(compilation).hadErrorContaining(detail);
    }
    // compile-testing hides a failed compilation's output; the recording Filer does not.
    assertThat(processor.created()).hasSize(generated);
  }

  @Override
  public String toString() {
    return message.tag() + ": " + name;
  }
}
