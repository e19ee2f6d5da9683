package dev.pgtrickle.dao.bench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Smoke mode, run by {@code mvn verify}: every benchmark once, in one fork, with no warm-up and one
 * 100 ms iteration, at the smallest size (10 rows, 10 records). It exits non-zero, failing the
 * build, if a benchmark throws or any benchmark produced no result. The numbers mean nothing; that
 * every benchmark still runs does.
 */
public final class Smoke {

  private Smoke() {}

  /**
   * Runs the smoke pass.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws Exception {
    Collection<RunResult> results;
    try (BenchData data = BenchData.create()) {
      results =
          BenchMain.run(
              data,
              new OptionsBuilder()
                  .forks(1)
                  .warmupIterations(0)
                  .measurementIterations(1)
                  .measurementTime(TimeValue.milliseconds(100))
                  .param("size", "10")
                  .param("records", "10")
                  .timeUnit(TimeUnit.MICROSECONDS)
                  .verbosity(VerboseMode.NORMAL));
    }
    Set<String> expected = new TreeSet<>();
    for (BenchmarkListEntry entry :
        BenchmarkList.defaultList()
            .getAll(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of())) {
      expected.add(entry.getUsername());
    }
    Set<String> measured = new TreeSet<>();
    for (RunResult result : results) {
      if (result.getPrimaryResult().getSampleCount() > 0
          && Double.isFinite(result.getPrimaryResult().getScore())) {
        measured.add(result.getParams().getBenchmark());
      }
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(measured);
    if (expected.isEmpty() || !missing.isEmpty()) {
      System.err.println(
          "Benchmark smoke run FAILED: no result for " + missing + " (of " + expected + ")");
      System.exit(1);
    }
    System.out.println("Benchmarks: " + measured.size() + " passed, 0 failed");
    System.exit(0);
  }
}
