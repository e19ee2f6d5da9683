package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.StreamTable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code map}, which reads the current row into a new record, column by column in the order
 * every statement selects them, and is the {@code RowMapper} of every query.
 */
final class MapperWriter {
  private final DaoScope scope;

  MapperWriter(DaoScope scope) {
    this.scope = scope;
  }

  MethodSpec map() {
    StreamTable table = scope.table();
    NameAllocator names = scope.locals();
    String row = names.newName("row");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("map")
            .addJavadoc(
                "Reads the current row of {@code $L} into a new {@link $T}, by column position.\n",
                row,
                table.recordName())
            // Package-private: a repository in the record's package maps its @Query rows with it.
            .addModifiers(Modifier.STATIC)
            .returns(table.recordName())
            .addParameter(Types.RESULT_SET, row)
            .addException(Types.SQL_EXCEPTION);
    method
        .beginControlFlow("if ($T.firstRow($N))", Types.ROWS, row)
        .addStatement("check($N.getMetaData())", row)
        .endControlFlow();
    List<CodeBlock> arguments = new ArrayList<>();
    int index = 1;
    for (Component component : table.components()) {
      String local = names.newName(component.name());
      method.addCode(Mapping.read(component, table, index++, row, local, scope.owner(component)));
      arguments.add(CodeBlock.of("$N", local));
    }
    return method
        .addStatement("return new $T($L)", table.recordName(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /**
   * Writes {@code check}, which {@code map} calls on the first row of each result set: every column
   * must have a type whose values its component holds exactly, else a {@code
   * ColumnMappingException}. Strings and enums read any column's text and are not checked.
   */
  MethodSpec check() {
    StreamTable table = scope.table();
    NameAllocator names = scope.locals();
    String columns = names.newName("columns");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("check")
            .addJavadoc(
                "Checks, once per result set, that each column holds its component's values.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(Types.RESULT_SET_META_DATA, columns)
            .addException(Types.SQL_EXCEPTION);
    int index = 1;
    for (Component component : table.components()) {
      CodeBlock check = Mapping.check(component, index++, columns, scope.owner(component));
      if (check != null) {
        method.addCode(check);
      }
    }
    return method.build();
  }
}
