package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.Recorder.FilerMode;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What javac's user sees when writing a package's {@code StreamTableDaos} fails: one error, never a
 * javac crash, while the DAOs are still written.
 */
class EntryPointFilerFailureTest {
  private static final JavaFileObject TOTALS =
      example("Totals", "@StreamTableView", "public record Totals(String region, long total) {}");

  @Test
  void anIoFailureIsEntryPointTakenWithTheCause() {
    Compilation compilation = compile(FilerMode.THROW_IO_EXCEPTION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[StreamTableEntryPointTaken] com.example.StreamTableDaos: pgtrickle-dao"
                + " generates com.example.StreamTableDaos, the entry point to every DAO of the package,"
                + " and cannot write it (disk full (test))");
  }

  @Test
  void anUnexpectedExceptionIsOneInternalErrorOnARecordWithItsStackTrace() {
    Compilation compilation = compile(FilerMode.THROW_RUNTIME_EXCEPTION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[StreamTableInternalError] package com.example: internal error," + " please report it")
        .inFile(TOTALS)
        .onLine(4);
    assertThat(compilation).hadErrorContaining("instead of generating com.example.StreamTableDaos");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: Filer broke");
    assertThat(compilation).hadErrorContaining("at dev.pgtrickle.dao.processor.");
  }

  private static Compilation compile(FilerMode mode) {
    Recorder entryPoints = new Recorder(mode);
    Recorder daos = new Recorder();
    Compilation compilation =
        javac().withProcessors(entryPoints.entryPointProcessor(), daos.processor()).compile(TOTALS);
    assertThat(entryPoints.created()).isEmpty();
    assertThat(daos.created()).containsExactly("com.example.TotalsDao");
    return compilation;
  }
}
