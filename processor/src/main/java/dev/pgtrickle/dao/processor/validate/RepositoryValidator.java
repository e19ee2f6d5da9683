package dev.pgtrickle.dao.processor.validate;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.Repository;
import dev.pgtrickle.dao.processor.model.Statement;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.ValueType;
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
   * @param sql for a {@code @Query}, the statement for JDBC, exactly as written but for {@code ?}
   *     for each parameter and a select-list {@code *} spelled out as the row record's columns;
   *     else null
   * @param binds for a {@code @Query}, the parameter bound to each {@code ?}, in order
   */
  public record Plan(
      Repository.Method method, FinderName.Finder finder, String sql, List<String> binds) {
    public Repository.Kind kind() {
      return method.kind();
    }
  }

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
    if (repository.contract() != null && !repository.contract().equals(table.recordName())) {
      report.error(
          Message.NOT_A_REPOSITORY,
          repository.position(),
          "interface " + repository.displayName(),
          "it extends StreamTableDao<"
              + repository.contract()
              + ">, but it is the repository of "
              + table.displayName(),
          "Extend StreamTableDao<" + table.displayName() + ">, or remove StreamTableDao");
      return report;
    }
    for (Repository.Method method : repository.methods()) {
      switch (method.kind()) {
        case DELEGATED -> plans.add(new Plan(method, null, null, List.of()));
        case ON -> on(method);
        default -> method(method);
      }
    }
    return report;
  }

  /** {@code X on(Connection)} must return the interface itself. */
  private void on(Repository.Method method) {
    if (!method.returns().typeName().equals(repository.interfaceName())) {
      report.error(
          Message.RETURN_TYPE,
          method.position(),
          method.signature(),
          "on(Connection), which binds the repository to the caller's connection,",
          method.returns().written(),
          repository.displayName());
      return;
    }
    plans.add(new Plan(method, null, null, List.of()));
  }

  /** The methods to implement; complete only when the report is clean. */
  public List<Plan> plans() {
    return List.copyOf(plans);
  }

  private void method(Repository.Method method) {
    for (Repository.Parameter parameter : method.parameters()) {
      if (parameter.connection()) {
        report.error(
            Message.REPOSITORY_CONNECTION,
            parameter.position(),
            method.signature(),
            parameter.name(),
            repository.displayName(),
            method.name());
        return;
      }
    }
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
    if (shape == Repository.Shape.OTHER || shape == Repository.Shape.PAGE) {
      clean = false;
      report.error(
          Message.RETURN_TYPE,
          method.position(),
          method.signature(),
          "a @Query method",
          method.returns().written(),
          String.format(Locale.ROOT, ROW_RETURNS, table.displayName())
              + " (or the same of a record whose components match the select list),"
              + " or a value such as long, String, BigDecimal or Optional<BigDecimal>");
    }
    if (clean) {
      String jdbc = sql.jdbcSql();
      StreamTable row = method.returns().row();
      String statement = row == null ? jdbc : new QueryColumns(method, row).statement(jdbc);
      if (statement != null) {
        plans.add(new Plan(method, null, statement, sql.parameters()));
      }
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
        if (returns.row() != null && !returnsOurRecord(returns)) {
          expected += " (a derived finder reads whole rows; map a projection with @Query)";
        }
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

  private static String count(int values) {
    return values == 1 ? "1 value" : values + " values";
  }

  /**
   * The columns a {@code @Query} returning rows must select: the row record's, by name, in
   * component order, so that the mapper reads each by position and the statement runs exactly as
   * written (its {@code ORDER BY} included). A lone {@code *} or {@code t.*} is spelled out as the
   * record's columns. Where the query reads the repository's stream table alone and an entry is a
   * plain column reference, the column's type is known and checked against the component's.
   */
  private final class QueryColumns {
    private final Repository.Method method;
    private final StreamTable row;
    private final String record;

    QueryColumns(Repository.Method method, StreamTable row) {
      this.method = method;
      this.row = row;
      this.record = row.displayName();
    }

    /** The statement to run, or null when a problem was reported. */
    String statement(String jdbc) {
      if (!recordFits()) {
        return null;
      }
      SqlTokens tokens = SqlTokens.of(jdbc);
      List<SelectColumns.Entry> entries = SelectColumns.entries(tokens);
      List<Component> components = row.components();
      if (entries == null) {
        error(
            "the select list cannot be matched to the components of "
                + record
                + " ("
                + columns(components)
                + ")",
            "Write SELECT " + columns(components) + " FROM ...");
        return null;
      }
      if (entries.size() == 1 && entries.get(0).star()) {
        return star(jdbc, tokens, entries.get(0), components);
      }
      for (SelectColumns.Entry entry : entries) {
        if (entry.star()) {
          error(
              "its select list mixes " + text(jdbc, tokens, entry) + " with other columns",
              "List the columns of " + record + " instead: " + columns(components));
          return null;
        }
      }
      if (entries.size() != components.size()) {
        error(
            "it selects "
                + count(entries.size(), "column")
                + ", but "
                + record
                + " has "
                + count(components.size(), "component")
                + " ("
                + columns(components)
                + ")",
            "Select one column per component, in component order");
        return null;
      }
      boolean typed = readsTheStreamTableAlone(tokens);
      boolean clean = true;
      for (int i = 0; i < entries.size(); i++) {
        SelectColumns.Entry entry = entries.get(i);
        Component component = components.get(i);
        String column = component.column().value();
        if (entry.name() == null) {
          clean = false;
          error(
              "column "
                  + (i + 1)
                  + ", "
                  + text(jdbc, tokens, entry)
                  + ", has no name to match component "
                  + record
                  + "."
                  + component.name(),
              "Alias it: " + text(jdbc, tokens, entry) + " AS " + quoteIfNeeded(column));
        } else if (!entry.name().equals(column)) {
          clean = false;
          error(
              "column "
                  + (i + 1)
                  + " is "
                  + Names.literal(entry.name())
                  + ", but component "
                  + record
                  + "."
                  + component.name()
                  + " reads column "
                  + Names.literal(column),
              "Select the columns in component order ("
                  + columns(components)
                  + "), alias the expression AS "
                  + quoteIfNeeded(column)
                  + ", or name the component's column with @ColumnName");
        } else if (typed && entry.columnReference()) {
          clean &= typeFits(component, column);
        }
      }
      return clean ? jdbc : null;
    }

    /** Whether the record can be a row of a {@code @Query}; reports why not. */
    private boolean recordFits() {
      if (row.recordName().equals(table.recordName())) {
        return true; // validated as the repository's record
      }
      if (!row.access().isOk() || !method.returns().rowVisible()) {
        error(
            "record " + record + " is not accessible from " + repository.implName(),
            "Make the record public, or move it to package "
                + repository.interfaceName().packageName());
        return false;
      }
      if (row.components().isEmpty()) {
        error("record " + record + " has no components", "Add one component per column to read");
        return false;
      }
      boolean clean = true;
      for (Component component : row.components()) {
        if (!component.type().isSupported()) {
          clean = false;
          report.error(
              Message.QUERY_COLUMNS,
              component.position(),
              method.signature(),
              "component "
                  + record
                  + "."
                  + component.name()
                  + " is "
                  + component.type().written()
                  + ", which is not a supported column type",
              "Use one of: " + ValueType.SUPPORTED);
        }
      }
      return clean;
    }

    /** {@code SELECT *}: spelled out as the record's columns, qualified as the star was. */
    private String star(
        String jdbc, SqlTokens tokens, SelectColumns.Entry entry, List<Component> components) {
      if (SelectColumns.hasSetOperation(tokens)) {
        error(
            "it selects * in a query combined with UNION, INTERSECT or EXCEPT",
            "List the columns in each query: " + columns(components));
        return null;
      }
      int from = tokens.get(entry.from()).start();
      int star = tokens.get(entry.to() - 1).start();
      String qualifier = jdbc.substring(from, star);
      List<String> columns = new ArrayList<>();
      for (Component component : components) {
        columns.add(qualifier + Statement.quote(component.column().value()));
      }
      return jdbc.substring(0, from)
          + String.join(", ", columns)
          + jdbc.substring(tokens.get(entry.to() - 1).end());
    }

    /**
     * Whether the statement reads the repository's stream table and nothing else, without
     * subqueries or {@code WITH}, so that a plain column reference is one of its columns.
     */
    private boolean readsTheStreamTableAlone(SqlTokens tokens) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).is("(")
            && (tokens.word(i + 1, "SELECT")
                || tokens.word(i + 1, "WITH")
                || tokens.word(i + 1, "VALUES"))) {
          return false;
        }
      }
      if (tokens.word(0, "WITH") || SelectColumns.hasSetOperation(tokens)) {
        return false;
      }
      List<TableReferences.Reference> references = TableReferences.read(tokens);
      return references.size() == 1
          && references.get(0).name().equals(table.table().value())
          && (references.get(0).schema() == null
              || references.get(0).schema().equals(table.schema().value()));
    }

    /** Whether the stream table's {@code column} has the component's type; reports it if not. */
    private boolean typeFits(Component component, String column) {
      for (Component own : table.components()) {
        if (own.column().value().equals(column)) {
          TypeName expected = own.type().typeName().box();
          if (expected.equals(component.type().typeName().box())) {
            return true;
          }
          report.error(
              Message.QUERY_COLUMNS,
              component.position(),
              method.signature(),
              "component "
                  + record
                  + "."
                  + component.name()
                  + " is "
                  + component.type().written()
                  + ", but column "
                  + Names.literal(column)
                  + " of "
                  + tableName()
                  + " holds "
                  + own.type().written()
                  + " values ("
                  + table.displayName()
                  + "."
                  + own.name()
                  + ")",
              "Declare the component as " + own.type().written());
          return false;
        }
      }
      return true; // not a column of the stream table as the record maps it: checked at run time
    }

    private void error(String problem, String fix) {
      report.error(Message.QUERY_COLUMNS, method.queryPosition(), method.signature(), problem, fix);
    }
  }

  private static String text(String jdbc, SqlTokens tokens, SelectColumns.Entry entry) {
    return jdbc.substring(tokens.get(entry.from()).start(), tokens.get(entry.to() - 1).end());
  }

  private static String columns(List<Component> components) {
    return components.stream()
        .map(component -> quoteIfNeeded(component.column().value()))
        .collect(Collectors.joining(", "));
  }

  /** A column as one writes it in SQL: bare when PostgreSQL would not fold it, else quoted. */
  private static String quoteIfNeeded(String column) {
    return column.matches("[a-z_][a-z0-9_$]*") ? column : Statement.quote(column);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
