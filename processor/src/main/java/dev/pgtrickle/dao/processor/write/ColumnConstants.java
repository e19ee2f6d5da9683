package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.JavaString;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.ValueType;

/**
 * The typed column constant of a component: its type ({@code TextColumn<R>}, {@code NumberColumn<R,
 * V, S, A>} or {@code Column<R, V>}) and the runtime factory that creates it, so that comparing a
 * column with a value of another type, pattern-matching a number, or summing a text column does not
 * compile.
 */
final class ColumnConstants {
  private static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  private static final TypeName LONG = ClassName.get("java.lang", "Long");
  private static final TypeName FLOAT = ClassName.get("java.lang", "Float");
  private static final TypeName DOUBLE = ClassName.get("java.lang", "Double");

  private ColumnConstants() {}

  /** The constant's declared type. */
  static TypeName type(ClassName record, Component component) {
    TypeName value = component.type().typeName().box();
    return switch (component.type().valueType()) {
      case STRING -> ParameterizedTypeName.get(Types.TEXT_COLUMN, record);
      case SHORT, SHORT_BOXED, INT, INTEGER_BOXED -> number(record, value, LONG, BIG_DECIMAL);
      case LONG, LONG_BOXED, BIG_DECIMAL, BIG_INTEGER ->
          number(record, value, BIG_DECIMAL, BIG_DECIMAL);
      case FLOAT, FLOAT_BOXED -> number(record, value, FLOAT, DOUBLE);
      case DOUBLE, DOUBLE_BOXED -> number(record, value, DOUBLE, DOUBLE);
      default -> ParameterizedTypeName.get(Types.COLUMN, record, value);
    };
  }

  /** The constant's initializer: {@code Columns.<OrderTotals>ofLong("order_count")}. */
  static CodeBlock initializer(Component component, StreamTable table) {
    String column = component.column().value();
    ValueType type = component.type().valueType();
    // Explicit type arguments: javac then checks the call instead of inferring them, which is
    // measurably cheaper over thousands of constants (BENCHMARKS.md, the processor).
    if (type == ValueType.ENUM) {
      return CodeBlock.of(
          "$Z$T.<$T, $T>ofEnum($L, $L::valueOf)",
          Types.COLUMNS,
          table.recordName(),
          component.type().typeName(),
          JavaString.of(column),
          Mapping.enumType(component, table));
    }
    return CodeBlock.of(
        "$Z$T.<$T>$L($L)", Types.COLUMNS, table.recordName(), factory(type), JavaString.of(column));
  }

  private static String factory(ValueType type) {
    return switch (type) {
      case STRING -> "ofString";
      case BOOLEAN, BOOLEAN_BOXED -> "ofBoolean";
      case SHORT, SHORT_BOXED -> "ofShort";
      case INT, INTEGER_BOXED -> "ofInteger";
      case LONG, LONG_BOXED -> "ofLong";
      case FLOAT, FLOAT_BOXED -> "ofFloat";
      case DOUBLE, DOUBLE_BOXED -> "ofDouble";
      case BIG_DECIMAL -> "ofBigDecimal";
      case BIG_INTEGER -> "ofBigInteger";
      case LOCAL_DATE -> "ofLocalDate";
      case LOCAL_TIME -> "ofLocalTime";
      case LOCAL_DATE_TIME -> "ofLocalDateTime";
      case OFFSET_DATE_TIME -> "ofOffsetDateTime";
      case INSTANT -> "ofInstant";
      case UUID -> "ofUuid";
      case BYTES -> "ofBytes";
      case ROW_ID -> "ofRowId";
      case ENUM -> "ofEnum";
      case STRING_LIST -> "ofStringList";
      case LONG_LIST -> "ofLongList";
      case INTEGER_LIST -> "ofIntegerList";
    };
  }

  private static TypeName number(ClassName record, TypeName value, TypeName sum, TypeName avg) {
    return ParameterizedTypeName.get(Types.NUMBER_COLUMN, record, value, sum, avg);
  }
}
