package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.JavaString;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.ValueType;

/**
 * The code that reads one column into a local variable and binds one finder argument, for each
 * {@link ValueType}. Columns and parameters are addressed by position (1-based).
 */
final class Mapping {
  private Mapping() {}

  /**
   * Statements that declare {@code local} and read column {@code index} of {@code row} into it; for
   * a primitive, followed by the NULL check.
   *
   * @param owner the component as {@code Record.component}, for exceptions
   */
  static CodeBlock read(
      Component component, StreamTable table, int index, String row, String local, String owner) {
    ValueType type = component.type().valueType();
    String column = component.column().value();
    CodeBlock.Builder code = CodeBlock.builder();
    switch (type.read) {
      case GETTER, PRIMITIVE ->
          code.addStatement(
              "$T $N = $N.$L($L)", component.type().typeName(), local, row, type.reader, index);
      case ROWS ->
          code.addStatement(
              "$T $N = $T.$L($N, $L)",
              component.type().typeName(),
              local,
              Types.ROWS,
              type.reader,
              row,
              index);
      case ROWS_CHECKED ->
          code.addStatement(
              "$T $N = $T.$L($N,$W$L,$W$L,$W$L,$W$S)",
              component.type().typeName(),
              local,
              Types.ROWS,
              type.reader,
              row,
              index,
              DaoWriter.STREAM_TABLE,
              JavaString.of(column),
              owner);
      case ENUM ->
          code.addStatement(
              "$T $N = $T.getEnum($N,$W$L,$W$L::valueOf,$W$L,$W$L,$W$S)",
              component.type().typeName(),
              local,
              Types.ROWS,
              row,
              index,
              enumType(component, table),
              DaoWriter.STREAM_TABLE,
              JavaString.of(column),
              owner);
    }
    if (type.isPrimitive()) {
      code.addStatement(
          "$T.notNull($N,$W$L,$W$L,$W$S)",
          Types.ROWS,
          row,
          DaoWriter.STREAM_TABLE,
          JavaString.of(column),
          owner);
    }
    return code.build();
  }

  /**
   * The enum type of {@code component} where an expression names it ({@code Shade::valueOf}). A
   * column constant named like the type's outermost class (record {@code X} with component {@code
   * x} gets constant {@code X}) obscures the type there (JLS 6.4.2), and JavaPoet writes
   * same-package types by their simple names, so the type is then written fully qualified.
   */
  static CodeBlock enumType(Component component, StreamTable table) {
    TypeName type = component.type().typeName();
    if (type instanceof ClassName name) {
      String outermost = name.topLevelClassName().simpleName();
      boolean obscured =
          outermost.equals(DaoWriter.STREAM_TABLE)
              || table.components().stream().anyMatch(c -> c.constantName().equals(outermost));
      if (obscured && !name.packageName().isEmpty()) {
        return CodeBlock.of("$L", name.canonicalName());
      }
    }
    return CodeBlock.of("$T", type);
  }

  /**
   * The statement that checks, once per result set, that column {@code index} has a type whose
   * every value the component reads exactly; null for a component that reads any column.
   */
  static CodeBlock check(Component component, int index, String columns, String owner) {
    ValueType type = component.type().valueType();
    if (!type.checksColumnType()) {
      return null;
    }
    return CodeBlock.builder()
        .addStatement(
            "$T.$L.check($N,$W$L,$W$L,$W$L,$W$S)",
            Types.VALUE_KIND,
            type.kind,
            columns,
            index,
            DaoWriter.STREAM_TABLE,
            JavaString.of(component.column().value()),
            owner)
        .build();
  }

  /** An expression that binds {@code value}, never null, as parameter 1 of {@code statement}. */
  static CodeBlock bind(Component component, String statement, String value) {
    ValueType type = component.type().valueType();
    return switch (type.bind) {
      case SETTER -> CodeBlock.of("$N.$L(1, $N)", statement, type.binder, value);
      case BINDS -> CodeBlock.of("$T.$L($N, 1, $N)", Types.BINDS, type.binder, statement, value);
      case ENUM_NAME -> CodeBlock.of("$N.setString(1, $N.name())", statement, value);
    };
  }
}
