package dev.pgtrickle.dao.processor.write;

import dev.pgtrickle.dao.definitions.DeclaredStreamTable;
import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.processor.model.Definition;
import dev.pgtrickle.dao.processor.validate.DefinitionGraph;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a module's definitions, in creation order, as the text of the resource {@value
 * StreamTableDefinitions#RESOURCE}, with the runtime's own writer, so the processor and the runtime
 * can never disagree on the format. Reads only the model.
 */
public final class DefinitionsWriter {
  public String write(List<DefinitionGraph.Node> ordered) {
    List<DeclaredStreamTable> definitions = new ArrayList<>();
    for (DefinitionGraph.Node node : ordered) {
      Definition d = node.definition();
      List<StreamTableName> dependsOn = new ArrayList<>();
      for (String key : node.dependsOn()) {
        Definition dependency = find(ordered, key);
        dependsOn.add(name(dependency));
      }
      definitions.add(
          new DeclaredStreamTable(
              name(d),
              d.recordName(),
              d.query(),
              d.schedule() == null ? DeclaredStreamTable.CALCULATED : d.schedule(),
              d.refreshMode(),
              Optional.ofNullable(d.targetFreshness()),
              d.initialize(),
              d.poolerCompatibilityMode(),
              dependsOn));
    }
    return StreamTableDefinitions.of(definitions).text();
  }

  private static StreamTableName name(Definition d) {
    return StreamTableName.of(d.table().schema().value(), d.table().table().value());
  }

  private static Definition find(List<DefinitionGraph.Node> ordered, String key) {
    for (DefinitionGraph.Node node : ordered) {
      if (node.key().equals(key)) {
        return node.definition();
      }
    }
    throw new IllegalStateException("no definition of " + key);
  }
}
