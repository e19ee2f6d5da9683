package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the methods of {@code StreamTableDao}: {@code streamTable}, {@code findAll}, {@code
 * streamAll}, {@code count} and {@code freshness}, each in its {@code DataSource} and its {@code
 * Connection} form.
 */
final class ContractWriter {
  private static final String CONNECTION = "connection";
  private static final String ORDER = "order";

  private final DaoScope scope;

  ContractWriter(DaoScope scope) {
    this.scope = scope;
  }

  List<MethodSpec> methods() {
    Statement findAll = scope.statements().findAll();
    Statement count = scope.statements().count();
    String sql = Javadocs.pre(findAll.lines());
    String countSql = Javadocs.pre(count.lines());
    CodeBlock unordered = CodeBlock.of("$N", findAll.constant());
    return List.of(
        streamTable(),
        query("findAll", "list", false, false, unordered,
            "Returns every row, in no particular order.\n\n" + sql),
        query("findAll", "list", true, false, unordered,
            "Returns every row, in no particular order, read on {@code connection}, which stays\n"
                + "open.\n\n" + sql),
        query("findAll", "list", false, true, unordered,
            "Returns every row, sorted by {@code order}, whose ORDER BY clause is appended to this\n"
                + "statement (the text is built once per ordering and cached):\n\n" + sql),
        query("findAll", "list", true, true, unordered,
            "Returns every row, sorted by {@code order}, read on {@code connection}, which stays\n"
                + "open. The ORDER BY clause of {@code order} is appended to this statement:\n\n"
                + sql),
        query("streamAll", "stream", false, false, unordered,
            "Streams every row, in no particular order, through a server-side cursor that fetches\n"
                + "rows in batches, so tables larger than the heap can be read. The stream holds a\n"
                + "connection until it is closed: always use it in try-with-resources.\n\n" + sql),
        query("streamAll", "stream", true, false, unordered,
            "Streams every row through a server-side cursor on {@code connection}. If the\n"
                + "connection is in auto-commit mode, auto-commit is switched off for the cursor and\n"
                + "restored when the stream is closed; the connection stays open. Close the stream\n"
                + "(try-with-resources).\n\n" + sql),
        count(false, "Returns the number of rows.\n\n" + countSql),
        count(true,
            "Returns the number of rows, counted on {@code connection}, which stays open.\n\n"
                + countSql),
        freshness(false),
        freshness(true));
  }

  private MethodSpec streamTable() {
    return MethodSpec.methodBuilder("streamTable")
        .addJavadoc("Returns the stream table this DAO reads, {@link #$L}.\n", DaoWriter.STREAM_TABLE)
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(Types.STREAM_TABLE_NAME)
        .addStatement("return $L", DaoWriter.STREAM_TABLE)
        .build();
  }

  private MethodSpec query(
      String name,
      String runner,
      boolean onConnection,
      boolean withOrder,
      CodeBlock sql,
      String javadoc) {
    TypeName returns =
        runner.equals("list")
            ? scope.rows()
            : ParameterizedTypeName.get(Types.STREAM, scope.table().recordName());
    MethodSpec.Builder method = start(name, javadoc, onConnection).returns(returns);
    if (withOrder) {
      // Through Select, whose shape cache holds the ordered statement: no per-call concatenation.
      return method
          .addParameter(ParameterizedTypeName.get(Types.ORDER, scope.table().recordName()), ORDER)
          .addStatement(
              "return $L.orderBy($N).list()",
              QueryWriter.select(scope, onConnection ? CONNECTION : null),
              ORDER)
          .build();
    }
    return method
        .addStatement(
            "return $T.$L($N,$W$L,$W$L,$W$T.NONE,$W$L)",
            Types.QUERIES,
            runner,
            source(onConnection),
            DaoWriter.STREAM_TABLE,
            sql,
            Types.BINDER,
            scope.mapper())
        .build();
  }

  private MethodSpec count(boolean onConnection, String javadoc) {
    return start("count", javadoc, onConnection)
        .returns(TypeName.LONG)
        .addStatement(
            "return $T.count($N,$W$L,$W$N,$W$T.NONE)",
            Types.QUERIES,
            source(onConnection),
            DaoWriter.STREAM_TABLE,
            scope.statements().count().constant(),
            Types.BINDER)
        .build();
  }

  private MethodSpec freshness(boolean onConnection) {
    String javadoc =
        onConnection
            ? "Reads the table's freshness from pg_trickle's catalog on {@code connection}, which\n"
                + "stays open, in one query: {@link $T#SQL}.\n"
            : "Reads the table's freshness from pg_trickle's catalog, in one query:\n"
                + "{@link $T#SQL}.\n";
    return start("freshness", "", onConnection)
        .addJavadoc(javadoc, Types.FRESHNESS_QUERY)
        .returns(Types.FRESHNESS)
        .addStatement(
            "return $T.read($N, $L)",
            Types.FRESHNESS_QUERY,
            source(onConnection),
            DaoWriter.STREAM_TABLE)
        .build();
  }

  private MethodSpec.Builder start(String name, String javadoc, boolean onConnection) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L", javadoc.isEmpty() ? "" : Javadocs.reflow(javadoc, Javadocs.MEMBER_WIDTH))
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC);
    if (onConnection) {
      method.addParameter(Types.CONNECTION, CONNECTION);
    }
    return method;
  }

  private String source(boolean onConnection) {
    return onConnection ? CONNECTION : scope.dataSource();
  }
}
