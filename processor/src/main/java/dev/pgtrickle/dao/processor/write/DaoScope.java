package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.StreamTable;

/**
 * What the writers of one DAO share: the model, the DAO's name, its statements, and the names that
 * method parameters and locals must not take (every field, and every type the file refers to, so
 * that a component named {@code row}, {@code dataSource} or {@code Rows} cannot shadow them).
 */
final class DaoScope {
  private final StreamTable table;
  private final ClassName dao;
  private final Statements statements;
  private final String dataSource;
  private final NameAllocator reserved;

  DaoScope(
      StreamTable table,
      ClassName dao,
      Statements statements,
      String dataSource,
      NameAllocator reserved) {
    this.table = table;
    this.dao = dao;
    this.statements = statements;
    this.dataSource = dataSource;
    this.reserved = reserved;
  }

  StreamTable table() {
    return table;
  }

  ClassName dao() {
    return dao;
  }

  Statements statements() {
    return statements;
  }

  /**
   * The name of the {@code DataSource} field of a repository's implementation; a DAO has no such
   * field (its superclass holds the {@code DataSource}) and nothing in it reads this.
   */
  String dataSource() {
    return dataSource;
  }

  /** A fresh allocator for one method's parameters and locals. */
  NameAllocator locals() {
    return reserved.clone();
  }

  /** {@code List<Record>}. */
  TypeName rows() {
    return ParameterizedTypeName.get(Types.LIST, table.recordName());
  }

  /** {@code RecordDao::map}. */
  CodeBlock mapper() {
    return CodeBlock.of("$T::map", dao);
  }

  /** The component as {@code Record.component}, as exceptions name it. */
  String owner(Component component) {
    return table.displayName() + "." + component.name();
  }

  /** The stream table as javadoc shows it: {@code public.order_totals}. */
  String tableDoc() {
    return Javadocs.code(table.schema().value() + "." + table.table().value());
  }
}
