package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.ScheduleDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Names and writes a DAO's fresh statements, which read rows and the table's catalog row in one
 * statement, and its staleness budget. Each fresh statement is declared as {@code FRESH_HEAD +
 * FIND_... + FreshSql.DATA_TAIL}, where {@code FRESH_HEAD} is {@code FreshSql.HEAD + "'schema'" +
 * FreshSql.NAME_IS + "'name'" + FreshSql.DATA_HEAD}: every part is a compile-time constant, so
 * javac folds each statement into one string, the same one {@link FreshSql#of} renders. The methods
 * that run them are the superclass's ({@code findAllFresh}) and {@link FinderWriter}'s ({@code
 * findFreshBy<Component>}).
 */
final class FreshWriter {
  static final ClassName FRESH = ClassName.get("dev.pgtrickle.dao.runtime", "Fresh");
  private static final ClassName FRESH_SQL = ClassName.get(FreshSql.class);
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");

  private final StreamTable table;
  private final Statements statements;
  private final String head;
  private final String findAllFresh;
  private final Map<String, String> equal = new HashMap<>();
  private final Map<String, String> isNull = new HashMap<>();
  private final String budget;

  /**
   * Names the fresh statements' constants, and the budget's, with {@code fields}, which already
   * holds every other constant; adds the names to {@code taken}.
   */
  FreshWriter(StreamTable table, Statements statements, NameAllocator fields, List<String> taken) {
    this.table = table;
    this.statements = statements;
    this.head = take(fields, "FRESH_HEAD", taken);
    this.findAllFresh = take(fields, "FIND_ALL_FRESH", taken);
    for (Component component : table.components()) {
      String base = "FIND_FRESH_BY_" + component.constantName();
      equal.put(component.name(), take(fields, base, taken));
      if (statements.isNull(component) != null) {
        isNull.put(component.name(), take(fields, base + "_NULL", taken));
      }
    }
    budget = table.maxStaleness() != null ? take(fields, "MAX_STALENESS", taken) : null;
  }

  private static String take(NameAllocator fields, String name, List<String> taken) {
    String allocated = fields.newName(name);
    taken.add(allocated);
    return allocated;
  }

  /** The constant of the fresh {@code findAll}. */
  String findAllFresh() {
    return findAllFresh;
  }

  /** The constant of the fresh {@code ... WHERE "column" = ?} of {@code component}. */
  String equal(Component component) {
    return equal.get(component.name());
  }

  /** The constant of the fresh {@code ... WHERE "column" IS NULL} of a nullable component. */
  String isNull(Component component) {
    return isNull.get(component.name());
  }

  /** The constructor's budget argument: {@code MAX_STALENESS}, or {@code null} for none. */
  CodeBlock budget() {
    return budget != null ? CodeBlock.of("$N", budget) : CodeBlock.of("null");
  }

  /** The constants: the head, the fresh statements, and the budget. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(
        constant(
            head,
            CodeBlock.of(
                "$T.HEAD$W+ $L$W+ $T.NAME_IS$W+ $L$W+ $T.DATA_HEAD",
                FRESH_SQL,
                JavaString.of(FreshnessQuery.literal(table.schema().value())),
                FRESH_SQL,
                JavaString.of(FreshnessQuery.literal(table.table().value())),
                FRESH_SQL)));
    fields.add(constant(findAllFresh, fresh(statements.findAll().constant())));
    for (Component component : table.components()) {
      fields.add(constant(equal(component), fresh(statements.equal(component).constant())));
      if (isNull(component) != null) {
        fields.add(constant(isNull(component), fresh(statements.isNull(component).constant())));
      }
    }
    if (budget != null) {
      long seconds = table.maxStaleness().seconds();
      fields.add(
          FieldSpec.builder(DURATION, budget, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "The staleness budget declared with $L.\n",
                  Javadocs.code("maxStaleness = " + Names.literal(table.maxStaleness().text())))
              .initializer(
                  "$T.ofSeconds($L)",
                  DURATION,
                  // A budget beyond int seconds needs a long literal.
                  seconds > Integer.MAX_VALUE ? seconds + "L" : String.valueOf(seconds))
              .build());
    }
    return fields;
  }

  private CodeBlock fresh(String data) {
    return CodeBlock.of("$N$W+ $N$W+ $T.DATA_TAIL", head, data, FRESH_SQL);
  }

  private static FieldSpec constant(String name, CodeBlock initializer) {
    return FieldSpec.builder(Types.STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /** The javadoc of {@code findFreshBy<Component>}, on {@code connection} if not null. */
  String javadoc(Component component, String value, String connection, boolean nullable) {
    String doc =
        "{@code "
            + component.finderName()
            + "} with the freshness of exactly the rows it"
            + " returns, read in the same statement (its statement joined with the table's row of"
            + " {@code pgtrickle.pgt_stream_tables})"
            + (connection != null ? ", on {@code " + connection + "}, which stays open" : "")
            + ". Judged against "
            + budgetDoc()
            + " and returned whatever its age; pass the"
            + " result to {@code ReadPolicy.enforce} to fail on stale data."
            + (nullable
                ? " A null {@code " + value + "} finds the rows where the column IS NULL."
                : "");
    return Javadocs.reflow(doc, Javadocs.MEMBER_WIDTH);
  }

  private String budgetDoc() {
    return table.maxStaleness() == null
        ? "the table's own target_freshness or duration schedule (no"
            + " {@code maxStaleness} is declared)"
        : "the declared {@code maxStaleness} of "
            + ScheduleDuration.format(Duration.ofSeconds(table.maxStaleness().seconds()));
  }
}
