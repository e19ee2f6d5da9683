package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import dev.pgtrickle.dao.processor.model.JavaString;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Names and writes a DAO's fresh statement, which reads every row and the table's catalog row in
 * one statement, and its staleness budget. The statement is declared as {@code FreshSql.HEAD +
 * "'schema'" + FreshSql.NAME_IS + "'name'" + FreshSql.DATA_HEAD + FIND_ALL + FreshSql.DATA_TAIL}:
 * every part is a compile-time constant, so javac folds it into one string, the same one {@link
 * FreshSql#of} renders. The typed query's {@code listFresh()} runs it when the query has no
 * condition, ordering or limit.
 */
final class FreshWriter {
  private static final ClassName FRESH_SQL = ClassName.get(FreshSql.class);
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");

  private final StreamTable table;
  private final Statements statements;
  private final String findAllFresh;
  private final String budget;

  /**
   * Names the fresh statement's constant, and the budget's, with {@code fields}, which already
   * holds every other constant; adds the names to {@code taken}.
   */
  FreshWriter(StreamTable table, Statements statements, NameAllocator fields, List<String> taken) {
    this.table = table;
    this.statements = statements;
    this.findAllFresh = take(fields, "FIND_ALL_FRESH", taken);
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

  /** The constructor's budget argument: {@code MAX_STALENESS}, or {@code null} for none. */
  CodeBlock budget() {
    return budget != null ? CodeBlock.of("$N", budget) : CodeBlock.of("null");
  }

  /** The constants: the fresh statement and the budget. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(
        constant(
            findAllFresh,
            CodeBlock.of(
                "$T.HEAD$W+ $L$W+ $T.NAME_IS$W+ $L$W+ $T.DATA_HEAD$W+ $N$W+ $T.DATA_TAIL",
                FRESH_SQL,
                JavaString.of(FreshnessQuery.literal(table.schema().value())),
                FRESH_SQL,
                JavaString.of(FreshnessQuery.literal(table.table().value())),
                FRESH_SQL,
                statements.findAll().constant(),
                FRESH_SQL)));
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

  private static FieldSpec constant(String name, CodeBlock initializer) {
    return FieldSpec.builder(Types.STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }
}
