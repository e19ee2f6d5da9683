package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import java.util.List;

/**
 * Everything the processor knows about one type annotated {@code @StreamTableView}: the output of
 * parsing, the input of validation and, once validation found nothing wrong, of writing.
 *
 * <p>The {@link Position}s are for diagnostics only; the writer reads none of them.
 *
 * @param position the annotated type
 * @param annotation the {@code @StreamTableView} annotation
 * @param keyword how the type was declared: {@code record}, {@code class}, {@code interface},
 *     {@code enum} or {@code @interface}
 * @param recordName the record's class name
 * @param typeParameters the record's type parameters, as written; empty unless generic
 * @param typeParameterPosition the first type parameter, or the type
 * @param access whether the generated DAO can use the record
 * @param schema the stream table's schema
 * @param table the stream table's name
 * @param components the components, in declaration (and so constructor) order
 * @param maxStaleness the staleness budget of fresh reads, as written; null when not written
 */
public record StreamTable(
    Position position,
    Position annotation,
    String keyword,
    ClassName recordName,
    List<String> typeParameters,
    Position typeParameterPosition,
    Access access,
    StoredName schema,
    StoredName table,
    List<Component> components,
    MaxStaleness maxStaleness) {

  public StreamTable {
    typeParameters = List.copyOf(typeParameters);
    components = List.copyOf(components);
  }

  public boolean isRecord() {
    return keyword.equals("record");
  }

  /** The record as written in the package, e.g. {@code Outer.OrderTotals}. */
  public String displayName() {
    return String.join(".", recordName.simpleNames());
  }

  /** The generated DAO: {@code OrderTotalsDao}, or {@code Outer_OrderTotalsDao} when nested. */
  public ClassName daoName() {
    return ClassName.get(
        recordName.packageName(), String.join("_", recordName.simpleNames()) + "Dao");
  }

  public boolean hasUnresolvedTypes() {
    return components.stream()
        .anyMatch(component -> component.type().support() == TypeInfo.Support.UNRESOLVED);
  }
}
