package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The annotated type must be an accessible, non-generic record with components. */
class RecordShapeDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        NegativeCase.of(Message.NOT_A_RECORD, "class")
            .source(example("Totals", "@StreamTableView", "public class Totals {}"))
            .lines(4)
            .containing("class Totals: @StreamTableView describes one row"),
        NegativeCase.of(Message.NOT_A_RECORD, "interface")
            .source(example("Totals", "@StreamTableView", "public interface Totals {}"))
            .lines(4)
            .containing("interface Totals:"),
        NegativeCase.of(Message.NOT_A_RECORD, "enum")
            .source(example("Totals", "@StreamTableView", "public enum Totals { A }"))
            .lines(4)
            .containing("enum Totals:"),
        NegativeCase.of(Message.NOT_A_RECORD, "annotation type")
            .source(example("Totals", "@StreamTableView", "public @interface Totals {}"))
            .lines(4)
            .containing("@interface Totals:"),
        NegativeCase.of(Message.GENERIC_RECORD, "type parameter, reported on it")
            .source(
                example(
                    "Totals",
                    "@StreamTableView",
                    "public record Totals<",
                    "    T extends Number>(String region, T total) {}"))
            .lines(5)
            .containing("record Totals<T>: a stream-table record cannot have type parameters"),
        NegativeCase.of(Message.NOT_ACCESSIBLE, "private nested record")
            .source(
                example(
                    "Outer",
                    "public class Outer {",
                    "  @StreamTableView",
                    "  private record Totals(String region) {}",
                    "}"))
            .lines(5)
            .containing("record Outer.Totals: it is private, so the generated Outer_TotalsDao"),
        NegativeCase.of(Message.NOT_ACCESSIBLE, "record nested in a private class")
            .source(
                example(
                    "Outer",
                    "public class Outer {",
                    "  private static class Middle {",
                    "    @StreamTableView",
                    "    record Totals(String region) {}",
                    "  }",
                    "}"))
            .lines(6)
            .containing("it is nested in private class Middle")
            .containing("Make class Middle package-private or public"),
        NegativeCase.of(Message.NOT_ACCESSIBLE, "local record")
            .source(
                example(
                    "Outer",
                    "public class Outer {",
                    "  void load() {",
                    "    @StreamTableView",
                    "    record Totals(String region) {}",
                    "  }",
                    "}"))
            // javac shows local types to no processor; the processor finds them in the trees of
            // the rounds it runs in, here because of Visible.
            .source(example("Visible", "@StreamTableView", "public record Visible(String a) {}"))
            .lines(6)
            .generated(1)
            .containing("record Totals: it is local"),
        NegativeCase.of(Message.NOT_ACCESSIBLE, "enum component nested in a private class")
            .source(
                example(
                    "Outer",
                    "public class Outer {",
                    "  private static class Kinds {",
                    "    enum Kind { A, B }",
                    "  }",
                    "  @StreamTableView",
                    "  public record Totals(Kinds.Kind kind) {}",
                    "}"))
            .lines(8)
            .containing(
                "Outer.Kinds.Kind kind: enum Outer.Kinds.Kind is nested in private class Kinds"),
        NegativeCase.of(Message.NO_COMPONENTS, "empty record")
            .source(example("Totals", "@StreamTableView", "public record Totals() {}"))
            .lines(4)
            .containing("record Totals(): a stream-table record needs at least one component"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
