package dev.pgtrickle.dao.processor.write;

import static dev.pgtrickle.dao.processor.model.Statement.quote;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Statement;
import dev.pgtrickle.dao.processor.model.StreamTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one DAO: {@code findAll} and {@code count}; every other read is a typed query
 * over {@code findAll}. Columns are always listed by name and quoted (so reserved words, mixed case
 * and quotes in names work).
 */
public final class Statements {
  private final Statement findAll;
  private final Statement count;
  private final List<Statement> all = new ArrayList<>();

  /**
   * Computes the statements, naming their constants with {@code fields}, which already holds the
   * public constants, so no statement constant can take a column constant's name.
   */
  Statements(StreamTable table, NameAllocator fields) {
    List<String> select = new ArrayList<>();
    select.add("SELECT");
    List<Component> components = table.components();
    for (int i = 0; i < components.size(); i++) {
      String column = quote(components.get(i).column().value());
      select.add(i < components.size() - 1 ? column + "," : column);
    }
    List<String> from =
        List.of("FROM", quote(table.schema().value()) + "." + quote(table.table().value()));
    findAll = add(new Statement(fields.newName("FIND_ALL"), select, List.of(from)));
    count =
        add(new Statement(fields.newName("COUNT"), List.of("SELECT", "count(*)"), List.of(from)));
  }

  private Statement add(Statement statement) {
    all.add(statement);
    return statement;
  }

  Statement findAll() {
    return findAll;
  }

  Statement count() {
    return count;
  }

  /** The initializer of {@code statement}'s constant: a literal. */
  CodeBlock initializer(Statement statement) {
    return statement.initializer();
  }

  /** Every statement, in the order its constant is declared. */
  List<Statement> all() {
    return List.copyOf(all);
  }
}
