package dev.pgtrickle.dao.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The full benchmark run: starts the embedded PostgreSQL 18 (or uses {@code PGTRICKLE_TEST_URL}),
 * makes the data once, runs JMH with the usual command-line options (e.g. {@code -prof gc}, a
 * benchmark regex, {@code -f 2}), prints the ratios that matter ({@link Ratios}), then drops the
 * data. Forks reach the databases through {@code -D} options prepended to their JVM arguments.
 */
public final class BenchMain {

  private BenchMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH command-line options
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions commandLine = new CommandLineOptions(args);
    int status;
    try (BenchData data = BenchData.create()) {
      Collection<RunResult> results = run(data, new OptionsBuilder().parent(commandLine));
      Ratios.print(results, System.out);
      status = results.isEmpty() ? 1 : 0;
    }
    System.exit(status);
  }

  /** Runs JMH with {@code options}, failing on any benchmark error. */
  static Collection<RunResult> run(BenchData data, ChainedOptionsBuilder options) throws Exception {
    data.setSystemProperties();
    Options built =
        options
            .jvmArgsPrepend(data.jvmArgs().toArray(String[]::new))
            .shouldFailOnError(true)
            .build();
    return new Runner(built).run();
  }
}
