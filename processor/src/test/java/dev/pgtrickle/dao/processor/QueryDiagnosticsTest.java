package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Repositories.onMethod;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Query} text is checked at compile time: one read-only statement, named parameters that
 * match the method's, a return type it can produce. Errors point at the annotation's value.
 */
class QueryDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        onMethod(Message.READ_ONLY, "DELETE", "  @Query(\"DELETE FROM totals\") long purge();")
            .containing(
                "[StreamTableReadOnly] TotalsQueries.purge(): @Query: the statement is DELETE at line 1,"
                    + " column 1, which writes")
            .containing("stream table public.totals is read-only; write to its source tables"),
        NegativeCase.of(Message.READ_ONLY, "reported on the annotation's value, not the method")
            .source(
                Repositories.queries(
                    "  @Query(\"INSERT INTO totals (region) VALUES ('x') RETURNING 1\")",
                    "  long sneak();"))
            .source(Repositories.totals())
            .lines(5)
            .generated(1)
            .containing("TotalsQueries.sneak(): @Query: the statement is INSERT"),
        onMethod(
                Message.READ_ONLY,
                "a second statement that writes",
                "  @Query(\"SELECT 1; DELETE FROM totals\") long one();")
            .containing("second statement"),
        onMethod(
            Message.READ_ONLY,
            "a data-modifying WITH",
            "  @Query(\"WITH d AS (DELETE FROM totals RETURNING *) SELECT count(*) FROM d\")"
                + " long gone();"),
        onMethod(
                Message.READ_ONLY,
                "FOR UPDATE",
                "  @Query(\"SELECT * FROM totals FOR UPDATE\") List<Totals> locked();")
            .containing("FOR UPDATE"),
        onMethod(
            Message.READ_ONLY,
            "SELECT INTO",
            "  @Query(\"SELECT * INTO copy FROM totals\") List<Totals> copied();"),
        onMethod(
            Message.READ_ONLY, "UPDATE", "  @Query(\"UPDATE totals SET total = 0\") long zero();"),
        onMethod(Message.READ_ONLY, "TRUNCATE", "  @Query(\"TRUNCATE totals\") long empty();"),
        onMethod(
                Message.INVALID_QUERY,
                "two selects",
                "  @Query(\"SELECT 1; SELECT 2\") long two();")
            .containing("[StreamTableInvalidQuery] TotalsQueries.two(): @Query: SELECT at line 1,"),
        onMethod(
            Message.INVALID_QUERY,
            "positional parameter",
            "  @Query(\"SELECT * FROM totals WHERE region = ?\") List<Totals> q(String r);"),
        onMethod(
            Message.INVALID_QUERY,
            "unterminated string",
            "  @Query(\"SELECT 'north\") List<Totals> q();"),
        onMethod(Message.INVALID_QUERY, "empty", "  @Query(\"\") List<Totals> q();")
            .containing("the query is empty"),
        onMethod(
                Message.QUERY_PARAMETER,
                "a name with no parameter",
                "  @Query(\"SELECT * FROM totals WHERE region = :regoin\")"
                    + " List<Totals> q(String region);")
            .errors(2)
            .containing(
                "the @Query uses :regoin but the method has no parameter regoin; did you"
                    + " mean :region?"),
        onMethod(
                Message.QUERY_PARAMETER,
                "an unused parameter",
                "  @Query(\"SELECT * FROM totals\") List<Totals> q(String region);")
            .containing(
                "parameter region is not used by the @Query. Use it as :region in the"
                    + " query, or remove it."),
        onMethod(
                Message.PARAMETER_TYPE,
                "a parameter that cannot be bound",
                "  @Query(\"SELECT * FROM totals WHERE region = :r\") List<Totals> q(Object r);")
            .containing("parameter r is Object but a @Query parameter is bound as a column value"),
        onMethod(Message.RETURN_TYPE, "void", "  @Query(\"SELECT * FROM totals\") void q();")
            .containing(
                "TotalsQueries.q(): a @Query method cannot return void. Return"
                    + " List<Totals>, Optional<Totals>, Totals or Stream<Totals>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
