package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pgtrickle.dao.processor.Sources.example;

import com.google.testing.compile.Compilation;
import dev.pgtrickle.dao.processor.Recorder.FilerMode;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What javac's user sees when writing the DAO fails: an I/O failure is {@code CannotWrite}, and
 * anything unexpected is one {@code InternalError} on the record, never a javac crash.
 */
class FilerFailureTest {
  private static final JavaFileObject TOTALS =
      example("Totals", "@StreamTableView", "public record Totals(String region, long total) {}");

  @Test
  void anIoFailureIsCannotWriteOnTheRecord() {
    Compilation compilation = compile(FilerMode.THROW_IO_EXCEPTION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[StreamTableCannotWrite] record Totals: cannot write"
                + " com.example.TotalsDao (disk full (test))")
        .inFile(TOTALS)
        .onLine(4);
  }

  @Test
  void anUnexpectedExceptionIsOneInternalErrorOnTheRecordWithItsStackTrace() {
    Compilation compilation = compile(FilerMode.THROW_RUNTIME_EXCEPTION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[StreamTableInternalError] record Totals: internal error, please" + " report it")
        .inFile(TOTALS)
        .onLine(4);
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: Filer broke");
    assertThat(compilation).hadErrorContaining("at dev.pgtrickle.dao.processor.");
  }

  private static Compilation compile(FilerMode mode) {
    Recorder processor = new Recorder(mode);
    Compilation compilation = Sources.compile(processor.processor(), List.of(), TOTALS);
    assertThat(processor.created()).isEmpty();
    return compilation;
  }
}
