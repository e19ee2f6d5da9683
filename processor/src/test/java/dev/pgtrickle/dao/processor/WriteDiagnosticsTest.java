package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A DAO that cannot be written (its name is taken) is an error on the record. */
class WriteDiagnosticsTest {

  static List<NegativeCase> cases() {
    JavaFileObject nested =
        example(
            "Outer", "class Outer {", "  @StreamTableView", "  record Totals(String a) {}", "}");
    return List.of(
        NegativeCase.of(Message.CANNOT_WRITE, "the DAO's name is taken by a source file")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .source(example("TotalsDao", "public class TotalsDao {}"))
            .lines(4)
            .containing(
                "record Totals: cannot write com.example.TotalsDao (Attempt to recreate a"
                    + " file for type com.example.TotalsDao). Remove or rename the type"),
        NegativeCase.of(Message.CANNOT_WRITE, "two records, one DAO name")
            // Sources are processed in order: the top-level record takes the name first.
            .source(example("Outer_Totals", "@StreamTableView", "record Outer_Totals(String a) {}"))
            .source(nested)
            .in(nested)
            .lines(5)
            .generated(1)
            .containing("record Outer.Totals: cannot write com.example.Outer_TotalsDao"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
