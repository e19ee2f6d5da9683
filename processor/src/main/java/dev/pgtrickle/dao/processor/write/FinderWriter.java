package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Statement;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a component's finders: {@code findBy<Component>} and {@code findFreshBy<Component>}, each
 * in its {@code DataSource} and its {@code Connection} form. Each is one call to the superclass's
 * {@code find} or {@code findFresh} with the statement constant and the column constant, which
 * binds the value as the column's type. A reference-typed argument may be null: the finder then
 * runs the component's {@code IS NULL} statement, since {@code = NULL} never matches.
 */
final class FinderWriter {
  private final DaoScope scope;
  private final FreshWriter fresh;

  FinderWriter(DaoScope scope, FreshWriter fresh) {
    this.scope = scope;
    this.fresh = fresh;
  }

  List<MethodSpec> finders(Component component) {
    // The argument is named after the component where it can be, as callers see that name.
    NameAllocator names = scope.locals();
    String value = names.newName(component.name());
    String connection = names.newName("connection");
    Statement equal = scope.statements().equal(component);
    Statement isNull = scope.statements().isNull(component);
    String freshName = "findFreshBy" + component.finderName().substring("findBy".length());
    String doc = javadoc(component, value, null, equal, isNull);
    String onConnection = javadoc(component, value, connection, equal, isNull);
    String freshDoc = fresh.javadoc(component, value, null, isNull != null);
    String freshOnConnection = fresh.javadoc(component, value, connection, isNull != null);
    TypeName rows = scope.rows();
    TypeName freshRows = ParameterizedTypeName.get(FreshWriter.FRESH, rows);
    CodeBlock sql = sql(value, equal.constant(), isNull == null ? null : isNull.constant());
    CodeBlock freshSql =
        sql(value, fresh.equal(component), isNull == null ? null : fresh.isNull(component));
    return List.of(
        finder(component.finderName(), doc, rows, "find", null, value, sql, component),
        finder(
            component.finderName(), onConnection, rows, "find", connection, value, sql, component),
        finder(freshName, freshDoc, freshRows, "findFresh", null, value, freshSql, component),
        finder(
            freshName,
            freshOnConnection,
            freshRows,
            "findFresh",
            connection,
            value,
            freshSql,
            component));
  }

  private MethodSpec finder(
      String name,
      String javadoc,
      TypeName returns,
      String runner,
      String connection,
      String value,
      CodeBlock sql,
      Component component) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L", javadoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns);
    if (connection != null) {
      method.addParameter(Types.CONNECTION, connection);
    }
    method.addParameter(component.type().typeName(), value);
    CodeBlock source = connection == null ? CodeBlock.of("") : CodeBlock.of("$N,$W", connection);
    return method
        .addStatement(
            "return $L($L$L,$W$N,$W$N)", runner, source, sql, component.constantName(), value)
        .build();
  }

  /** {@code region == null ? FIND_BY_REGION_NULL : FIND_BY_REGION}, or the one constant. */
  private static CodeBlock sql(String value, String equal, String isNull) {
    return isNull == null
        ? CodeBlock.of("$N", equal)
        : CodeBlock.of("$N == null$W? $N$W: $N", value, isNull, equal);
  }

  private static String javadoc(
      Component component, String value, String connection, Statement equal, Statement isNull) {
    StringBuilder doc =
        new StringBuilder("Returns the rows whose column ")
            .append(Javadocs.code(component.column().value()))
            .append(" equals {@code ")
            .append(value)
            .append("}, in no particular order");
    if (connection != null) {
      doc.append(", read on {@code ").append(connection).append("}, which stays open");
    }
    doc.append('.');
    if (isNull != null) {
      doc.append(" A null {@code ")
          .append(value)
          .append("} finds the rows where the column IS NULL: the statement then ends in")
          .append(" {@code IS NULL}.");
    }
    doc.append("\n\n").append(Javadocs.pre(equal.lines()));
    return Javadocs.reflow(doc.toString(), Javadocs.MEMBER_WIDTH);
  }
}
