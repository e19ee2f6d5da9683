package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The processor fuzz (issue 12). Each try takes a seed and generates a batch of {@link
 * FuzzCases#BATCH} records and repositories ({@link FuzzCases}); the valid cases are compiled
 * together under {@code -Xlint:all -Werror}, the others together too. Properties: no case ever gets
 * {@code [StreamTableInternalError]}; every valid case compiles, generated code included, without a
 * warning; every case with a defect gets at least one error, and only errors tagged with its
 * diagnostic, in its own sources.
 *
 * <p>The build runs {@code jqwik.tries.default} batches (75, so 3,000 cases; {@code -Pfuzz-long}
 * runs 1,250, so 50,000). A failure names the seed; {@code -Dfuzz.seed=<seed>} replays that batch
 * alone.
 */
class ProcessorFuzzTest {
  // should-stop.ifNoError=FLOW: javac stops after attribution and flow analysis, which report
  // every error and lint warning, and writes no class files, which nobody reads here.
  private static final List<String> STRICT =
      List.of("-Xlint:all,-processing", "-Werror", "-XDshould-stop.ifNoError=FLOW");

  private static final AtomicLong VALID = new AtomicLong();
  private static final AtomicLong GENERATED_FILES = new AtomicLong();
  private static final Map<String, Long> DEFECTS = new TreeMap<>();

  /** The run's figures, for RELIABILITY.md. */
  @AfterContainer
  static void report() {
    long defective = DEFECTS.values().stream().mapToLong(Long::longValue).sum();
    System.out.println(
        "ProcessorFuzzTest: "
            + (VALID.get() + defective)
            + " cases, "
            + VALID.get()
            + " valid ("
            + GENERATED_FILES.get()
            + " generated files compiled under"
            + " -Xlint:all -Werror), "
            + defective
            + " with one defect, each with exactly its tag: "
            + DEFECTS
            + "; 0 internal errors");
  }

  @Provide
  Arbitrary<Long> seeds() {
    String fixed = System.getProperty("pgtrickle.fuzz.seed", "");
    return fixed.isBlank() ? Arbitraries.longs() : Arbitraries.just(Long.parseLong(fixed.trim()));
  }

  @Property(shrinking = ShrinkingMode.OFF)
  void generatedRecordsAndInterfacesCompileOrGetExactlyTheirDiagnostic(@ForAll("seeds") long seed) {
    List<FuzzCases.Case> cases = new FuzzCases(seed).batch();
    List<FuzzCases.Case> valid = new ArrayList<>();
    List<FuzzCases.Case> defective = new ArrayList<>();
    for (FuzzCases.Case c : cases) {
      (c.expected() == null ? valid : defective).add(c);
    }
    if (!valid.isEmpty()) {
      Compilation compilation = compile(valid);
      for (FuzzCases.Case c : valid) {
        for (String name : c.generated()) {
          if (compilation.generatedSourceFile(name).isEmpty()) {
            throw failure(seed, "a valid case got no " + name, c);
          }
        }
      }
      VALID.addAndGet(valid.size());
      GENERATED_FILES.addAndGet(compilation.generatedSourceFiles().size());
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR
            || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          throw failure(seed, "a valid case did not compile cleanly: " + d, owner(d, valid));
        }
      }
    }
    if (!defective.isEmpty()) {
      Compilation compilation = compile(defective);
      for (FuzzCases.Case c : defective) {
        int tagged = 0;
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
          if (d.getKind() != Diagnostic.Kind.ERROR || owner(d, defective) != c) {
            continue;
          }
          String message = d.getMessage(Locale.ROOT);
          if (!message.startsWith("[" + c.expected().tag() + "]")) {
            throw failure(seed, "expected only [" + c.expected().tag() + "], got: " + d, c);
          }
          tagged++;
        }
        if (tagged == 0) {
          throw failure(
              seed,
              "no ["
                  + c.expected().tag()
                  + "] error; the compilation said "
                  + compilation.diagnostics(),
              c);
        }
        synchronized (DEFECTS) {
          DEFECTS.merge(c.expected().tag(), 1L, Long::sum);
        }
      }
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR && owner(d, defective) == null) {
          throw failure(seed, "an error outside every case's sources: " + d, null);
        }
      }
    }
  }

  private static Compilation compile(List<FuzzCases.Case> cases) {
    List<JavaFileObject> sources = new ArrayList<>();
    cases.forEach(c -> sources.addAll(c.sources()));
    Compilation compilation =
        javac()
            .withProcessors(new StreamTableDaosProcessor(), new StreamTableProcessor())
            .withOptions(STRICT)
            .compile(sources);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getMessage(Locale.ROOT).contains("[" + Message.INTERNAL_ERROR.tag() + "]")) {
        throw new AssertionError("internal error: " + d.getMessage(Locale.ROOT));
      }
    }
    return compilation;
  }

  /** The case whose package holds the diagnostic's file, generated or written. */
  private static FuzzCases.Case owner(
      Diagnostic<? extends JavaFileObject> d, List<FuzzCases.Case> cases) {
    if (d.getSource() == null) {
      return null;
    }
    // Written sources have relative URIs (fuzz/...), generated ones absolute (/SOURCE_OUTPUT/...).
    String path = "/" + d.getSource().toUri().getPath();
    FuzzCases.Case best = null;
    for (FuzzCases.Case c : cases) {
      String dir = "/" + c.pkg().replace('.', '/') + "/";
      if (path.contains(dir)) {
        best = c;
      }
    }
    return best;
  }

  private static AssertionError failure(long seed, String what, FuzzCases.Case c) {
    return new AssertionError(
        "processor fuzz, seed "
            + seed
            + " (replay: -Dfuzz.seed="
            + seed
            + "): "
            + what
            + (c == null ? "" : "\n" + c.show()));
  }
}
