package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Definition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stream tables a module defines, as a graph: which record defines which table (each at most
 * once), which defined tables each query reads in {@code FROM} and {@code JOIN}, and the order to
 * create them in. A qualified reference ({@code sales.totals}) names exactly that table; an
 * unqualified one ({@code totals}) names every other defined table of that name, whatever its
 * schema, since the search path is only known at run time.
 */
public final class DefinitionGraph {
  /** A definition and the defined tables its query reads, in the order to create them. */
  public record Node(Definition definition, List<String> dependsOn) {
    public String key() {
      return key(definition);
    }

    static String key(Definition definition) {
      return definition.table().schema().value() + "." + definition.table().table().value();
    }
  }

  private final List<Node> ordered = new ArrayList<>();

  /**
   * Checks {@code definitions} (each valid on its own) together, reporting duplicates and cycles to
   * {@code report}; {@link #ordered()} is complete when the report stays clean.
   */
  public DefinitionGraph(List<Definition> definitions, Report report) {
    List<Definition> sorted = new ArrayList<>(definitions);
    sorted.sort(
        Comparator.comparing((Definition d) -> Node.key(d)).thenComparing(Definition::recordName));
    Map<String, Definition> byKey = new LinkedHashMap<>();
    for (Definition definition : sorted) {
      Definition first = byKey.putIfAbsent(Node.key(definition), definition);
      if (first != null) {
        report.error(
            Message.DUPLICATE_DEFINITION,
            definition.annotation(),
            definition.subject(),
            first.displayName(),
            Node.key(definition));
      }
    }
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Definition definition : byKey.values()) {
      edges.put(Node.key(definition), dependencies(definition, byKey));
    }
    if (reportCycles(byKey, edges, report)) {
      return;
    }
    order(byKey, edges);
  }

  /** The nodes in creation order: each after every table it depends on, else by name. */
  public List<Node> ordered() {
    return List.copyOf(ordered);
  }

  private static List<String> dependencies(Definition definition, Map<String, Definition> byKey) {
    Set<String> found = new LinkedHashSet<>();
    String self = Node.key(definition);
    for (TableReferences.Reference reference :
        TableReferences.read(SqlTokens.of(definition.query()))) {
      if (reference.schema() != null) {
        String key = reference.schema() + "." + reference.name();
        if (byKey.containsKey(key)) {
          found.add(key);
        }
      } else {
        for (Definition other : byKey.values()) {
          String key = Node.key(other);
          if (!key.equals(self) && other.table().table().value().equals(reference.name())) {
            found.add(key);
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /** Reports every strongly connected set of two or more tables, and self-references. */
  private static boolean reportCycles(
      Map<String, Definition> byKey, Map<String, List<String>> edges, Report report) {
    Tarjan tarjan = new Tarjan(edges);
    boolean any = false;
    for (List<String> component : tarjan.components) {
      String first = component.get(0);
      boolean cycle = component.size() > 1 || edges.get(first).contains(first);
      if (!cycle) {
        continue;
      }
      any = true;
      List<String> path = new ArrayList<>();
      for (String key : component) {
        path.add(key + " (record " + byKey.get(key).displayName() + ")");
      }
      for (String key : component) {
        Definition definition = byKey.get(key);
        String what =
            component.size() == 1
                ? "the query of stream table " + key + " reads " + key + " itself"
                : "stream table "
                    + key
                    + " is part of a cycle of stream tables defined over each"
                    + " other: "
                    + String.join(", ", path);
        report.error(
            Message.DEFINITION_CYCLE, definition.queryPosition(), definition.subject(), what);
      }
    }
    return any;
  }

  private void order(Map<String, Definition> byKey, Map<String, List<String>> edges) {
    Set<String> done = new LinkedHashSet<>();
    while (done.size() < byKey.size()) {
      for (Map.Entry<String, Definition> entry : byKey.entrySet()) {
        String key = entry.getKey();
        if (!done.contains(key) && done.containsAll(edges.get(key))) {
          done.add(key);
          ordered.add(new Node(entry.getValue(), edges.get(key)));
          break;
        }
      }
    }
  }

  /** Tarjan's strongly connected components, each in the order the keys were given. */
  private static final class Tarjan {
    final List<List<String>> components = new ArrayList<>();
    private final Map<String, List<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final List<String> stack = new ArrayList<>();
    private final Set<String> onStack = new LinkedHashSet<>();
    private int counter;

    Tarjan(Map<String, List<String>> edges) {
      this.edges = edges;
      for (String key : edges.keySet()) {
        if (!index.containsKey(key)) {
          visit(key);
        }
      }
    }

    private void visit(String key) {
      index.put(key, counter);
      low.put(key, counter);
      counter++;
      stack.add(key);
      onStack.add(key);
      for (String next : edges.get(key)) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(key, Math.min(low.get(key), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(key, Math.min(low.get(key), index.get(next)));
        }
      }
      if (low.get(key).equals(index.get(key))) {
        List<String> component = new ArrayList<>();
        String popped;
        do {
          popped = stack.remove(stack.size() - 1);
          onStack.remove(popped);
          component.add(popped);
        } while (!popped.equals(key));
        List<String> inOrder = new ArrayList<>(edges.keySet());
        inOrder.retainAll(component);
        components.add(inOrder);
      }
    }
  }
}
