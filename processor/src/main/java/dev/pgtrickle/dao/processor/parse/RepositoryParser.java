package dev.pgtrickle.dao.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.model.Repository;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import dev.pgtrickle.dao.processor.validate.PageFinders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads an interface annotated {@code @StreamTableRepository} into a {@link Repository}: the record
 * it names (parsed by {@link Parser}), and every abstract method's parameters, return type and
 * {@code @Query} text. It judges only what stops it from reading further.
 */
public final class RepositoryParser {
  public static final String REPOSITORY = "dev.pgtrickle.dao.annotations.StreamTableRepository";
  public static final String QUERY = "dev.pgtrickle.dao.annotations.Query";
  private static final String CONNECTION = "java.sql.Connection";
  private static final Set<String> COLLECTIONS =
      Set.of("java.util.Collection", "java.util.List", "java.util.Set");

  private final Elements elements;
  private final Parser parser;
  private final TypeClassifier classifier = new TypeClassifier();

  public RepositoryParser(Elements elements, Parser parser) {
    this.elements = elements;
    this.parser = parser;
  }

  /** The record the annotation names, or null if it names none (yet). */
  public static TypeElement record(TypeElement type) {
    AnnotationMirror mirror = Parser.annotation(type, REPOSITORY);
    AnnotationValue value = mirror == null ? null : Parser.explicitValue(mirror, "value");
    if (value != null
        && value.getValue() instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement record
        && declared.getKind() != TypeKind.ERROR) {
      return record;
    }
    return null;
  }

  public Repository parse(TypeElement type) {
    Position position = Position.of(type);
    AnnotationMirror mirror = Parser.annotation(type, REPOSITORY);
    AnnotationValue value = mirror == null ? null : Parser.explicitValue(mirror, "value");
    Position annotation = mirror == null ? position : Position.of(type, mirror).at(value);
    ClassName name = parser.className(type);
    String problem = problem(type);
    TypeElement record = record(type);
    if (problem == null && record == null) {
      problem = "the annotation names no record";
    }
    if (problem == null && Parser.annotation(record, Parser.STREAM_TABLE_VIEW) == null) {
      problem = record.getSimpleName() + " is not annotated @StreamTableView";
    }
    if (problem != null) {
      return new Repository(position, annotation, problem, name, null, List.of());
    }
    StreamTable table = parser.parse(record);
    List<Repository.Method> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && method.getEnclosingElement().getKind() == ElementKind.INTERFACE) {
        methods.add(method(type, method));
      }
    }
    return new Repository(position, annotation, null, name, table, methods);
  }

  private static String problem(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      return "@StreamTableRepository applies to interfaces only, and this is a "
          + Parser.keyword(type.getKind());
    }
    if (!type.getTypeParameters().isEmpty()) {
      return "a repository interface cannot have type parameters";
    }
    if (!Accessibility.of(type).isOk()) {
      return "the generated implementation in the same package cannot implement a private or"
          + " local interface";
    }
    return null;
  }

  private Repository.Method method(TypeElement owner, ExecutableElement method) {
    List<Repository.Parameter> parameters = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      parameters.add(
          new Repository.Parameter(
              Position.of(parameter),
              parameter.getSimpleName().toString(),
              TypeName.get(type),
              classifier.classify(type),
              element(type),
              isNamed(type, CONNECTION)));
      written.add(TypeText.of(type, false));
    }
    AnnotationMirror query = Parser.annotation(method, QUERY);
    AnnotationValue text = query == null ? null : Parser.explicitValue(query, "value");
    String sql = text != null && text.getValue() instanceof String string ? string : null;
    String signature =
        String.join(".", parser.className(owner).simpleNames())
            + "."
            + method.getSimpleName()
            + "("
            + String.join(", ", written)
            + ")";
    return new Repository.Method(
        Position.of(method),
        method.getSimpleName().toString(),
        signature,
        parameters,
        returns(method.getReturnType()),
        query == null ? null : sql == null ? "" : sql,
        query == null ? null : Position.of(method, query).at(text));
  }

  private Repository.Returns returns(TypeMirror type) {
    TypeName name = TypeName.get(type);
    String written = TypeText.of(type, false);
    if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      TypeMirror argument = declared.getTypeArguments().get(0);
      boolean isRecord =
          argument instanceof DeclaredType element
              && Parser.annotation(element.asElement(), Parser.STREAM_TABLE_VIEW) != null;
      switch (raw) {
        case "java.util.List":
          return new Repository.Returns(
              isRecord ? Repository.Shape.LIST : Repository.Shape.OTHER, name, null, written);
        case PageFinders.PAGE:
          return new Repository.Returns(
              isRecord ? Repository.Shape.PAGE : Repository.Shape.OTHER, name, null, written);
        case "java.util.stream.Stream":
          return new Repository.Returns(
              isRecord ? Repository.Shape.STREAM : Repository.Shape.OTHER, name, null, written);
        case "java.util.Optional":
          if (isRecord) {
            return new Repository.Returns(Repository.Shape.OPTIONAL, name, null, written);
          }
          TypeInfo scalar = classifier.classify(argument);
          return new Repository.Returns(
              scalar.isSupported() ? Repository.Shape.OPTIONAL_SCALAR : Repository.Shape.OTHER,
              name,
              scalar,
              written);
        default:
          break;
      }
    }
    if (type instanceof DeclaredType declared
        && Parser.annotation(declared.asElement(), Parser.STREAM_TABLE_VIEW) != null) {
      return new Repository.Returns(Repository.Shape.ROW, name, null, written);
    }
    TypeInfo scalar = classifier.classify(type);
    return new Repository.Returns(
        scalar.isSupported() ? Repository.Shape.SCALAR : Repository.Shape.OTHER,
        name,
        scalar,
        written);
  }

  /** The element type of a {@code Collection}, {@code List} or {@code Set}, boxed; else null. */
  private static TypeName element(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1) {
      return null;
    }
    String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (!COLLECTIONS.contains(raw)) {
      return null;
    }
    TypeMirror argument = declared.getTypeArguments().get(0);
    if (argument instanceof WildcardType wildcard) {
      argument = wildcard.getExtendsBound();
    }
    return argument == null ? null : TypeName.get(argument).box();
  }

  private static boolean isNamed(TypeMirror type, String name) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(name);
  }
}
