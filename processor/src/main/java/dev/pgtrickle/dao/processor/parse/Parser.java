package dev.pgtrickle.dao.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.MaxStaleness;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.StoredName;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.util.Elements;

/**
 * Reads an annotated type into a {@link StreamTable}: annotation values through their mirrors
 * (never by loading the annotation classes), names as stored, and component types sorted by {@link
 * TypeClassifier}. Parsing judges nothing; {@code validate.Validator} does.
 */
public final class Parser {
  public static final String STREAM_TABLE_VIEW = "dev.pgtrickle.dao.annotations.StreamTableView";
  public static final String COLUMN = "dev.pgtrickle.dao.annotations.ColumnName";
  public static final String ROW_ID = "dev.pgtrickle.dao.annotations.RowId";
  static final String ROW_ID_COLUMN = "__pgt_row_id";
  static final String DEFAULT_SCHEMA = "public";

  private final Elements elements;
  private final TypeClassifier classifier = new TypeClassifier();

  /** This round's models, so that a record is parsed once however many steps ask. */
  private final Map<TypeElement, StreamTable> parsed = new HashMap<>();

  public Parser(Elements elements) {
    this.elements = elements;
  }

  /** Forgets the models of the last round: a type unresolved then may resolve now. */
  public void newRound() {
    parsed.clear();
  }

  /** The model of {@code type}, parsed the first time it is asked for in this round. */
  public StreamTable parse(TypeElement type) {
    return parsed.computeIfAbsent(type, this::read);
  }

  private StreamTable read(TypeElement type) {
    Position position = Position.of(type);
    AnnotationMirror view = annotation(type, STREAM_TABLE_VIEW);
    Position annotation = view == null ? position : Position.of(type, view);
    List<? extends TypeParameterElement> typeParameters = type.getTypeParameters();
    List<String> typeParameterNames = new ArrayList<>();
    for (TypeParameterElement parameter : typeParameters) {
      typeParameterNames.add(parameter.getSimpleName().toString());
    }
    Position typeParameterPosition =
        typeParameters.isEmpty() ? position : Position.of(typeParameters.get(0));
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      components.add(component(component));
    }
    return new StreamTable(
        position,
        annotation,
        keyword(type.getKind()),
        className(type),
        typeParameterNames,
        typeParameterPosition,
        Accessibility.of(type),
        schema(view, annotation),
        table(type, view, annotation),
        components,
        MaxStaleness.parse(view == null ? null : explicitValue(view, "maxStaleness"), annotation));
  }

  private StoredName table(TypeElement type, AnnotationMirror view, Position annotation) {
    AnnotationValue written = view == null ? null : explicitValue(view, "name");
    // An explicit empty name is reported as empty by the validator, never taken as the default.
    if (written != null && written.getValue() instanceof String name) {
      return new StoredName(
          name,
          StoredName.Origin.EXPLICIT,
          "@StreamTableView(name = " + Names.literal(name) + ")",
          annotation.at(written));
    }
    String derived = Names.snakeCase(type.getSimpleName().toString());
    return new StoredName(
        derived,
        StoredName.Origin.DERIVED,
        "record " + type.getSimpleName() + " (table name " + Names.literal(derived) + ")",
        annotation);
  }

  private StoredName schema(AnnotationMirror view, Position annotation) {
    AnnotationValue written = view == null ? null : explicitValue(view, "schema");
    if (written != null && written.getValue() instanceof String schema) {
      return new StoredName(
          schema,
          StoredName.Origin.EXPLICIT,
          "@StreamTableView(schema = " + Names.literal(schema) + ")",
          annotation.at(written));
    }
    String schema = view == null ? DEFAULT_SCHEMA : defaultString(view, "schema", DEFAULT_SCHEMA);
    return new StoredName(schema, StoredName.Origin.DERIVED, "schema " + schema, annotation);
  }

  private Component component(RecordComponentElement element) {
    String name = element.getSimpleName().toString();
    Position position = Position.of(element);
    TypeInfo type = classifier.classify(element.asType());
    AnnotationMirror rowId = annotation(element, ROW_ID);
    AnnotationMirror column = annotation(element, COLUMN);
    Position rowIdPosition = rowId == null ? null : Position.of(element, rowId);
    Position columnPosition = column == null ? null : Position.of(element, column);
    AnnotationValue value = column == null ? null : explicitValue(column, "value");
    StoredName stored;
    if (rowId != null) {
      stored =
          new StoredName(
              ROW_ID_COLUMN, StoredName.Origin.ROW_ID, "@RowId on " + name, rowIdPosition);
    } else if (value != null && value.getValue() instanceof String columnName) {
      stored =
          new StoredName(
              columnName,
              StoredName.Origin.EXPLICIT,
              "@ColumnName(" + Names.literal(columnName) + ") on " + name,
              columnPosition.at(value));
    } else {
      String derived = Names.snakeCase(name);
      stored =
          new StoredName(
              derived,
              StoredName.Origin.DERIVED,
              "component " + name + " (column " + Names.literal(derived) + ")",
              position);
    }
    return new Component(
        position,
        name,
        type,
        rowIdPosition,
        columnPosition,
        value != null && value.getValue() instanceof String written ? written : null,
        stored,
        Names.constantName(name));
  }

  /** How a type's kind is written in source, for diagnostics. */
  public static String keyword(ElementKind kind) {
    switch (kind) {
      case RECORD:
        return "record";
      case ENUM:
        return "enum";
      case INTERFACE:
        return "interface";
      case ANNOTATION_TYPE:
        return "@interface";
      default:
        return "class";
    }
  }

  /**
   * The type's name as generated code sees it. Unlike {@code ClassName.get(TypeElement)} this also
   * accepts local types, which are reported rather than generated.
   */
  public ClassName className(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    for (Element e = type;
        e != null && (e.getKind().isClass() || e.getKind().isInterface());
        e = e.getEnclosingElement()) {
      simpleNames.add(0, e.getSimpleName().toString());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    return ClassName.get(
        packageName,
        simpleNames.get(0),
        simpleNames.subList(1, simpleNames.size()).toArray(new String[0]));
  }

  static AnnotationMirror annotation(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value of {@code name} if the user wrote it; null if it is defaulted. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private String defaultString(AnnotationMirror mirror, String name, String fallback) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof String value) {
        return value;
      }
    }
    return fallback;
  }
}
