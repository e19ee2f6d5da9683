package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Sources.example;

import dev.pgtrickle.dao.annotations.StreamTableView;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid processor options fail the compilation once, with no position, and generate nothing. */
class OptionDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        NegativeCase.of(Message.INVALID_OPTION, "misspelled injection value")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.injection=Jakarta")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.injection=Jakarta: expected auto, jakarta, javax, spring or none"
                    + " (did you mean 'jakarta'?). Set it to one of those values"),
        NegativeCase.of(Message.INVALID_OPTION, "injection without a value")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.injection")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.injection=: expected auto, jakarta, javax, spring or none."),
        NegativeCase.of(Message.INVALID_OPTION, "unknown option of ours")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.injecton=javax")
            .nowhere()
            .containing(
                "pgtrickle-dao has no such option (did you mean" + " 'pgtrickle.dao.injection'?)"),
        NegativeCase.of(Message.INJECTION_UNAVAILABLE, "javax requested, not on the classpath")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .classpathOf(StreamTableView.class, StreamTableDao.class)
            .option("-Apgtrickle.dao.injection=javax")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.injection=javax: javax.inject.Inject is not on the"
                    + " compile classpath. Add javax.inject:javax.inject to it"),
        NegativeCase.of(Message.INJECTION_UNAVAILABLE, "jakarta requested, not on the classpath")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .classpathOf(StreamTableView.class, StreamTableDao.class, javax.inject.Inject.class)
            .option("-Apgtrickle.dao.injection=jakarta")
            .nowhere()
            .containing(
                "jakarta.inject.Inject is not on the compile classpath. Add"
                    + " jakarta.inject:jakarta.inject-api to it"),
        NegativeCase.of(Message.INJECTION_UNAVAILABLE, "spring requested, not on the classpath")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.injection=spring")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.injection=spring: org.springframework.stereotype.Component is not"
                    + " on the compile classpath. Add org.springframework:spring-context to it"),
        NegativeCase.of(Message.INVALID_OPTION, "misspelled scope value")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.scope=singelton")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.scope=singelton: expected none or singleton (did you mean"
                    + " 'singleton'?). Set it to one of those values, or leave it out for none"),
        NegativeCase.of(Message.INVALID_OPTION, "singleton scope without an @Inject")
            .source(example("Totals", "@StreamTableView", "public record Totals(String a) {}"))
            .option("-Apgtrickle.dao.scope=singleton")
            .option("-Apgtrickle.dao.injection=none")
            .nowhere()
            .containing(
                "-Apgtrickle.dao.scope=singleton: @Singleton needs jakarta's or javax's @Inject,"
                    + " and -Apgtrickle.dao.injection=none chose none. Set"
                    + " -Apgtrickle.dao.injection=jakarta or javax, or leave pgtrickle.dao.scope"
                    + " out"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
