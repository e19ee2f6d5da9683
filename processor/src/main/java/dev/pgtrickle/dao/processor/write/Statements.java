package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Statement;
import dev.pgtrickle.dao.processor.model.StreamTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement of one DAO: {@code findAll}, {@code count}, and for each component an equality
 * lookup plus, where the argument can be null, an {@code IS NULL} lookup. Columns are always listed
 * by name and quoted (so reserved words, mixed case and quotes in names work); values are always
 * bind parameters.
 */
public final class Statements {
  private final Statement findAll;
  private final Statement count;
  private final Map<String, Statement> equal = new HashMap<>();
  private final Map<String, Statement> isNull = new HashMap<>();
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
    for (Component component : components) {
      String column = quote(component.column().value());
      String base = "FIND_BY_" + component.constantName();
      equal.put(
          component.name(),
          add(
              new Statement(
                  fields.newName(base),
                  select,
                  List.of(from, List.of("WHERE", column, "=", "?")))));
      if (component.isNullable()) {
        isNull.put(
            component.name(),
            add(
                new Statement(
                    fields.newName(base + "_NULL"),
                    select,
                    List.of(from, List.of("WHERE", column, "IS", "NULL")))));
      }
    }
  }

  private Statement add(Statement statement) {
    all.add(statement);
    return statement;
  }

  /** Returns {@code identifier} quoted for PostgreSQL, embedded quotes doubled. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  Statement findAll() {
    return findAll;
  }

  Statement count() {
    return count;
  }

  /** {@code ... WHERE "column" = ?} for {@code component}. */
  Statement equal(Component component) {
    return equal.get(component.name());
  }

  /** {@code ... WHERE "column" IS NULL} for a nullable {@code component}. */
  Statement isNull(Component component) {
    return isNull.get(component.name());
  }

  /**
   * The initializer of {@code statement}'s constant: a literal for {@code FIND_ALL} and {@code
   * COUNT}, and {@code FIND_ALL + " WHERE ..."} for a finder's, which javac folds into one
   * constant.
   */
  CodeBlock initializer(Statement statement) {
    if (statement == findAll || statement == count) {
      return statement.initializer();
    }
    List<String> where = statement.rest().get(statement.rest().size() - 1);
    return CodeBlock.of(
        "$N$W+ $L", findAll.constant(), JavaString.of(" " + String.join(" ", where)));
  }

  /** Every statement, in the order its constant is declared. */
  List<Statement> all() {
    return List.copyOf(all);
  }
}
