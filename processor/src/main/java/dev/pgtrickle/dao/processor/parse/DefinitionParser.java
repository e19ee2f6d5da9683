package dev.pgtrickle.dao.processor.parse;

import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.model.Definition;
import dev.pgtrickle.dao.processor.model.StreamTable;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads a type's {@code @StreamTableDefinition} through its mirror (never by loading the annotation
 * class), together with its {@code @StreamTableView} model. Judges nothing.
 */
public final class DefinitionParser {
  public static final String STREAM_TABLE_DEFINITION =
      "dev.pgtrickle.dao.annotations.StreamTableDefinition";

  private final Parser parser;

  public DefinitionParser(Parser parser) {
    this.parser = parser;
  }

  public Definition parse(TypeElement type) {
    AnnotationMirror mirror = Parser.annotation(type, STREAM_TABLE_DEFINITION);
    Position annotation = Position.of(type, mirror);
    StreamTable table =
        Parser.annotation(type, Parser.STREAM_TABLE_VIEW) == null ? null : parser.parse(type);
    AnnotationValue query = Parser.explicitValue(mirror, "query");
    AnnotationValue schedule = Parser.explicitValue(mirror, "schedule");
    AnnotationValue mode = Parser.explicitValue(mirror, "refreshMode");
    AnnotationValue target = Parser.explicitValue(mirror, "targetFreshness");
    AnnotationValue initialize = Parser.explicitValue(mirror, "initialize");
    AnnotationValue pooler = Parser.explicitValue(mirror, "poolerCompatibilityMode");
    return new Definition(
        type.getQualifiedName().toString(),
        String.join(".", parser.className(type).simpleNames()),
        annotation,
        table,
        string(query, ""),
        annotation.at(query),
        nonEmpty(string(schedule, "")),
        annotation.at(schedule),
        mode != null && mode.getValue() instanceof VariableElement constant
            ? constant.getSimpleName().toString()
            : "AUTO",
        nonEmpty(string(target, "")),
        annotation.at(target),
        initialize == null || !(initialize.getValue() instanceof Boolean b) || b,
        pooler != null && pooler.getValue() instanceof Boolean b && b);
  }

  private static String string(AnnotationValue value, String fallback) {
    return value != null && value.getValue() instanceof String s ? s : fallback;
  }

  private static String nonEmpty(String value) {
    return value.isEmpty() ? null : value;
  }
}
