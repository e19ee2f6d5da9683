package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A package's entry point that cannot be written (its name is taken) is an error on the type. */
class EntryPointDiagnosticsTest {

  static List<NegativeCase> cases() {
    JavaFileObject taken = example("StreamTableDaos", "public class StreamTableDaos {}");
    return List.of(
        NegativeCase.of(Message.ENTRY_POINT_TAKEN, "the entry point's name is taken by a class")
            .withEntryPoints()
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .source(taken)
            .in(taken)
            .lines(3)
            .generated(1) // TotalsDao, which needs no entry point
            .containing(
                "class StreamTableDaos: pgtrickle-dao generates com.example.StreamTableDaos, the"
                    + " entry point to every DAO of the package, and cannot write it (Attempt to"
                    + " recreate a file for type com.example.StreamTableDaos). Rename your type,"
                    + " or move it to another package."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
