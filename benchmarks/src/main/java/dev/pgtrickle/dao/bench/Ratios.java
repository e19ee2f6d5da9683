package dev.pgtrickle.dao.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The ratios that matter, computed from a run's results (never typed in by hand) and printed as
 * Markdown tables for {@code BENCHMARKS.md}. A ratio's "±" combines the two scores' JMH error bars
 * (99.9% confidence half-widths) as relative errors in quadrature. Benchmarks that did not run (a
 * regex, a reduced size set) are left out.
 */
final class Ratios {

  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final String[] READ_PEERS = {
    "springDataClassRowMapper", "jdbiConstructorMapper", "jooqFetchInto"
  };

  private final Map<String, Result<?>> times = new HashMap<>();
  private final Map<String, Result<?>> bytes = new HashMap<>();
  private final PrintStream out;
  private final List<String> rows = new ArrayList<>();

  private Ratios(Collection<RunResult> results, PrintStream out) {
    this.out = out;
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(name);
      for (String param : result.getParams().getParamsKeys()) {
        key.append(' ').append(param).append('=').append(result.getParams().getParam(param));
      }
      times.put(key.toString(), result.getPrimaryResult());
      Result<?> alloc = result.getSecondaryResults().get(ALLOC);
      if (alloc != null) {
        bytes.put(key.toString(), alloc);
      }
    }
  }

  /** Prints every ratio whose two benchmarks are in {@code results}. */
  static void print(Collection<RunResult> results, PrintStream out) {
    new Ratios(results, out).print();
  }

  private void print() {
    out.println();
    out.println("## Ratios (computed from this run)");
    for (int size : BenchData.SIZES) {
      String s = " size=" + size;
      row(
          "ReadBench.daoFindAll / ReadBench.handWritten",
          "ReadBench.daoFindAll" + s,
          "ReadBench.handWritten" + s,
          size,
          "<= 1.03, bytes within 5%");
      row(
          "ReadBench.daoStreamAll / ReadBench.handWritten",
          "ReadBench.daoStreamAll" + s,
          "ReadBench.handWritten" + s,
          size,
          "");
      row(
          "ReadBench.handWritten / ReadBench.rawResultSetLoop (floor)",
          "ReadBench.handWritten" + s,
          "ReadBench.rawResultSetLoop" + s,
          size,
          "");
      row(
          "FilterBench.daoTypedQuery / FilterBench.handWritten",
          "FilterBench.daoTypedQuery" + s,
          "FilterBench.handWritten" + s,
          size,
          "<= 1.03, bytes within 5%");
      for (String peer : READ_PEERS) {
        row(
            "ReadBench." + peer + " / ReadBench.daoFindAll",
            "ReadBench." + peer + s,
            "ReadBench.daoFindAll" + s,
            size,
            "> 1");
        row(
            "FilterBench." + peer + " / FilterBench.daoTypedQuery",
            "FilterBench." + peer + s,
            "FilterBench.daoTypedQuery" + s,
            size,
            "> 1");
      }
      row(
          "ReadOnlyCostBench.pipelinedReadOnly / ReadOnlyCostBench.autoCommit",
          "ReadOnlyCostBench.pipelinedReadOnly" + s,
          "ReadOnlyCostBench.autoCommit" + s,
          size,
          "(cost of run-time read-only enforcement, as the DAO does it)");
      row(
          "ReadOnlyCostBench.readOnlyTransaction / ReadOnlyCostBench.autoCommit",
          "ReadOnlyCostBench.readOnlyTransaction" + s,
          "ReadOnlyCostBench.autoCommit" + s,
          size,
          "(switching the connection instead: one more round trip)");
    }
    row(
        "FreshnessBench.seedGuideDataThenStaleness / FreshnessBench.daoFreshness",
        "FreshnessBench.seedGuideDataThenStaleness",
        "FreshnessBench.daoFreshness",
        10,
        "");
    row(
        "FreshnessBench.seedGuideDataThenStaleness / FreshnessBench.daoFindAllFresh",
        "FreshnessBench.seedGuideDataThenStaleness",
        "FreshnessBench.daoFindAllFresh",
        10,
        "(two round trips vs one)");
    row(
        "FreshnessBench.getStaleness / FreshnessBench.daoFreshness",
        "FreshnessBench.getStaleness",
        "FreshnessBench.daoFreshness",
        10,
        "");
    table("| ratio | size | time ratio | bytes/op ratio | target |", "|---|---|---|---|---|");
    String previous = null;
    for (String records : new String[] {"10", "100", "1000"}) {
      String with = "ProcessorBench.javacWithProcessor records=" + records;
      String without = "ProcessorBench.javacWithoutProcessor records=" + records;
      processorRow("with / without processor", with, without, records, "<= 2 at 1000 (issue 11)");
      String floor = "ProcessorBench.javacWithEmptyDaoProcessor records=" + records;
      processorRow(
          "empty-class processor / without processor",
          floor,
          without,
          records,
          "(the floor of any processor writing a file per record)");
      processorRow(
          "with processor / empty-class processor", with, floor, records, "(above that floor)");
      processorRow(
          "with processor / records and DAOs as sources, no processor",
          with,
          "ProcessorBench.javacRecordsAndDaoSources records=" + records,
          records,
          "(the processor's own share)");
      processorRow(
          "records and one empty class each, no processor / without processor",
          "ProcessorBench.javacRecordsAndEmptyClasses records=" + records,
          without,
          records,
          "(the floor of one file per record)");
      if (previous != null) {
        processorRow(
            "with processor: this size / " + previous + " records",
            with,
            "ProcessorBench.javacWithProcessor records=" + previous,
            records,
            "~10 (linear)");
        processorRow(
            "without processor: this size / " + previous + " records",
            without,
            "ProcessorBench.javacWithoutProcessor records=" + previous,
            records,
            "~10 (linear)");
      }
      previous = records;
    }
    table("| processor ratio | records | time ratio | target |", "|---|---|---|---|");
  }

  private void table(String header, String rule) {
    if (!rows.isEmpty()) {
      out.println();
      out.println(header);
      out.println(rule);
      rows.forEach(out::println);
      rows.clear();
    }
  }

  private void row(String label, String numerator, String denominator, int size, String target) {
    if (!times.containsKey(numerator) || !times.containsKey(denominator)) {
      return;
    }
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %s | %s |",
            label,
            size,
            ratio(times, numerator, denominator),
            ratio(bytes, numerator, denominator),
            target));
  }

  private void processorRow(
      String label, String numerator, String denominator, String records, String target) {
    if (!times.containsKey(numerator) || !times.containsKey(denominator)) {
      return;
    }
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s |",
            label,
            records,
            ratio(times, numerator, denominator),
            target));
  }

  private static String ratio(Map<String, Result<?>> scores, String numerator, String denominator) {
    Result<?> top = scores.get(numerator);
    Result<?> bottom = scores.get(denominator);
    if (top == null || bottom == null || bottom.getScore() == 0) {
      return "n/a";
    }
    double ratio = top.getScore() / bottom.getScore();
    double error = ratio * Math.hypot(relative(top), relative(bottom));
    return Double.isFinite(error)
        ? String.format(Locale.ROOT, "%.3f ± %.3f", ratio, error)
        : String.format(Locale.ROOT, "%.3f", ratio);
  }

  private static double relative(Result<?> result) {
    return result.getScoreError() / result.getScore();
  }
}
