package dev.pgtrickle.dao.processor;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import dev.pgtrickle.dao.processor.model.ValueType;
import dev.pgtrickle.dao.processor.schema.SchemaCheck;
import dev.pgtrickle.dao.schema.CompatibilityRules;
import dev.pgtrickle.dao.schema.ComponentSchema;
import dev.pgtrickle.dao.schema.RecordSchema;
import dev.pgtrickle.dao.schema.SchemaComparison;
import dev.pgtrickle.dao.schema.SchemaDifference;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The hook between the DAO processor's model and the schema checks of {@code
 * dev.pgtrickle.dao.processor.schema}: after a DAO is written, writes its record schema (the
 * resource the start-up {@code SchemaVerifier} reads) and checks the record against the snapshot or
 * the live server, reporting differences as errors on the component.
 */
final class SchemaChecks {
  static final String LOSSY = "dev.pgtrickle.dao.annotations.Lossy";

  private final SchemaCheck check;
  private final Filer filer;
  private final Messager messager;
  private boolean problemReported;

  SchemaChecks(ProcessingEnvironment environment) {
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    this.check = new SchemaCheck(environment.getOptions(), filer, System::getenv);
  }

  /** Writes {@code table}'s record schema and checks it; prints every problem found. */
  void check(TypeElement type, StreamTable table) {
    RecordSchema record = recordSchema(table);
    writeRecordSchema(type, record);
    Report report = new Report();
    check
        .problem()
        .ifPresent(
            problem -> {
              if (!problemReported) {
                problemReported = true;
                report.error(
                    Message.SCHEMA_SOURCE,
                    Position.NONE,
                    problem.option(),
                    problem.value(),
                    problem.text());
              }
            });
    SchemaComparison comparison = check.check(record);
    for (SchemaDifference difference : comparison.differences()) {
      Component component = component(table, difference.component());
      Position position = component == null ? table.annotation() : component.position();
      report.error(message(difference.kind()), position, difference.message(), check.describe());
    }
    report.printTo(messager);
    for (String note : comparison.notes()) {
      messager.printMessage(Diagnostic.Kind.NOTE, note + " (" + check.describe() + ")", type);
    }
  }

  private static Message message(SchemaDifference.Kind kind) {
    return switch (kind) {
      case NO_SUCH_TABLE, NOT_A_STREAM_TABLE -> Message.SCHEMA_NO_TABLE;
      case NO_SUCH_COLUMN -> Message.SCHEMA_NO_COLUMN;
      case WRONG_TYPE -> Message.SCHEMA_WRONG_TYPE;
      case LOSSY_TYPE -> Message.SCHEMA_LOSSY;
    };
  }

  private static Component component(StreamTable table, String name) {
    if (name == null) {
      return null;
    }
    for (Component component : table.components()) {
      if (component.name().equals(name)) {
        return component;
      }
    }
    return null;
  }

  static RecordSchema recordSchema(StreamTable table) {
    List<ComponentSchema> components = new ArrayList<>();
    for (Component component : table.components()) {
      components.add(
          new ComponentSchema(
              component.name(),
              component.column().value(),
              javaType(component.type()),
              hasLossy(component.position().element()),
              component.isRowId()));
    }
    return new RecordSchema(
        table.recordName().reflectionName(),
        table.daoName().reflectionName(),
        table.schema().value(),
        table.table().value(),
        components);
  }

  /** The type as the compatibility rules name it. */
  static String javaType(TypeInfo type) {
    if (type.valueType() == ValueType.ENUM) {
      return CompatibilityRules.ENUM;
    }
    // Type annotations (@Nullable Long) are not part of the type the rules know.
    return type.qualified().replaceAll("@[\\w.$]+(\\([^)]*\\))?\\s*", "").strip();
  }

  private static boolean hasLossy(Element element) {
    if (element == null) {
      return false;
    }
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(LOSSY)) {
        return true;
      }
    }
    return false;
  }

  private void writeRecordSchema(TypeElement type, RecordSchema record) {
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", RecordSchema.resourceName(record.daoName()), type);
      try (Writer out = resource.openWriter()) {
        out.write(record.write());
      }
    } catch (IOException e) {
      Report report = new Report();
      report.error(
          Message.CANNOT_WRITE,
          Position.of(type),
          type.getSimpleName().toString(),
          RecordSchema.resourceName(record.daoName()),
          e.getMessage());
      report.printTo(messager);
    }
  }
}
