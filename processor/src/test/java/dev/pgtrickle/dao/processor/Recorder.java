package dev.pgtrickle.dao.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A {@link StreamTableProcessor} behind a {@link Filer} that records every source file the
 * processor creates. compile-testing hides the generated files of a failed compilation, and "no
 * output after an error" is exactly what a negative test must check; a test can also make the Filer
 * fail, to reach the processor's I/O and internal-error paths. javac's own processing environment
 * is left alone, since {@code Trees} works only with it.
 */
final class Recorder {
  /** What the Filer does when asked for a source file. */
  enum FilerMode {
    WORK,
    THROW_IO_EXCEPTION,
    THROW_RUNTIME_EXCEPTION
  }

  private final List<String> created = new ArrayList<>();
  private final Map<String, List<String>> origins = new HashMap<>();
  private final FilerMode mode;

  Recorder() {
    this(FilerMode.WORK);
  }

  Recorder(FilerMode mode) {
    this.mode = mode;
  }

  /** A new processor whose source files this recorder sees. */
  Processor processor() {
    return new StreamTableProcessor(RecordingFiler::new);
  }

  /** A new entry-point processor whose source files this recorder sees. */
  Processor entryPointProcessor() {
    return new StreamTableDaosProcessor(RecordingFiler::new);
  }

  /** A new definitions processor whose resources this recorder sees. */
  Processor definitionsProcessor() {
    return new StreamTableDefinitionsProcessor(RecordingFiler::new);
  }

  /**
   * The qualified names of the source files the processor created, and the relative names of the
   * resources, in order.
   */
  List<String> created() {
    return List.copyOf(created);
  }

  /** The originating elements given for source file {@code name}, as their simple names. */
  List<String> origins(String name) {
    return origins.getOrDefault(name, List.of());
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      switch (mode) {
        case THROW_IO_EXCEPTION:
          throw new IOException("disk full (test)");
        case THROW_RUNTIME_EXCEPTION:
          throw new IllegalStateException("Filer broke (test)");
        default:
          JavaFileObject file = filer.createSourceFile(name, originatingElements);
          created.add(name.toString());
          List<String> from = new ArrayList<>();
          for (Element origin : originatingElements) {
            from.add(origin.getSimpleName().toString());
          }
          origins.put(name.toString(), from);
          return file;
      }
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      if (mode == FilerMode.THROW_IO_EXCEPTION) {
        throw new IOException("disk full (test)");
      }
      if (mode == FilerMode.THROW_RUNTIME_EXCEPTION) {
        throw new IllegalStateException("Filer broke (test)");
      }
      FileObject resource =
          filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
      created.add(relativeName.toString());
      List<String> from = new ArrayList<>();
      for (Element origin : originatingElements) {
        from.add(origin.getSimpleName().toString());
      }
      origins.put(relativeName.toString(), from);
      return resource;
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
