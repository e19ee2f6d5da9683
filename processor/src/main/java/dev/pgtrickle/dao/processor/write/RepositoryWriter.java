package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Impl} for a valid {@link Repository}: derived finders as typed {@code
 * Select}s over the DAO's column constants, {@code @Query} methods as statements held in constants
 * and run through the runtime, each on the {@code DataSource} in a read-only transaction or on the
 * caller's connection. It reads only the model and the plans.
 */
public final class RepositoryWriter {
  private static final ClassName DECLARED =
      ClassName.get("dev.pgtrickle.dao.runtime.internal", "Declared");
  private static final ClassName VALUE_KIND =
      ClassName.get("dev.pgtrickle.dao.runtime.internal", "ValueKind");

  public JavaFile write(
      Repository repository, List<RepositoryValidator.Plan> plans, Settings settings) {
    StreamTable table = repository.table();
    ClassName impl = repository.implName();
    NameAllocator fields = new NameAllocator();
    // Parameters must not shadow fields, so the user's parameter names are taken first.
    for (RepositoryValidator.Plan plan : plans) {
      plan.method().parameters().forEach(parameter -> fields.newName(parameter.name()));
    }
    fields.newName(DaoWriter.STREAM_TABLE);
    Statements statements = new Statements(table, fields);
    String dataSource = fields.newName("dataSource");
    NameAllocator reserved = new NameAllocator();
    reserved.newName(DaoWriter.STREAM_TABLE);
    reserved.newName(dataSource);
    reserved.newName(statements.findAll().constant());
    DaoScope scope = new DaoScope(table, impl, statements, dataSource, reserved);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(impl)
            .addJavadoc(
                "Read-only implementation of {@link $T},\nover stream table $L, generated from"
                    + " {@link $T}.\n\n<p>Reads on the {@code DataSource} run in a read-only"
                    + " transaction;\nmethods that take a {@link $T} run on it and leave it open.\n",
                repository.interfaceName(),
                scope.tableDoc(),
                table.recordName(),
                Types.CONNECTION)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(repository.interfaceName());
    DaoWriter.annotate(type, settings);
    type.addField(
        FieldSpec.builder(
                Types.STREAM_TABLE_NAME,
                DaoWriter.STREAM_TABLE,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$T.of($L, $L)",
                Types.STREAM_TABLE_NAME,
                JavaString.of(table.schema().value()),
                JavaString.of(table.table().value()))
            .build());
    type.addField(constant(statements.findAll().constant(), statements.findAll().initializer()));
    MethodBodies bodies = new MethodBodies(scope);
    for (RepositoryValidator.Plan plan : plans) {
      if (plan.sql() != null) {
        String constant = fields.newName("SQL_" + Names.constantName(plan.method().name()));
        type.addField(constant(constant, SqlLiteral.of(plan.sql())));
        type.addMethod(bodies.query(plan, constant));
      } else {
        type.addMethod(bodies.derived(plan));
      }
    }
    type.addField(Types.DATA_SOURCE, dataSource, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(DaoWriter.fieldConstructor(scope, settings));
    MapperWriter mapper = new MapperWriter(scope);
    type.addMethod(mapper.map()).addMethod(mapper.check());
    return DaoWriter.javaFile(impl.packageName(), type.build());
  }

  private static FieldSpec constant(String name, CodeBlock initializer) {
    return FieldSpec.builder(Types.STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /** The bodies of the interface's methods. */
  private static final class MethodBodies {
    private final DaoScope scope;

    MethodBodies(DaoScope scope) {
      this.scope = scope;
    }

    /** {@code Select.from(source, STREAM_TABLE, FIND_ALL, Impl::map)}. */
    private CodeBlock select(String connection) {
      return CodeBlock.of(
          "$T.from($T.of($N),$W$L,$W$N,$W$L)",
          Types.SELECT,
          Types.CONNECTION_SOURCE,
          connection != null ? connection : scope.dataSource(),
          DaoWriter.STREAM_TABLE,
          scope.statements().findAll().constant(),
          scope.mapper());
    }

    MethodSpec derived(RepositoryValidator.Plan plan) {
      Repository.Method method = plan.method();
      FinderName.Finder finder = plan.finder();
      MethodSpec.Builder spec = start(method);
      spec.addJavadoc(
          "Derived from the method's name: a typed query on {@code $L}\n$L.\n",
          scope.table().table().value(),
          method.connection() == null
              ? "on a connection from the {@code DataSource}, in a read-only transaction"
              : "on {@code connection}, which stays open");
      Repository.Parameter connection = method.connection();
      CodeBlock.Builder code =
          CodeBlock.builder()
              .add("return $L", select(connection == null ? null : connection.name()));
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

    MethodSpec query(RepositoryValidator.Plan plan, String constant) {
      Repository.Method method = plan.method();
      MethodSpec.Builder spec = start(method);
      spec.addJavadoc(
          "Runs the method's {@code @Query}$L:\n\n$L",
          method.connection() == null ? " in a read-only transaction" : "",
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
      Repository.Parameter connection = method.connection();
      String source = connection == null ? scope.dataSource() : connection.name();
      Repository.Returns returns = method.returns();
      CodeBlock mapper =
          returns.scalar() != null
              ? CodeBlock.of(
                  "$T.firstColumn($L, $L)",
                  DECLARED,
                  kind(returns.scalar()),
                  DaoWriter.STREAM_TABLE)
              : scope.mapper();
      if (returns.shape() == Repository.Shape.STREAM) {
        return spec.addStatement(
                "return $T.stream($T.of($N),$W$L,$W$N,$W$N,$W$L)",
                Types.QUERIES,
                Types.CONNECTION_SOURCE,
                source,
                DaoWriter.STREAM_TABLE,
                constant,
                binder,
                mapper)
            .build();
      }
      CodeBlock list =
          CodeBlock.of(
              "$T.list($T.of($N),$W$L,$W$N,$W$N,$W$L)",
              Types.QUERIES,
              Types.CONNECTION_SOURCE,
              source,
              DaoWriter.STREAM_TABLE,
              constant,
              binder,
              mapper);
      switch (returns.shape()) {
        case LIST -> spec.addStatement("return $L", list);
        case OPTIONAL, OPTIONAL_SCALAR ->
            spec.addStatement(
                "return $T.optional($L,$W$L,$W$N)",
                DECLARED,
                list,
                DaoWriter.STREAM_TABLE,
                constant);
        default -> {
          spec.addStatement(
              "$T $N = $L",
              ParameterizedTypeName.get(
                  Types.LIST,
                  returns.scalar() == null
                      ? returns.typeName()
                      : returns.scalar().typeName().box()),
              rows,
              list);
          CodeBlock one =
              CodeBlock.of(
                  "$T.one($N,$W$L,$W$N)", DECLARED, rows, DaoWriter.STREAM_TABLE, constant);
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

    private static Repository.Parameter parameter(Repository.Method method, String name) {
      for (Repository.Parameter parameter : method.values()) {
        if (parameter.name().equals(name)) {
          return parameter;
        }
      }
      throw new IllegalStateException("no parameter " + name + "; validation missed it");
    }

    private MethodSpec.Builder start(Repository.Method method) {
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
        return operator == FinderName.Operator.EQ || operator == FinderName.Operator.LIKE
            ? condition
            : CodeBlock.of("$L.not()", condition);
      }
      List<CodeBlock> arguments =
          values.stream().map(parameter -> CodeBlock.of("$N", parameter.name())).toList();
      condition =
          CodeBlock.of("$L.$L($L)", column, operator.method, CodeBlock.join(arguments, ", "));
      return operator.negated ? CodeBlock.of("$L.not()", condition) : condition;
    }

    private CodeBlock column(Component component) {
      return CodeBlock.of("$T.$N", scope.table().daoName(), component.constantName());
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

    /** The {@code ValueKind} of a scalar or parameter type. */
    private static CodeBlock kind(TypeInfo type) {
      ValueType value = type.valueType();
      if (value == ValueType.ENUM) {
        return CodeBlock.of("$T.enumerated($T::valueOf)", VALUE_KIND, type.typeName());
      }
      return CodeBlock.of("$T.$L", VALUE_KIND, value.kind);
    }
  }
}
