package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code findBy<Component>} for a component, in its {@code DataSource} and its {@code
 * Connection} form. A reference-typed argument may be null: the finder then runs the component's
 * {@code IS NULL} statement, since {@code = NULL} never matches.
 */
final class FinderWriter {
  private final DaoScope scope;

  FinderWriter(DaoScope scope) {
    this.scope = scope;
  }

  List<MethodSpec> finders(Component component) {
    // The argument is named after the component where it can be, as callers see that name.
    NameAllocator names = scope.locals();
    String value = names.newName(component.name());
    String connection = names.newName("connection");
    String statement = names.newName("statement");
    return List.of(
        finder(component, null, statement, value),
        finder(component, connection, statement, value));
  }

  private MethodSpec finder(
      Component component, String connection, String statement, String value) {
    Statement equal = scope.statements().equal(component);
    Statement isNull = scope.statements().isNull(component);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(component.finderName())
            .addJavadoc("$L", javadoc(component, connection, value, equal, isNull))
            .addModifiers(Modifier.PUBLIC)
            .returns(scope.rows());
    if (connection != null) {
      method.addParameter(Types.CONNECTION, connection);
    }
    method.addParameter(component.type().typeName(), value);
    String source = connection != null ? connection : scope.dataSource();
    if (isNull != null) {
      method
          .beginControlFlow("if ($N == null)", value)
          .addStatement(list(source, isNull, CodeBlock.of("$T.NONE", Types.BINDER)))
          .endControlFlow();
    }
    CodeBlock binder =
        CodeBlock.of("$N -> $L", statement, Mapping.bind(component, statement, value));
    return method.addStatement(list(source, equal, binder)).build();
  }

  private CodeBlock list(String source, Statement statement, CodeBlock binder) {
    return CodeBlock.of(
        "return $T.list($N,$W$L,$W$N,$W$L,$W$L)",
        Types.QUERIES,
        source,
        DaoWriter.STREAM_TABLE,
        statement.constant(),
        binder,
        scope.mapper());
  }

  private static String javadoc(
      Component component, String connection, String value, Statement equal, Statement isNull) {
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
      doc.append(" A null {@code ").append(value).append("} finds the rows where the column IS NULL.");
    }
    doc.append("\n\n").append(Javadocs.pre(equal.lines()));
    if (isNull != null) {
      doc.append("\n<p>For a null {@code ").append(value).append("}:\n\n");
      doc.append(Javadocs.pre(isNull.lines()));
    }
    return Javadocs.reflow(doc.toString(), Javadocs.MEMBER_WIDTH);
  }
}
