package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.freshness.ScheduleDuration;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a DAO's freshness members: {@code findAllFresh} (rows and catalog row in one statement,
 * judged against the declared {@code maxStaleness} or a {@code ReadPolicy}), its async form,
 * {@code findFreshBy<Component>} for every finder,
 * {@code awaitFresherThan} for read-your-writes, and {@code subscribe} on a shared watcher. The
 * fresh statement is rendered at compile time with the runtime's own {@link FreshSql}, so the
 * DAO holds it as a constant like every other statement.
 */
final class FreshWriter {
  private static final String RUNTIME = "dev.pgtrickle.dao.runtime";
  private static final String FRESHNESS = RUNTIME + ".freshness";
  private static final ClassName FRESH = ClassName.get(FRESHNESS, "Fresh");
  private static final ClassName READ_POLICY = ClassName.get(FRESHNESS, "ReadPolicy");
  private static final ClassName ASYNC_READS = ClassName.get(FRESHNESS, "AsyncReads");
  private static final ClassName TOKEN = ClassName.get(FRESHNESS, "FreshnessToken");
  private static final ClassName REFRESHER = ClassName.get(FRESHNESS, "StreamTableRefresher");
  private static final ClassName WATCHER = ClassName.get(FRESHNESS, "StreamTableWatcher");
  private static final ClassName LISTENER = ClassName.get(FRESHNESS, "StreamTableListener");
  private static final ClassName SUBSCRIPTION = ClassName.get(FRESHNESS, "Subscription");
  private static final ClassName FRESH_QUERIES =
      ClassName.get(RUNTIME + ".internal", "FreshQueries");
  private static final ClassName FRESHNESS_WAIT =
      ClassName.get(RUNTIME + ".internal", "FreshnessWait");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");
  private static final ClassName EXECUTOR = ClassName.get("java.util.concurrent", "Executor");
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");

  private final StreamTable table;
  private final Statement findAllFresh;
  private final Map<String, Statement> equal = new HashMap<>();
  private final Map<String, Statement> isNull = new HashMap<>();
  private final String budget;

  /**
   * Computes the fresh statement and names its constant, and the budget's, with {@code fields},
   * which already holds every other constant; adds the names to {@code taken}.
   */
  FreshWriter(StreamTable table, Statements statements, NameAllocator fields, List<String> taken) {
    this.table = table;
    StreamTableName name = StreamTableName.of(table.schema().value(), table.table().value());
    this.findAllFresh = fresh(fields.newName("FIND_ALL_FRESH"), name, statements.findAll());
    taken.add(findAllFresh.constant());
    for (Component component : table.components()) {
      String base = "FIND_FRESH_BY_" + component.constantName();
      Statement byValue = fresh(fields.newName(base), name, statements.equal(component));
      equal.put(component.name(), byValue);
      taken.add(byValue.constant());
      Statement nullable = statements.isNull(component);
      if (nullable != null) {
        Statement byNull = fresh(fields.newName(base + "_NULL"), name, nullable);
        isNull.put(component.name(), byNull);
        taken.add(byNull.constant());
      }
    }
    if (table.maxStaleness() != null) {
      budget = fields.newName("MAX_STALENESS");
      taken.add(budget);
    } else {
      budget = null;
    }
  }

  /** The fresh form of {@code data}, laid out like the other statement constants. */
  private static Statement fresh(String constant, StreamTableName name, Statement data) {
    List<String> tokens = Arrays.asList(FreshSql.of(name, data.sql()).split(" ", -1));
    return new Statement(
        constant,
        tokens.subList(0, tokens.size() - 1),
        List.of(tokens.subList(tokens.size() - 1, tokens.size())));
  }

  private static FieldSpec constant(Statement statement) {
    return FieldSpec.builder(
            Types.STRING, statement.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(statement.initializer())
        .build();
  }

  /** Adds the constants and methods to the DAO. */
  void addTo(TypeSpec.Builder type, DaoScope scope) {
    type.addField(constant(findAllFresh));
    for (Component component : table.components()) {
      type.addField(constant(equal.get(component.name())));
      if (isNull.containsKey(component.name())) {
        type.addField(constant(isNull.get(component.name())));
      }
    }
    if (budget != null) {
      long seconds = table.maxStaleness().seconds();
      type.addField(
          FieldSpec.builder(DURATION, budget, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "The staleness budget declared with $L.\n",
                  Javadocs.code("maxStaleness = " + Names.literal(table.maxStaleness().text())))
              .initializer("$T.ofSeconds($L)", DURATION, seconds)
              .build());
    }
    NameAllocator names = scope.locals();
    Parameters p =
        new Parameters(
            names.newName("connection"),
            names.newName("policy"),
            names.newName("executor"),
            names.newName("token"),
            names.newName("timeout"),
            names.newName("refresher"),
            names.newName("watcher"),
            names.newName("listener"));
    type.addMethods(
        List.of(
            findAllFresh(scope, p, false, false),
            findAllFresh(scope, p, true, false),
            findAllFresh(scope, p, false, true),
            findAllFresh(scope, p, true, true),
            findAllFreshAsync(scope, p, false),
            findAllFreshAsync(scope, p, true),
            awaitFresherThan(scope, p, false),
            awaitFresherThan(scope, p, true),
            awaitFresherThanAsync(scope, p),
            subscribe(p)));
    for (Component component : table.components()) {
      NameAllocator finderNames = scope.locals();
      String value = finderNames.newName(component.name());
      String connection = finderNames.newName("connection");
      String statement = finderNames.newName("statement");
      type.addMethod(findFreshBy(scope, component, null, statement, value));
      type.addMethod(findFreshBy(scope, component, connection, statement, value));
    }
  }

  /** {@code findFreshBy<Component>}: {@code findBy<Component>} with its freshness. */
  private MethodSpec findFreshBy(
      DaoScope scope, Component component, String connection, String statement, String value) {
    String finder = component.finderName();
    String name = "findFreshBy" + finder.substring("findBy".length());
    Statement byValue = equal.get(component.name());
    Statement byNull = isNull.get(component.name());
    String doc =
        "{@code " + finder + "} with the freshness of exactly the rows it returns, read in the"
            + " same statement"
            + (connection != null ? ", on {@code " + connection + "}, which stays open" : "")
            + ". Judged against " + budgetDoc() + " and returned whatever its age; pass the"
            + " result to {@code ReadPolicy.enforce} to fail on stale data."
            + (byNull != null
                ? " A null {@code " + value + "} finds the rows where the column IS NULL."
                : "");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L", Javadocs.reflow(doc, Javadocs.MEMBER_WIDTH))
            .addModifiers(Modifier.PUBLIC)
            .returns(freshRows(scope));
    if (connection != null) {
      method.addParameter(Types.CONNECTION, connection);
    }
    method.addParameter(component.type().typeName(), value);
    String source = connection != null ? connection : scope.dataSource();
    if (byNull != null) {
      method
          .beginControlFlow("if ($N == null)", value)
          .addStatement(list(scope, source, byNull, CodeBlock.of("$T.NONE", Types.BINDER)))
          .endControlFlow();
    }
    CodeBlock binder =
        CodeBlock.of("$N -> $L", statement, Mapping.bind(component, statement, value));
    return method.addStatement(list(scope, source, byValue, binder)).build();
  }

  private CodeBlock list(DaoScope scope, String source, Statement statement, CodeBlock binder) {
    return CodeBlock.of(
        "return $T.list($N,$W$N,$W$N,$W$L,$W$L,$W$L)",
        FRESH_QUERIES,
        source,
        DaoWriter.STREAM_TABLE,
        statement.constant(),
        binder,
        scope.mapper(),
        budgetArgument());
  }

  private record Parameters(
      String connection,
      String policy,
      String executor,
      String token,
      String timeout,
      String refresher,
      String watcher,
      String listener) {}

  private TypeName freshRows(DaoScope scope) {
    return ParameterizedTypeName.get(FRESH, scope.rows());
  }

  private String budgetDoc() {
    return table.maxStaleness() == null
        ? "the table's own duration schedule (no {@code maxStaleness} is declared)"
        : "the declared {@code maxStaleness} of "
            + ScheduleDuration.format(Duration.ofSeconds(table.maxStaleness().seconds()));
  }

  private CodeBlock budgetArgument() {
    return budget != null
        ? CodeBlock.of("$N", budget)
        : CodeBlock.of("$T.NO_BUDGET", FRESH_QUERIES);
  }

  private MethodSpec findAllFresh(
      DaoScope scope, Parameters p, boolean onConnection, boolean withPolicy) {
    StringBuilder doc =
        new StringBuilder(
            "Returns every row together with the freshness of exactly these rows: the rows and"
                + " the stream table's row of {@code pgtrickle.pgt_stream_tables} are read by one"
                + " statement, under one snapshot, in one round trip, so a refresh that commits"
                + " meanwhile is wholly in both or in neither. An empty table still yields its"
                + " freshness.");
    if (onConnection) {
      doc.append(" Read on {@code ")
          .append(p.connection())
          .append("}, which stays open, inside its transaction if it has one.");
    }
    if (withPolicy) {
      doc.append("\n\n<p>Runs under {@code ")
          .append(p.policy())
          .append("}: ACCEPT returns the rows flagged, FAIL throws {@code StaleDataException} or"
              + " {@code StreamTableSuspendedException}, REFRESH refreshes the table and reads"
              + " again. A policy without a budget of its own is judged against ")
          .append(budgetDoc())
          .append('.');
    } else {
      doc.append(" Judged against ")
          .append(budgetDoc())
          .append(", and returned whatever its age: see {@code Fresh.isStale()}.");
    }
    doc.append("\n\n<p>The statement: {@code findAll()}'s, joined with the catalog row.");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("findAllFresh")
            .addJavadoc("$L", Javadocs.reflow(doc.toString(), Javadocs.MEMBER_WIDTH))
            .addModifiers(Modifier.PUBLIC)
            .returns(freshRows(scope));
    if (onConnection) {
      method.addParameter(Types.CONNECTION, p.connection());
    }
    if (withPolicy) {
      method.addParameter(READ_POLICY, p.policy());
    }
    CodeBlock policy = withPolicy ? CodeBlock.of(",$W$N", p.policy()) : CodeBlock.of("");
    return method
        .addStatement(
            "return $T.list($N,$W$N,$W$N,$W$T.NONE,$W$L$L,$W$L)",
            FRESH_QUERIES,
            onConnection ? p.connection() : scope.dataSource(),
            DaoWriter.STREAM_TABLE,
            findAllFresh.constant(),
            Types.BINDER,
            scope.mapper(),
            policy,
            budgetArgument())
        .build();
  }

  private MethodSpec findAllFreshAsync(DaoScope scope, Parameters p, boolean withPolicy) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("findAllFreshAsync")
            .addJavadoc(
                "$L",
                Javadocs.reflow(
                    "{@link #findAllFresh(" + (withPolicy ? "ReadPolicy" : "") + ")} on {@code "
                        + p.executor() + "}, which the caller provides (a pool, or virtual threads"
                        + " on Java 21 and later). A failed read completes the future"
                        + " exceptionally with the read's own exception.",
                    Javadocs.MEMBER_WIDTH))
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(FUTURE, freshRows(scope)));
    if (withPolicy) {
      method.addParameter(READ_POLICY, p.policy());
    }
    method.addParameter(EXECUTOR, p.executor());
    CodeBlock call =
        withPolicy ? CodeBlock.of("findAllFresh($N)", p.policy()) : CodeBlock.of("findAllFresh()");
    return method
        .addStatement("return $T.on($N).supply(() -> $L)", ASYNC_READS, p.executor(), call)
        .build();
  }

  private MethodSpec awaitFresherThan(DaoScope scope, Parameters p, boolean withRefresher) {
    String doc =
        "Waits until this table reflects the write that {@code " + p.token() + "} marks"
            + " ({@code StreamTables.markWrite(connection)} after the write committed): returns as"
            + " soon as the table is IMMEDIATE, or a refresh that started after the token has"
            + " completed. Reads the catalog with back-off (10 ms doubling up to 1 s), so it"
            + " works for manual refreshes and behind poolers, which send no events; for"
            + " wake-ups on the scheduler's events use {@code StreamTableWatcher.awaitFresherThan}."
            + (withRefresher
                ? " If the table does not reflect the write yet, triggers one refresh with {@code "
                    + p.refresher() + "} instead of waiting for the scheduler."
                : "")
            + "\n\n<p>Throws {@code FreshnessTimeoutException} after {@code " + p.timeout()
            + "}, and {@code StreamTableSuspendedException} for a SUSPENDED or ERROR table.";
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("awaitFresherThan")
            .addJavadoc("$L", Javadocs.reflow(doc, Javadocs.MEMBER_WIDTH))
            .addModifiers(Modifier.PUBLIC)
            .returns(Types.FRESHNESS)
            .addParameter(TOKEN, p.token())
            .addParameter(DURATION, p.timeout());
    if (withRefresher) {
      method.addParameter(REFRESHER, p.refresher());
    }
    return method
        .addStatement(
            "return $T.await($N,$W$N,$W$N,$W$N,$W$L)",
            FRESHNESS_WAIT,
            scope.dataSource(),
            DaoWriter.STREAM_TABLE,
            p.token(),
            p.timeout(),
            withRefresher
                ? CodeBlock.of(
                    "$T.requireNonNull($N, $S)", Types.OBJECTS, p.refresher(), p.refresher())
                : CodeBlock.of("null"))
        .build();
  }

  private MethodSpec awaitFresherThanAsync(DaoScope scope, Parameters p) {
    return MethodSpec.methodBuilder("awaitFresherThanAsync")
        .addJavadoc(
            "$L",
            Javadocs.reflow(
                "{@link #awaitFresherThan(FreshnessToken, Duration)} on {@code " + p.executor()
                    + "}, which the caller provides.",
                Javadocs.MEMBER_WIDTH))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(FUTURE, Types.FRESHNESS))
        .addParameter(TOKEN, p.token())
        .addParameter(DURATION, p.timeout())
        .addParameter(EXECUTOR, p.executor())
        .addStatement(
            "return $T.on($N).supply(() -> awaitFresherThan($N, $N))",
            ASYNC_READS,
            p.executor(),
            p.token(),
            p.timeout())
        .build();
  }

  private MethodSpec subscribe(Parameters p) {
    return MethodSpec.methodBuilder("subscribe")
        .addJavadoc(
            "$L",
            Javadocs.reflow(
                "Delivers this table's change events (refresh completed or failed, stale,"
                    + " suspended, resumed, and \"events may have been missed\" after a lost"
                    + " connection) to {@code " + p.listener() + "} until the subscription is"
                    + " closed. All DAOs share {@code " + p.watcher() + "}'s one LISTEN"
                    + " connection.",
                Javadocs.MEMBER_WIDTH))
        .addModifiers(Modifier.PUBLIC)
        .returns(SUBSCRIPTION)
        .addParameter(WATCHER, p.watcher())
        .addParameter(LISTENER, p.listener())
        .addStatement(
            "return $N.subscribe($N, $N)", p.watcher(), DaoWriter.STREAM_TABLE, p.listener())
        .build();
  }
}
