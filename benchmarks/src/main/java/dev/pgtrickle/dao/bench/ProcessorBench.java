package dev.pgtrickle.dao.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac (through {@link ToolProvider#getSystemJavaCompiler()}, in this JVM) over {@code records}
 * generated annotated records shaped like {@link CustomerTotals}, once without annotation
 * processing ({@code -proc:none}) and once with the pgtrickle-dao processor, which also compiles
 * the DAOs it writes: what a build pays for the processor. A third variant compiles the records and
 * the DAOs as sources without processing, which splits that price into the processor's own work and
 * compiling the code it writes. A fourth compiles the records and one empty class per record
 * ({@code final class Totals7Dao {}}): the floor for any processor that writes one source file per
 * record, whatever the file holds, without annotation processing; a fifth runs {@link
 * EmptyDaoProcessor}, which writes those empty classes as a processor: the floor for any processor
 * that writes a source file per record, processing rounds and Filer included. Sources are written
 * once per trial, and compiled once with the processor in the trial's setup (a check that also
 * warms javac up); each compilation writes its classes (and generated sources) to a temporary
 * directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ProcessorBench {

  private static final String PROCESSOR = "dev.pgtrickle.dao.processor.StreamTableProcessor";

  /** How many annotated records one compilation gets. */
  @Param({"10", "100", "1000"})
  public int records;

  private JavaCompiler javac;
  private Path root;
  private List<Path> sources;
  private List<Path> sourcesAndDaos;
  private List<Path> sourcesAndEmptyClasses;

  /** Writes the records' sources and checks that the processor writes one DAO per record. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK");
    }
    root = Files.createTempDirectory("pgtrickle-dao-processor-bench");
    sources = new ArrayList<>();
    Path dir = Files.createDirectories(root.resolve("src/bench/gen"));
    for (int i = 0; i < records; i++) {
      Path file = dir.resolve("Totals" + i + ".java");
      Files.writeString(file, source(i), StandardCharsets.UTF_8);
      sources.add(file);
    }
    compile("check", sources, "-processor", PROCESSOR);
    sourcesAndDaos = new ArrayList<>(sources);
    try (Stream<Path> daos = Files.list(root.resolve("check/generated/bench/gen"))) {
      daos.forEach(sourcesAndDaos::add);
    }
    sourcesAndEmptyClasses = new ArrayList<>(sources);
    Path empty = Files.createDirectories(root.resolve("empty/bench/gen"));
    for (int i = 0; i < records; i++) {
      Path file = empty.resolve("Totals" + i + "Dao.java");
      Files.writeString(file, emptyClass(i), StandardCharsets.UTF_8);
      sourcesAndEmptyClasses.add(file);
    }
    if (sourcesAndDaos.size() != 2 * records) {
      throw new IllegalStateException(
          "the processor wrote "
              + (sourcesAndDaos.size() - records)
              + " DAOs for "
              + records
              + " records");
    }
  }

  /** Deletes the sources and outputs. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static String source(int i) {
    return """
        package bench.gen;

        import dev.pgtrickle.dao.annotations.StreamTableView;
        import java.math.BigDecimal;
        import java.time.OffsetDateTime;

        @StreamTableView(name = "totals_%1$d")
        public record Totals%1$d(
            String customer,
            String region,
            long orderCount,
            BigDecimal total,
            OffsetDateTime lastOrderAt,
            String note) {}
        """
        .formatted(i);
  }

  static String emptyClass(int i) {
    return """
        package bench.gen;

        final class Totals%1$dDao {}
        """
        .formatted(i);
  }

  /** Plain javac: the records only, no annotation processing. */
  @Benchmark
  public int javacWithoutProcessor() throws IOException {
    return compile("plain", sources, "-proc:none");
  }

  /** javac with the processor: the records, the processor, and the DAOs it writes. */
  @Benchmark
  public int javacWithProcessor() throws IOException {
    return compile("processed", sources, "-processor", PROCESSOR);
  }

  /**
   * The same records and the same DAOs as sources, no annotation processing: what the build would
   * cost if the DAOs were written by hand. The processor's own cost is the difference from {@link
   * #javacWithProcessor()}.
   */
  @Benchmark
  public int javacRecordsAndDaoSources() throws IOException {
    return compile("handwritten", sourcesAndDaos, "-proc:none");
  }

  /**
   * The records and one empty class per record, no annotation processing: what javac pays for a
   * second file per record, before it holds anything.
   */
  @Benchmark
  public int javacRecordsAndEmptyClasses() throws IOException {
    return compile("empty-classes", sourcesAndEmptyClasses, "-proc:none");
  }

  /**
   * The records with {@link EmptyDaoProcessor}, which writes an empty class per record: the least
   * any processor writing one file per record costs.
   */
  @Benchmark
  public int javacWithEmptyDaoProcessor() throws IOException {
    return compile("empty-processor", sources, "-processor", EmptyDaoProcessor.class.getName());
  }

  private int compile(String name, List<Path> units, String... processing) throws IOException {
    Path classes = Files.createDirectories(root.resolve(name + "/classes"));
    Path generated = Files.createDirectories(root.resolve(name + "/generated"));
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-implicit:none"));
    options.addAll(List.of(processing));
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> objects = files.getJavaFileObjectsFromPaths(units);
      boolean ok = javac.getTask(diagnostics, files, null, options, null, objects).call();
      if (!ok) {
        throw new IllegalStateException("javac failed (" + name + "):\n" + diagnostics);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return units.size();
  }
}
