package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.JavaString;
import dev.pgtrickle.dao.processor.model.Settings;
import dev.pgtrickle.dao.processor.model.Statement;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.validate.Validator;
import dev.pgtrickle.dao.runtime.internal.RuntimeVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the DAO of a valid {@link StreamTable}. It reads only the model and the {@link Settings},
 * never {@code Elements} or {@code Types}, so its output depends on nothing else.
 */
public final class DaoWriter {
  static final String STREAM_TABLE = Validator.STREAM_TABLE;
  static final String PROCESSOR = "dev.pgtrickle.dao.processor.StreamTableProcessor";

  /** The constant holding the runtime version the DAO was generated for. */
  static final String RUNTIME_VERSION = "RUNTIME_VERSION";

  /** The constructor's parameter; the DAO has no fields but constants. */
  private static final String DATA_SOURCE = "dataSource";

  public JavaFile write(StreamTable table, Settings settings) {
    ClassName dao = table.daoName();
    List<String> fieldNames = new ArrayList<>();
    NameAllocator fields = new NameAllocator();
    claim(fields, STREAM_TABLE, fieldNames);
    for (Component component : table.components()) {
      claim(fields, component.constantName(), fieldNames);
    }
    Statements statements = new Statements(table, fields);
    statements.all().forEach(statement -> fieldNames.add(statement.constant()));
    FreshWriter fresh = new FreshWriter(table, statements, fields, fieldNames);
    String runtimeVersion = fields.newName(RUNTIME_VERSION);
    fieldNames.add(runtimeVersion);
    NameAllocator reserved = new NameAllocator();
    fieldNames.forEach(reserved::newName);
    typeNames(table, settings).forEach(reserved::newName);
    DaoScope scope = new DaoScope(table, dao, statements, DATA_SOURCE, reserved);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(dao)
            .addJavadoc(classJavadoc(scope))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Types.ABSTRACT_DAO, table.recordName()));
    annotate(type, settings);
    type.addField(streamTableField(scope));
    for (Component component : table.components()) {
      type.addField(columnField(table, component));
    }
    for (Statement statement : statements.all()) {
      type.addField(
          FieldSpec.builder(
                  Types.STRING,
                  statement.constant(),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(statements.initializer(statement))
              .build());
    }
    type.addFields(fresh.fields());
    type.addField(
        FieldSpec.builder(
                Types.STRING, runtimeVersion, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", RuntimeVersion.CURRENT)
            .build());
    type.addMethod(constructor(scope, settings, fresh, runtimeVersion));
    MapperWriter mapper = new MapperWriter(scope);
    type.addMethod(mapper.map()).addMethod(mapper.check());
    return javaFile(dao.packageName(), type.build());
  }

  /** Adds the class-level annotations every generated class carries, such as {@code @Generated}. */
  static void annotate(TypeSpec.Builder type, Settings settings) {
    if (settings.generated() != null) {
      type.addAnnotation(
          AnnotationSpec.builder(settings.generated()).addMember("value", "$S", PROCESSOR).build());
    }
    Injection.annotateType(type, settings);
  }

  /** The file for {@code type}: two-space indent, no imports of {@code java.lang}. */
  public static JavaFile javaFile(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }

  /** Takes {@code name} for a public constant; validation has made sure it is free. */
  private static void claim(NameAllocator fields, String name, List<String> taken) {
    String allocated = fields.newName(name);
    if (!allocated.equals(name)) {
      throw new IllegalStateException("constant " + name + " is taken; validation missed a clash");
    }
    taken.add(name);
  }

  private static CodeBlock classJavadoc(DaoScope scope) {
    return CodeBlock.builder()
        .add(
            "Read-only DAO for stream table $L, generated from {@link $T}:\n",
            scope.tableDoc(),
            scope.table().recordName())
        .add(
            "pg_trickle alone writes a stream table, so to change these rows, write to the source\n")
        .add(
            "tables of its defining query. {@code findAll}, {@code streamAll} and {@code query} read\n")
        .add("\n$L\n", Javadocs.pre(scope.statements().findAll().lines()))
        .add("<p>Every read is inherited from {@link $T}: look rows up with\n", Types.ABSTRACT_DAO)
        .add(
            "{@code query().where(...)}, read fresh with {@code query().listFresh()}, and on your\n")
        .add("own connection with {@code on(connection)}. Thread-safe.\n")
        .build();
  }

  private static FieldSpec streamTableField(DaoScope scope) {
    StreamTable table = scope.table();
    return FieldSpec.builder(
            Types.STREAM_TABLE_NAME, STREAM_TABLE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The stream table this DAO reads: $L.\n", scope.tableDoc())
        .initializer(
            "$T.of($L, $L)",
            Types.STREAM_TABLE_NAME,
            JavaString.of(table.schema().value()),
            JavaString.of(table.table().value()))
        .build();
  }

  private static FieldSpec columnField(StreamTable table, Component component) {
    String what = component.isRowId() ? ", pg_trickle's row id," : ",";
    return FieldSpec.builder(
            ColumnConstants.type(table.recordName(), component),
            component.constantName(),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "Column $L$L read into {@link $T#$L()}.\n",
            Javadocs.code(component.column().value()),
            what,
            table.recordName(),
            component.name())
        .initializer(ColumnConstants.initializer(component, table))
        .build();
  }

  /**
   * The public {@code (DataSource)} constructor, with the {@code @Inject} that settings choose,
   * which hands the DAO's constants and mapper to its superclass.
   */
  private static MethodSpec constructor(
      DaoScope scope, Settings settings, FreshWriter fresh, String runtimeVersion) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates a DAO reading through {@code $L}.\n", DATA_SOURCE)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DATA_SOURCE, DATA_SOURCE)
            .addStatement(
                "super($N,$W$N,$W$N,$W$N,$W$N,$W$N,$W$L,$W$L)",
                runtimeVersion,
                DATA_SOURCE,
                STREAM_TABLE,
                scope.statements().findAll().constant(),
                scope.statements().count().constant(),
                fresh.findAllFresh(),
                fresh.budget(),
                scope.mapper());
    Injection.annotateConstructor(constructor, settings);
    return constructor.build();
  }

  /**
   * The public {@code (DataSource)} constructor of a class that keeps its {@code DataSource} in a
   * field (a repository's implementation), with the {@code @Inject} that settings choose.
   */
  static MethodSpec fieldConstructor(DaoScope scope, Settings settings) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates a DAO reading through {@code dataSource}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.DATA_SOURCE, "dataSource")
            .addStatement(
                "this.$N = $T.requireNonNull(dataSource, $S)",
                scope.dataSource(),
                Types.OBJECTS,
                "dataSource");
    Injection.annotateConstructor(constructor, settings);
    return constructor.build();
  }

  /** The simple names of every type the file refers to, which locals must not shadow. */
  private static Set<String> typeNames(StreamTable table, Settings settings) {
    Set<String> names = new LinkedHashSet<>();
    Types.ALL.forEach(type -> names.add(type.simpleName()));
    names.add(table.daoName().simpleName());
    names.add(table.recordName().topLevelClassName().simpleName());
    if (settings.generated() != null) {
      names.add(settings.generated().simpleName());
    }
    Injection.annotations(settings).forEach(annotation -> names.add(annotation.simpleName()));
    for (Component component : table.components()) {
      addTypeNames(component.type().typeName().box(), names);
    }
    return names;
  }

  private static void addTypeNames(TypeName type, Set<String> names) {
    if (type instanceof ClassName className) {
      names.add(className.topLevelClassName().simpleName());
    } else if (type instanceof ParameterizedTypeName parameterized) {
      addTypeNames(parameterized.rawType(), names);
      parameterized.typeArguments().forEach(argument -> addTypeNames(argument, names));
    } else if (type instanceof ArrayTypeName array) {
      addTypeNames(array.componentType(), names);
    }
  }
}
