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
                "[StreamTableReadOnly] TotalsRepository.purge(): @Query: the statement is DELETE at line 1,"
                    + " column 1, which writes")
            .containing("stream table public.totals is read-only; write to its source tables"),
        NegativeCase.of(Message.READ_ONLY, "reported on the annotation's value, not the method")
            .source(
                Repositories.repository(
                    "  @Query(\"INSERT INTO totals (region) VALUES ('x') RETURNING 1\")",
                    "  long sneak();"))
            .source(Repositories.totals())
            .lines(5)
            .generated(1)
            .containing("TotalsRepository.sneak(): @Query: the statement is INSERT"),
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
            .containing(
                "[StreamTableInvalidQuery] TotalsRepository.two(): @Query: SELECT at line 1,"),
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
                "TotalsRepository.q(): a @Query method cannot return void. Return"
                    + " List<Totals>, Optional<Totals>, Totals or Stream<Totals>"),
        onMethod(
                Message.QUERY_COLUMNS,
                "fewer columns than components",
                "  @Query(\"SELECT region FROM totals\") List<Totals> q();")
            .containing(
                "TotalsRepository.q(): it selects 1 column, but Totals has 4 components"
                    + " (__pgt_row_id, region, order_count, total). Select one column per"
                    + " component, in component order."),
        projection(
                "a column in the wrong place",
                "  @Query(\"SELECT total, region FROM totals\") List<Share> q();")
            .errors(2)
            .containing(
                "TotalsRepository.q(): column 1 is \"total\", but component"
                    + " TotalsRepository.Share.region reads column \"region\". Select the columns in"
                    + " component order (region, total), alias the expression AS region, or name"
                    + " the component's column with @ColumnName."),
        projection(
                "an expression without a name",
                "  @Query(\"SELECT region, sum(total) FROM totals GROUP BY region\")"
                    + " List<Share> q();")
            .containing(
                "column 2, sum(total), has no name to match component TotalsRepository.Share.total."
                    + " Alias it: sum(total) AS total."),
        projection(
                "* mixed with columns",
                "  @Query(\"SELECT *, 1 AS x FROM totals\") List<Share> q();")
            .containing("its select list mixes * with other columns. List the columns of"),
        projection(
                "* in a UNION",
                "  @Query(\"SELECT * FROM totals UNION SELECT * FROM totals\") List<Share> q();")
            .containing("it selects * in a query combined with UNION, INTERSECT or EXCEPT"),
        projection("VALUES", "  @Query(\"VALUES ('a', 1.0)\") List<Share> q();")
            .containing("the select list cannot be matched to the components of"),
        NegativeCase.of(Message.QUERY_COLUMNS, "a component whose type is not the column's")
            .source(
                Repositories.repository(
                    "  record Share(String region, long total) {}",
                    "  @Query(\"SELECT region, total FROM totals\") List<Share> q();"))
            .source(Repositories.totals())
            .lines(5)
            .generated(1)
            .containing(
                "TotalsRepository.q(): component TotalsRepository.Share.total is long, but column"
                    + " \"total\" of public.totals holds BigDecimal values (Totals.total). Declare"
                    + " the component as BigDecimal."),
        NegativeCase.of(Message.QUERY_COLUMNS, "a projection component of an unsupported type")
            .source(
                Repositories.repository(
                    "  record Share(String region, Object total) {}",
                    "  @Query(\"SELECT region, total FROM totals\") List<Share> q();"))
            .source(Repositories.totals())
            .lines(5)
            .generated(1)
            .containing(
                "component TotalsRepository.Share.total is Object, which is not a supported"));
  }

  /** A case over {@code record Share(String region, BigDecimal total)}; the error on line 6. */
  private static NegativeCase projection(String name, String... methods) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("  record Share(String region, BigDecimal total) {}");
    lines.addAll(List.of(methods));
    return NegativeCase.of(Message.QUERY_COLUMNS, name)
        .source(Repositories.repository(lines.toArray(new String[0])))
        .source(Repositories.totals())
        .lines(6)
        .generated(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
