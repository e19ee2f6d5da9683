package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.pgtrickle.dao.processor.model.EntryPoint;
import dev.pgtrickle.dao.processor.model.Settings;
import dev.pgtrickle.dao.processor.model.StreamTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a package's {@code StreamTableDaos}: one instance of every DAO of the package, for code
 * without a dependency-injection container. It reads only the {@link EntryPoint} and the {@link
 * Settings}.
 */
public final class EntryPointWriter {
  static final String PROCESSOR = "dev.pgtrickle.dao.processor.StreamTableDaosProcessor";

  public JavaFile write(EntryPoint entryPoint, Settings settings) {
    NameAllocator names = new NameAllocator();
    String dataSource = names.newName("dataSource");
    List<String> fields = new ArrayList<>();
    for (StreamTable table : entryPoint.tables()) {
      fields.add(names.newName(accessorName(table.daoName())));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(entryPoint.className())
            .addJavadoc(classJavadoc(entryPoint))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (settings.generated() != null) {
      type.addAnnotation(
          AnnotationSpec.builder(settings.generated()).addMember("value", "$S", PROCESSOR).build());
    }
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Types.DATA_SOURCE, dataSource)
            .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, dataSource, "dataSource");
    List<MethodSpec> accessors = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      StreamTable table = entryPoint.tables().get(i);
      ClassName dao = table.daoName();
      String field = fields.get(i);
      type.addField(dao, field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T($N)", field, dao, dataSource);
      accessors.add(
          MethodSpec.methodBuilder(field)
              .addJavadoc("Returns the DAO generated from {@link $T}.\n", table.recordName())
              .addModifiers(Modifier.PUBLIC)
              .returns(dao)
              .addStatement("return $N", field)
              .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(create(entryPoint, dataSource));
    type.addMethods(accessors);
    type.addMethod(all(fields));
    return DaoWriter.javaFile(entryPoint.packageName(), type.build());
  }

  /** {@code OrderTotalsDao} becomes {@code orderTotalsDao}. */
  static String accessorName(ClassName dao) {
    String name = dao.simpleName();
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static CodeBlock classJavadoc(EntryPoint entryPoint) {
    return CodeBlock.builder()
        .add(
            "Every DAO generated in package {@code $L}, for code without a\n",
            entryPoint.packageName().isEmpty() ? "(unnamed)" : entryPoint.packageName())
        .add("dependency-injection container: {@code StreamTableDaos.create(dataSource)}\n")
        .add(
            "creates one of each, all reading through the same {@link $T}. With a\n",
            Types.DATA_SOURCE)
        .add("container, inject the DAOs themselves instead.\n\n")
        .add("<p>Thread-safe and immutable, like the DAOs it holds. Written by an aggregating\n")
        .add("processor, apart from the isolating one that writes the DAOs, because it\n")
        .add("depends on every {@code @StreamTableView} record of the package.\n")
        .build();
  }

  private static MethodSpec create(EntryPoint entryPoint, String dataSource) {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("Creates every DAO of this package, reading through {@code $N}.\n", dataSource)
        .addJavadoc("\n@param $N the data source every DAO reads through\n", dataSource)
        .addJavadoc("@return the DAOs\n")
        .addJavadoc("@throws NullPointerException if {@code $N} is null\n", dataSource)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Types.DATA_SOURCE, dataSource)
        .returns(entryPoint.className())
        .addStatement("return new $T($N)", entryPoint.className(), dataSource)
        .build();
  }

  private static MethodSpec all(List<String> fields) {
    TypeName anyDao =
        ParameterizedTypeName.get(Types.STREAM_TABLE_DAO, WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(", Types.LIST);
    for (int i = 0; i < fields.size(); i++) {
      list.add(i == 0 ? "$N" : ", $N", fields.get(i));
    }
    return MethodSpec.methodBuilder("all")
        .addJavadoc("Returns every DAO of this package, in the order of their names.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Types.LIST, anyDao))
        .addStatement(list.add(")").build())
        .build();
  }
}
