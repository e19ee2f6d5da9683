package dev.pgtrickle.dao.processor.validate;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.Repository;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.ValueType;
import dev.pgtrickle.dao.processor.write.Statements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a {@link Repository}: no method may ask for a write, every abstract method must be a valid
 * derived finder or a read-only {@code @Query}, and parameters and return types must fit. Reports
 * every problem; the plans are what the writer implements.
 */
public final class RepositoryValidator {
  /** Verbs that ask for a write when a method name starts with them. */
  private static final Set<String> WRITE_VERBS =
      Set.of(
          "save",
          "insert",
          "update",
          "delete",
          "remove",
          "persist",
          "merge",
          "upsert",
          "truncate",
          "store",
          "put",
          "add",
          "create",
          "drop",
          "alter",
          "modify",
          "write",
          "erase",
          "clear",
          "replace",
          "patch",
          "set",
          "increment",
          "decrement");

  private static final String ROW_RETURNS = "List<%1$s>, Optional<%1$s>, %1$s or Stream<%1$s>";

  /**
   * One method to implement.
   *
   * @param method the method
   * @param finder the parsed name of a derived finder, or null for a {@code @Query}
   * @param sql for a {@code @Query}, the statement for JDBC, wrapped to select the record's columns
   *     when it returns rows; else null
   * @param binds for a {@code @Query}, the parameter bound to each {@code ?}, in order
   */
  public record Plan(
      Repository.Method method, FinderName.Finder finder, String sql, List<String> binds) {}

  private final Report report = new Report();
  private final List<Plan> plans = new ArrayList<>();
  private Repository repository;
  private StreamTable table;

  public Report validate(Repository repository) {
    this.repository = repository;
    this.table = repository.table();
    if (repository.problem() != null) {
      report.error(
          Message.NOT_A_REPOSITORY,
          repository.annotation(),
          "@StreamTableRepository on " + repository.displayName(),
          repository.problem(),
          "Annotate an interface with @StreamTableRepository(SomeView.class), where SomeView is a"
              + " record annotated @StreamTableView");
      return report;
    }
    for (Repository.Method method : repository.methods()) {
      method(method);
    }
    return report;
  }

  /** The methods to implement; complete only when the report is clean. */
  public List<Plan> plans() {
    return List.copyOf(plans);
  }

  private void method(Repository.Method method) {
    if (PageFinders.misplacedRequest(method) && !writes(method.name())) {
      Repository.Parameter page = method.pageRequest();
      String record = table.displayName();
      if (method.query() != null) {
        report.error(
            Message.QUERY_PARAMETER,
            page.position(),
            method.signature(),
            "parameter " + page.name() + " is a PageRequest, but a @Query method cannot be paged",
            "Remove it, or declare a derived finder returning Page<" + record + ">");
      } else {
        report.error(
            Message.RETURN_TYPE,
            method.position(),
            method.signature(),
            "a finder with a PageRequest parameter",
            method.returns().written(),
            "Page<" + record + ">");
      }
      return;
    }
    if (writes(method.name())) {
      report.error(Message.READ_ONLY, method.position(), method.signature(), "", tableName());
    } else if (method.query() != null) {
      query(method);
    } else if (!FinderName.looksLikeFinder(method.name())) {
      report.error(
          Message.INVALID_FINDER,
          method.position(),
          method.signature(),
          "it is neither a derived finder nor a @Query method");
    } else {
      derived(method);
    }
  }

  private void query(Repository.Method method) {
    ReadOnlySql sql = ReadOnlySql.check(method.query());
    if (!sql.isReadOnly()) {
      ReadOnlySql.Problem problem = sql.problems().get(0);
      if (problem.writes()) {
        report.error(
            Message.READ_ONLY,
            method.queryPosition(),
            method.signature(),
            "@Query: " + problem.message() + "; ",
            tableName());
      } else {
        report.error(
            Message.INVALID_QUERY,
            method.queryPosition(),
            method.signature(),
            "@Query: " + problem.message());
      }
      return;
    }
    boolean clean = true;
    List<String> names = new ArrayList<>(sql.parameterNames());
    List<String> declared = new ArrayList<>();
    for (Repository.Parameter parameter : method.values()) {
      declared.add(parameter.name());
      if (!names.contains(parameter.name())) {
        clean = false;
        report.error(
            Message.QUERY_PARAMETER,
            parameter.position(),
            method.signature(),
            "parameter " + parameter.name() + " is not used by the @Query",
            "Use it as :" + parameter.name() + " in the query, or remove it");
      } else if (!parameter.type().isSupported()) {
        clean = false;
        report.error(
            Message.PARAMETER_TYPE,
            parameter.position(),
            method.signature(),
            parameter.name(),
            parameter.type().written(),
            "a @Query parameter is bound as a column value",
            "one of " + ValueType.SUPPORTED);
      }
    }
    for (String name : names) {
      if (!declared.contains(name)) {
        clean = false;
        String nearest = Names.nearest(name, declared);
        report.error(
            Message.QUERY_PARAMETER,
            method.queryPosition(),
            method.signature(),
            "the @Query uses :"
                + name
                + " but the method has no parameter "
                + name
                + (nearest == null ? "" : "; did you mean :" + nearest + "?"),
            "Add a parameter named " + name + ", or rename the query's parameter");
      }
    }
    Repository.Shape shape = method.returns().shape();
    if (shape == Repository.Shape.OTHER
        || shape == Repository.Shape.PAGE
        || !returnsOurRecord(method.returns())) {
      clean = false;
      report.error(
          Message.RETURN_TYPE,
          method.position(),
          method.signature(),
          "a @Query method",
          method.returns().written(),
          String.format(Locale.ROOT, ROW_RETURNS, table.displayName())
              + ", or a value such as long, String, BigDecimal or Optional<BigDecimal>");
    }
    if (clean) {
      boolean rows = shape != Repository.Shape.SCALAR && shape != Repository.Shape.OPTIONAL_SCALAR;
      String jdbc = sql.jdbcSql();
      String statement = rows ? "SELECT " + columns() + " FROM (" + jdbc + ") AS q" : jdbc;
      plans.add(new Plan(method, null, statement, sql.parameters()));
    }
  }

  private void derived(Repository.Method method) {
    FinderName.Result result = FinderName.parse(method.name(), table.components());
    if (result.unknown() != null) {
      List<String> components =
          table.components().stream().map(Component::name).collect(Collectors.toList());
      String nearest = Names.nearest(result.unknown(), components);
      report.error(
          Message.UNKNOWN_COMPONENT,
          method.position(),
          method.signature(),
          "'" + result.unknown() + "'",
          table.displayName(),
          nearest == null ? "." : "; did you mean '" + nearest + "'?",
          String.join(", ", components));
      return;
    }
    if (result.problem() != null) {
      report.error(Message.INVALID_FINDER, method.position(), method.signature(), result.problem());
      return;
    }
    FinderName.Finder finder = result.finder();
    boolean clean = true;
    for (FinderName.Criterion criterion : finder.criteria()) {
      FinderName.Operator operator = criterion.operator();
      if (criterion.ignoreCase()
          && operator != FinderName.Operator.EQ
          && operator != FinderName.Operator.NOT
          && !operator.isLike()) {
        clean = false;
        report.error(
            Message.INVALID_FINDER,
            method.position(),
            method.signature(),
            "IgnoreCase applies to equality, Not, Like and NotLike, not to " + operator.keyword);
        continue;
      }
      boolean text = criterion.component().type().valueType() == ValueType.STRING;
      if ((criterion.operator().isLike() || criterion.ignoreCase()) && !text) {
        clean = false;
        report.error(
            Message.INVALID_FINDER,
            method.position(),
            method.signature(),
            (criterion.ignoreCase() ? "IgnoreCase" : criterion.operator().keyword)
                + " applies to String components only, and "
                + criterion.component().name()
                + " is "
                + criterion.component().type().written());
      }
    }
    clean &= parameters(method, finder) & returns(method, finder);
    String pageProblem = PageFinders.problem(method, finder);
    if (clean && pageProblem != null) {
      clean = false;
      report.error(Message.INVALID_FINDER, method.position(), method.signature(), pageProblem);
    }
    if (clean) {
      plans.add(new Plan(method, finder, null, List.of()));
    }
  }

  private boolean parameters(Repository.Method method, FinderName.Finder finder) {
    List<Repository.Parameter> values = method.values();
    List<String> wanted = new ArrayList<>();
    for (FinderName.Criterion criterion : finder.criteria()) {
      for (int i = 0; i < criterion.operator().values; i++) {
        wanted.add(criterion.component().name());
      }
    }
    if (wanted.size() != values.size()) {
      report.error(
          Message.FINDER_PARAMETERS,
          method.position(),
          method.signature(),
          count(wanted.size()) + (wanted.isEmpty() ? "" : " (" + String.join(", ", wanted) + ")"),
          count(values.size()));
      return false;
    }
    boolean clean = true;
    int index = 0;
    for (FinderName.Criterion criterion : finder.criteria()) {
      Component component = criterion.component();
      TypeName expected = component.type().typeName().box();
      for (int i = 0; i < criterion.operator().values; i++) {
        Repository.Parameter parameter = values.get(index++);
        boolean fits =
            criterion.operator().isIn()
                ? expected.equals(parameter.element())
                : expected.equals(parameter.typeName().box());
        if (!fits) {
          clean = false;
          String wantedType =
              criterion.operator().isIn()
                  ? "Collection<" + component.type().written() + ">"
                  : component.type().written();
          report.error(
              Message.PARAMETER_TYPE,
              parameter.position(),
              method.signature(),
              parameter.name(),
              parameter.type().written(),
              "component "
                  + component.name()
                  + " is "
                  + component.type().written()
                  + (criterion.operator().isIn()
                      ? ", so " + criterion.operator().keyword + " takes a collection of it"
                      : ""),
              wantedType);
        }
      }
    }
    return clean;
  }

  private boolean returns(Repository.Method method, FinderName.Finder finder) {
    Repository.Returns returns = method.returns();
    String record = table.displayName();
    String expected;
    boolean fits;
    switch (finder.action()) {
      case FIND -> {
        boolean single = finder.limit() <= 1;
        expected =
            single
                ? String.format(Locale.ROOT, ROW_RETURNS, record)
                    + ", or Page<"
                    + record
                    + "> with a last PageRequest parameter"
                : "List<" + record + "> or Stream<" + record + ">";
        fits =
            returnsOurRecord(returns)
                && switch (returns.shape()) {
                  case LIST, STREAM -> true;
                  case PAGE -> finder.limit() == 0;
                  case OPTIONAL, ROW -> single;
                  default -> false;
                };
      }
      case STREAM -> {
        expected = "Stream<" + record + ">";
        fits = returns.shape() == Repository.Shape.STREAM && returnsOurRecord(returns);
      }
      case COUNT -> {
        expected = "long";
        fits = returns.typeName().box().equals(TypeName.LONG.box());
      }
      default -> {
        expected = "boolean";
        fits = returns.typeName().box().equals(TypeName.BOOLEAN.box());
      }
    }
    if (!fits) {
      report.error(
          Message.RETURN_TYPE,
          method.position(),
          method.signature(),
          "a " + finder.action().prefix + " finder" + (finder.limit() > 1 ? " with Top" : ""),
          returns.written(),
          expected);
    }
    return fits;
  }

  /** Whether a row-returning type holds this repository's record (scalars always pass). */
  private boolean returnsOurRecord(Repository.Returns returns) {
    TypeName type = returns.typeName();
    TypeName row = table.recordName();
    return switch (returns.shape()) {
      case ROW -> type.equals(row);
      case LIST, OPTIONAL, STREAM, PAGE ->
          type instanceof ParameterizedTypeName parameterized
              && parameterized.typeArguments().get(0).equals(row);
      default -> true;
    };
  }

  private static boolean writes(String name) {
    for (String verb : WRITE_VERBS) {
      if (name.startsWith(verb)
          && (name.length() == verb.length()
              || !Character.isLowerCase(name.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  private String tableName() {
    return table.schema().value() + "." + table.table().value();
  }

  private String columns() {
    return table.components().stream()
        .map(component -> Statements.quote(component.column().value()))
        .collect(Collectors.joining(", "));
  }

  private static String count(int values) {
    return values == 1 ? "1 value" : values + " values";
  }
}
