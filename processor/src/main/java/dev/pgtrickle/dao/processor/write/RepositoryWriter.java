package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.Repository;
import dev.pgtrickle.dao.processor.model.Settings;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import dev.pgtrickle.dao.processor.model.ValueType;
import dev.pgtrickle.dao.processor.validate.FinderName;
import dev.pgtrickle.dao.processor.validate.RepositoryValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Impl} for a valid {@link Repository}. The implementation holds no SQL,
 * mapper or table name of the record's own: it delegates to the generated DAO. Derived finders are
 * typed queries, {@code dao.query().where(XDao.REGION.eq(region))}; {@code StreamTableDao} methods
 * are the DAO's; {@code on(Connection)} wraps {@code dao.on(connection)}; a {@code @Query} runs its
 * statement through the runtime and maps rows with the DAO's mapper (for the repository's record,
 * when in the record's package) or with a mapper of the projection record written here. It reads
 * only the model and the plans.
 */
public final class RepositoryWriter {
  private static final ClassName DECLARED =
      ClassName.get("dev.pgtrickle.dao.runtime.internal", "Declared");
  private static final ClassName VALUE_KIND =
      ClassName.get("dev.pgtrickle.dao.runtime.internal", "ValueKind");
  private static final ClassName ROW_MAPPER =
      ClassName.get("dev.pgtrickle.dao.runtime.internal", "RowMapper");
  private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");

  private final Repository repository;
  private final List<RepositoryValidator.Plan> plans;
  private final StreamTable table;
  private final ClassName impl;
  private final boolean queries;
  private final boolean bindable;
  private final NameAllocator fields = new NameAllocator();
  private final NameAllocator methods = new NameAllocator();
  private final String dao;
  private final String source;
  private final Map<ClassName, CodeBlock> mappers = new LinkedHashMap<>();
  private final List<MethodSpec> mapperMethods = new ArrayList<>();

  private RepositoryWriter(Repository repository, List<RepositoryValidator.Plan> plans) {
    this.repository = repository;
    this.plans = plans;
    this.table = repository.table();
    this.impl = repository.implName();
    this.queries = plans.stream().anyMatch(plan -> plan.kind() == Repository.Kind.QUERY);
    this.bindable = plans.stream().anyMatch(plan -> plan.kind() == Repository.Kind.ON);
    // Fields are named so that no parameter of any method can shadow them.
    fields.newName(DaoWriter.STREAM_TABLE);
    // (on(Connection) and delegated methods refer to this.dao only, so their parameters may.)
    for (RepositoryValidator.Plan plan : plans) {
      if (plan.kind() == Repository.Kind.DERIVED || plan.kind() == Repository.Kind.QUERY) {
        plan.method().parameters().forEach(parameter -> fields.newName(parameter.name()));
      }
      methods.newName(plan.method().name());
    }
    this.dao = fields.newName("dao");
    this.source = fields.newName("source");
  }

  public static JavaFile write(
      Repository repository, List<RepositoryValidator.Plan> plans, Settings settings) {
    return new RepositoryWriter(repository, plans).write(settings);
  }

  private JavaFile write(Settings settings) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(impl)
            .addJavadoc(
                "Read-only implementation of {@link $T},\nover stream table $L. Derived finders"
                    + " and {@code StreamTableDao} methods\ndelegate to {@link $T};"
                    + " {@code @Query} methods run their statements as written.\n",
                repository.interfaceName(),
                Javadocs.code(table.schema().value() + "." + table.table().value()),
                table.daoName())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(repository.interfaceName());
    DaoWriter.annotate(type, settings);
    if (queries) {
      type.addField(
          FieldSpec.builder(
                  Types.STREAM_TABLE_NAME,
                  DaoWriter.STREAM_TABLE,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.$N", table.daoName(), DaoWriter.STREAM_TABLE)
              .build());
    }
    List<MethodSpec> bodies = new ArrayList<>();
    for (RepositoryValidator.Plan plan : plans) {
      switch (plan.kind()) {
        case DERIVED -> bodies.add(derived(plan));
        case QUERY -> {
          String constant = fields.newName("SQL_" + Names.constantName(plan.method().name()));
          type.addField(
              FieldSpec.builder(
                      Types.STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer(SqlLiteral.of(plan.sql()))
                  .build());
          bodies.add(query(plan, constant));
        }
        case ON -> bodies.add(on(plan));
        case DELEGATED -> bodies.add(delegated(plan));
      }
    }
    ParameterizedTypeName contract =
        ParameterizedTypeName.get(Types.STREAM_TABLE_DAO, table.recordName());
    type.addField(contract, dao, Modifier.PRIVATE, Modifier.FINAL);
    if (queries) {
      type.addField(Types.CONNECTION_SOURCE, source, Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethods(constructors(settings, contract));
    type.addMethods(bodies);
    type.addMethods(mapperMethods);
    return DaoWriter.javaFile(impl.packageName(), type.build());
  }

  /**
   * The public constructor DI calls, over a new DAO, and, when the repository can be bound to a
   * connection, the private one {@code on(Connection)} calls.
   */
  private List<MethodSpec> constructors(Settings settings, TypeName contract) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "Creates a repository reading through {@code dataSource}, with a new {@link $T}.\n",
                table.daoName())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DATA_SOURCE, "dataSource");
    Injection.annotateConstructor(constructor, settings);
    if (!bindable) {
      constructor.addStatement("this.$N = new $T(dataSource)", dao, table.daoName());
      if (queries) {
        constructor.addStatement("this.$N = $T.of(dataSource)", source, Types.CONNECTION_SOURCE);
      }
      return List.of(constructor.build());
    }
    if (queries) {
      constructor.addStatement(
          "this(new $T(dataSource), $T.of(dataSource))", table.daoName(), Types.CONNECTION_SOURCE);
    } else {
      constructor.addStatement("this(new $T(dataSource))", table.daoName());
    }
    MethodSpec.Builder bound =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(contract, dao)
            .addStatement("this.$N = $N", dao, dao);
    if (queries) {
      bound
          .addParameter(Types.CONNECTION_SOURCE, source)
          .addStatement("this.$N = $N", source, source);
    }
    return List.of(constructor.build(), bound.build());
  }

  /** {@code X on(Connection)}: the same repository over {@code dao.on(connection)}. */
  private MethodSpec on(RepositoryValidator.Plan plan) {
    Repository.Method method = plan.method();
    String parameter = method.parameters().get(0).name();
    MethodSpec.Builder spec = start(method);
    spec.addJavadoc(
        "This repository reading on {@code $L}: every read runs on it, inside the caller's\n"
            + "transaction, and leaves it open.\n",
        parameter);
    spec.addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, parameter, parameter);
    if (queries) {
      spec.addStatement(
          "return new $T(this.$N.on($N), this.$N.on($N))", impl, dao, parameter, source, parameter);
    } else {
      spec.addStatement("return new $T(this.$N.on($N))", impl, dao, parameter);
    }
    return spec.build();
  }

  /**
   * A {@code StreamTableDao} method: the DAO's. The runtime is compiled without parameter names, so
   * {@code arg0} becomes a name after its type ({@code connection}, {@code order}).
   */
  private MethodSpec delegated(RepositoryValidator.Plan plan) {
    MethodSpec signature = plan.method().delegate();
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(signature.name())
            .addJavadoc("Delegates to {@link $T}.\n", table.daoName())
            .addAnnotations(signature.annotations())
            .addModifiers(signature.modifiers())
            .addTypeVariables(signature.typeVariables())
            .returns(signature.returnType())
            .addExceptions(signature.exceptions())
            .varargs(signature.varargs());
    NameAllocator names = new NameAllocator();
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterSpec parameter : signature.parameters()) {
      String name =
          names.newName(
              parameter.name().matches("arg\\d+") ? nameAfter(parameter.type()) : parameter.name());
      spec.addParameter(
          ParameterSpec.builder(parameter.type(), name)
              .addModifiers(parameter.modifiers())
              .addAnnotations(parameter.annotations())
              .build());
      arguments.add(CodeBlock.of("$N", name));
    }
    CodeBlock call =
        CodeBlock.of("this.$N.$N($L)", dao, signature.name(), CodeBlock.join(arguments, ", "));
    if (signature.returnType().equals(TypeName.VOID)) {
      spec.addStatement("$L", call);
    } else {
      spec.addStatement("return $L", call);
    }
    return spec.build();
  }

  /** {@code connection} for {@code Connection}, {@code order} for {@code Order<T>}. */
  private static String nameAfter(TypeName type) {
    TypeName raw =
        type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    if (raw instanceof ClassName name) {
      String simple = name.simpleName();
      return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
    return "value";
  }

  private MethodSpec derived(RepositoryValidator.Plan plan) {
    Repository.Method method = plan.method();
    FinderName.Finder finder = plan.finder();
    MethodSpec.Builder spec = start(method);
    spec.addJavadoc(
        "Derived from the method's name: a typed query on {@code $L}.\n", table.table().value());
    CodeBlock.Builder code = CodeBlock.builder().add("return $N.query()", dao);
    List<Repository.Parameter> values = method.values();
    int index = 0;
    CodeBlock where = null;
    for (List<FinderName.Criterion> group : finder.groups()) {
      CodeBlock all = null;
      for (FinderName.Criterion criterion : group) {
        CodeBlock condition =
            condition(criterion, values.subList(index, index + criterion.operator().values));
        index += criterion.operator().values;
        all = all == null ? condition : CodeBlock.of("$L$Z.and($L)", all, condition);
      }
      where = where == null ? all : CodeBlock.of("$L$Z.or($L)", where, all);
    }
    if (where != null) {
      code.add("$Z.where($L)", where);
    }
    CodeBlock order = null;
    for (FinderName.Sort sort : finder.sorts()) {
      CodeBlock one =
          CodeBlock.of("$L.$L()", column(sort.component()), sort.descending() ? "desc" : "asc");
      order = order == null ? one : CodeBlock.of("$L$Z.then($L)", order, one);
    }
    if (order != null) {
      code.add("$Z.orderBy($L)", order);
    }
    if (finder.limit() > 0) {
      code.add("$Z.limit($L)", finder.limit());
    }
    Repository.Parameter page = method.pageRequest();
    if (page != null) {
      code.add("$Z.page($N)", page.name());
    } else {
      code.add("$Z.$L()", terminal(finder, method.returns().shape()));
    }
    return spec.addStatement("$L", code.build()).build();
  }

  /**
   * One condition. Equality and {@code Not} with a null argument mean {@code IS NULL} and {@code IS
   * NOT NULL}, as in Spring Data; the other operators reject null, since SQL compares nothing with
   * NULL.
   */
  private CodeBlock condition(FinderName.Criterion criterion, List<Repository.Parameter> values) {
    CodeBlock column = column(criterion.component());
    FinderName.Operator operator = criterion.operator();
    CodeBlock condition;
    if (criterion.ignoreCase()) {
      // ILIKE: EQ and NOT match the value literally, LIKE and NOT_LIKE as a pattern.
      String value = values.get(0).name();
      CodeBlock pattern =
          operator.isLike()
              ? CodeBlock.of("$N", value)
              : CodeBlock.of("$T.literalPattern($N)", DECLARED, value);
      condition = CodeBlock.of("$L.ilike($L)", column, pattern);
      condition =
          operator == FinderName.Operator.EQ || operator == FinderName.Operator.LIKE
              ? condition
              : CodeBlock.of("$L.not()", condition);
    } else {
      List<CodeBlock> arguments =
          values.stream().map(parameter -> CodeBlock.of("$N", parameter.name())).toList();
      condition =
          CodeBlock.of("$L.$L($L)", column, operator.method, CodeBlock.join(arguments, ", "));
      condition = operator.negated ? CodeBlock.of("$L.not()", condition) : condition;
    }
    boolean nullMeansIsNull =
        (operator == FinderName.Operator.EQ || operator == FinderName.Operator.NOT)
            && criterion.component().isNullable()
            && !values.get(0).typeName().isPrimitive();
    if (!nullMeansIsNull) {
      return condition;
    }
    return CodeBlock.of(
        "($N == null$W? $L.$L()$W: $L)",
        values.get(0).name(),
        column,
        operator == FinderName.Operator.EQ ? "isNull" : "isNotNull",
        condition);
  }

  private CodeBlock column(Component component) {
    return CodeBlock.of("$T.$N", table.daoName(), component.constantName());
  }

  private static String terminal(FinderName.Finder finder, Repository.Shape shape) {
    return switch (finder.action()) {
      case COUNT -> "count";
      case EXISTS -> "exists";
      case STREAM -> "stream";
      case FIND ->
          switch (shape) {
            case STREAM -> "stream";
            case ROW -> "one";
            case OPTIONAL -> finder.limit() == 1 ? "first" : "optional";
            default -> "list";
          };
    };
  }

  private MethodSpec query(RepositoryValidator.Plan plan, String constant) {
    Repository.Method method = plan.method();
    MethodSpec.Builder spec = start(method);
    spec.addJavadoc(
        "Runs the method's {@code @Query}$L:\n\n$L",
        bindable ? "" : " in a read-only transaction",
        Javadocs.pre(
            SqlLiteral.pieces(plan.sql(), Javadocs.MEMBER_WIDTH - 10).stream()
                .map(String::strip)
                .toList()));
    NameAllocator locals = new NameAllocator();
    method.parameters().forEach(parameter -> locals.newName(parameter.name()));
    String binder = locals.newName("binder");
    String statement = locals.newName("statement");
    String rows = locals.newName("rows");
    if (plan.binds().isEmpty()) {
      spec.addStatement("$T $N = $T.NONE", Types.BINDER, binder, Types.BINDER);
    } else {
      spec.addCode("$T $N = $N -> {\n$>", Types.BINDER, binder, statement);
      for (int i = 0; i < plan.binds().size(); i++) {
        Repository.Parameter parameter = parameter(method, plan.binds().get(i));
        spec.addStatement(
            "$T.bind($N, $L, $L, $N)",
            DECLARED,
            statement,
            i + 1,
            kind(parameter.type()),
            parameter.name());
      }
      spec.addCode("$<};\n");
    }
    Repository.Returns returns = method.returns();
    CodeBlock mapper =
        returns.scalar() != null
            ? CodeBlock.of(
                "$T.firstColumn($L, $L)", DECLARED, kind(returns.scalar()), DaoWriter.STREAM_TABLE)
            : mapper(returns.row());
    if (returns.shape() == Repository.Shape.STREAM) {
      return spec.addStatement("return $L", run(true, constant, binder, mapper)).build();
    }
    CodeBlock list = run(false, constant, binder, mapper);
    switch (returns.shape()) {
      case LIST -> spec.addStatement("return $L", list);
      case OPTIONAL, OPTIONAL_SCALAR ->
          spec.addStatement(
              "return $T.optional($L,$W$L,$W$N)", DECLARED, list, DaoWriter.STREAM_TABLE, constant);
      default -> {
        spec.addStatement(
            "$T $N = $L",
            ParameterizedTypeName.get(
                Types.LIST,
                returns.scalar() == null ? returns.typeName() : returns.scalar().typeName().box()),
            rows,
            list);
        CodeBlock one =
            CodeBlock.of("$T.one($N,$W$L,$W$N)", DECLARED, rows, DaoWriter.STREAM_TABLE, constant);
        if (returns.isPrimitive()) {
          spec.addStatement(
              "return $T.present($L,$W$L,$W$S)",
              DECLARED,
              one,
              DaoWriter.STREAM_TABLE,
              method.signature().substring(0, method.signature().indexOf('(')));
        } else {
          spec.addStatement("return $L", one);
        }
      }
    }
    return spec.build();
  }

  /**
   * The call that runs a {@code @Query} through the repository's one connection source: the pool's
   * (a read-only transaction), or the caller's after {@code on(Connection)}.
   */
  private CodeBlock run(boolean stream, String constant, String binder, CodeBlock mapper) {
    return CodeBlock.of(
        "$T.$L($N,$W$L,$W$N,$W$N,$W$L)",
        Types.QUERIES,
        stream ? "stream" : "list",
        source,
        DaoWriter.STREAM_TABLE,
        constant,
        binder,
        mapper);
  }

  /**
   * The mapper of {@code row}: the DAO's for the repository's record when the DAO's package is this
   * one, else a mapper of this class, written once per record.
   */
  private CodeBlock mapper(StreamTable row) {
    ClassName name = row.recordName();
    CodeBlock known = mappers.get(name);
    if (known != null) {
      return known;
    }
    CodeBlock mapper;
    if (name.equals(table.recordName())
        && table.daoName().packageName().equals(impl.packageName())) {
      mapper = CodeBlock.of("$T::map", table.daoName());
    } else {
      String map = methods.newName("map" + name.simpleName());
      String check = methods.newName("check" + name.simpleName());
      mapperMethods.add(map(row, map, check));
      mapperMethods.add(check(row, check));
      mapper = CodeBlock.of("$T::$N", impl, map);
    }
    mappers.put(name, mapper);
    return mapper;
  }

  private static NameAllocator mapperLocals(StreamTable row) {
    NameAllocator names = new NameAllocator();
    Types.ALL.forEach(type -> names.newName(type.simpleName()));
    names.newName(row.recordName().topLevelClassName().simpleName());
    names.newName(DaoWriter.STREAM_TABLE);
    return names;
  }

  private static MethodSpec map(StreamTable row, String name, String check) {
    NameAllocator names = mapperLocals(row);
    String result = names.newName("row");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc(
                "Reads the current row of {@code $L} into a new {@link $T}, each column by its\n"
                    + "position in the {@code @Query}'s select list, which the processor checked.\n",
                result,
                row.recordName())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(row.recordName())
            .addParameter(Types.RESULT_SET, result)
            .addException(Types.SQL_EXCEPTION)
            .beginControlFlow("if ($T.firstRow($N))", Types.ROWS, result)
            .addStatement("$N($N.getMetaData())", check, result)
            .endControlFlow();
    List<CodeBlock> arguments = new ArrayList<>();
    int index = 1;
    for (Component component : row.components()) {
      String local = names.newName(component.name());
      method.addCode(
          Mapping.read(
              component, row, index++, result, local, row.displayName() + "." + component.name()));
      arguments.add(CodeBlock.of("$N", local));
    }
    return method
        .addStatement("return new $T($L)", row.recordName(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private static MethodSpec check(StreamTable row, String name) {
    NameAllocator names = mapperLocals(row);
    String columns = names.newName("columns");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc(
                "Checks, once per result set, that each column's type holds its component's values"
                    + "\nexactly.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(Types.RESULT_SET_META_DATA, columns)
            .addException(Types.SQL_EXCEPTION);
    int index = 1;
    for (Component component : row.components()) {
      CodeBlock check =
          Mapping.check(component, index++, columns, row.displayName() + "." + component.name());
      if (check != null) {
        method.addCode(check);
      }
    }
    return method.build();
  }

  private static Repository.Parameter parameter(Repository.Method method, String name) {
    for (Repository.Parameter parameter : method.values()) {
      if (parameter.name().equals(name)) {
        return parameter;
      }
    }
    throw new IllegalStateException("no parameter " + name + "; validation missed it");
  }

  private static MethodSpec.Builder start(Repository.Method method) {
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returns().typeName());
    for (Repository.Parameter parameter : method.parameters()) {
      spec.addParameter(parameter.typeName(), parameter.name());
    }
    return spec;
  }

  /** The {@code ValueKind} of a scalar or parameter type. */
  private static CodeBlock kind(TypeInfo type) {
    ValueType value = type.valueType();
    if (value == ValueType.ENUM) {
      return CodeBlock.of("$T.enumerated($T::valueOf)", VALUE_KIND, type.typeName());
    }
    return CodeBlock.of("$T.$L", VALUE_KIND, value.kind);
  }
}
