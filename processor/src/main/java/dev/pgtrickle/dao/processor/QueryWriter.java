package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code query()} and {@code query(Connection)}, which start a typed {@code Select} over
 * the DAO's {@code FIND_ALL} statement and its mapper.
 */
final class QueryWriter {
  private final DaoScope scope;

  QueryWriter(DaoScope scope) {
    this.scope = scope;
  }

  List<MethodSpec> methods() {
    String connection = scope.locals().newName("connection");
    return List.of(
        query(null, "Starts a typed query over $L, run on a connection from the DAO's\n"
            + "{@code DataSource} in a read-only transaction; see {@link $T}.\n"),
        query(connection, "Starts a typed query over $L, run on {@code connection}, which is\n"
            + "left open; see {@link $T}.\n"));
  }

  private MethodSpec query(String connection, String javadoc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("query")
            .addJavadoc(javadoc, scope.tableDoc(), Types.SELECT)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(Types.SELECT, scope.table().recordName()));
    if (connection != null) {
      method.addParameter(Types.CONNECTION, connection);
    }
    return method.addStatement("return $L", select(scope, connection)).build();
  }

  /** {@code Select.from(source, STREAM_TABLE, FIND_ALL, Dao::map)}. */
  static CodeBlock select(DaoScope scope, String connection) {
    return CodeBlock.of(
        "$T.from($N,$W$L,$W$N,$W$L)",
        Types.SELECT,
        connection != null ? connection : scope.dataSource(),
        DaoWriter.STREAM_TABLE,
        scope.statements().findAll().constant(),
        scope.mapper());
  }
}
