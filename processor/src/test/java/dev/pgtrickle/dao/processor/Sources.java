package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Test sources, resources and compilations with the processor. */
final class Sources {
  /** The imports most test records need. */
  static final String IMPORTS =
      "import dev.pgtrickle.dao.annotations.ColumnName;"
          + " import dev.pgtrickle.dao.annotations.RowId;"
          + " import dev.pgtrickle.dao.annotations.StreamTableView;"
          + " import dev.pgtrickle.dao.runtime.RowIdentity;";

  private Sources() {}

  /**
   * A source file {@code com/example/<simpleName>.java}: line 1 is the package, line 2 the imports,
   * and {@code lines} start at line 3.
   */
  static JavaFileObject example(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package com.example;");
    all.add(IMPORTS + " import java.math.BigDecimal; import java.util.List;");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example." + simpleName, all);
  }

  /** A source file from {@code src/test/resources/records}. */
  static JavaFileObject record(String path) {
    return JavaFileObjects.forResource("records/" + path);
  }

  /** A golden file's text, from {@code src/test/resources/golden}. */
  static String golden(String path) {
    try (InputStream in = Sources.class.getResourceAsStream("/golden/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rewrites the golden files {@code paths} (relative to {@code src/test/resources/golden}, e.g.
   * {@code com/example/OrderTotalsDao.java}) from {@code compilation}'s generated sources. Run
   * {@code mvn -pl processor -am test -Dpgtrickle.golden.update=true} after a deliberate change to
   * the generated code, then read the diff before committing it.
   */
  static void updateGoldens(Compilation compilation, List<String> paths) {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative =
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      if (!paths.contains(relative)) {
        continue;
      }
      Path target = Path.of("src/test/resources/golden", relative);
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getCharContent(true));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compile(new StreamTableProcessor(), options, sources);
  }

  static Compilation compile(Processor processor, List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(processor).withOptions(options).compile(sources);
  }

  /** Compiles against exactly the classpath entries holding {@code types} (and the JDK). */
  static Compilation compileWithClasspathOf(
      List<Class<?>> types, List<String> options, JavaFileObject... sources) {
    return compileWithClasspathOf(new StreamTableProcessor(), types, options, sources);
  }

  static Compilation compileWithClasspathOf(
      Processor processor, List<Class<?>> types, List<String> options, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    for (Class<?> type : types) {
      classpath.add(locationOf(type));
    }
    return javac()
        .withProcessors(processor)
        .withClasspath(classpath)
        .withOptions(options)
        .compile(sources);
  }

  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
