package dev.pgtrickle.dao.processor.parse;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Renders types for diagnostics, without the type annotations that {@link TypeMirror#toString()}
 * includes: {@code List<String>} or {@code java.util.List<java.lang.String>}.
 */
final class TypeText {
  private TypeText() {}

  static String of(TypeMirror type, boolean qualified) {
    switch (type.getKind()) {
      case ARRAY:
        return of(((ArrayType) type).getComponentType(), qualified) + "[]";
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = qualified ? element.getQualifiedName().toString() : nestedName(element);
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (arguments.isEmpty()) {
          return name;
        }
        return arguments.stream()
            .map(argument -> of(argument, qualified))
            .collect(Collectors.joining(", ", name + "<", ">"));
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + of(wildcard.getExtendsBound(), qualified);
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + of(wildcard.getSuperBound(), qualified);
        }
        return "?";
      default:
        // Primitives, type variables and error types print as written, without annotations.
        return type.getKind().isPrimitive()
            ? type.getKind().name().toLowerCase(Locale.ROOT)
            : stripAnnotations(type.toString());
    }
  }

  /** Whether {@code type} or any type it is built from does not exist. */
  static boolean isUnresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return isUnresolved(((ArrayType) type).getComponentType());
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeText::isUnresolved);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && isUnresolved(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && isUnresolved(wildcard.getSuperBound()));
      default:
        return false;
    }
  }

  /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
  private static String nestedName(TypeElement element) {
    StringBuilder name = new StringBuilder(element.getSimpleName());
    for (Element e = element.getEnclosingElement();
        e != null && (e.getKind().isClass() || e.getKind().isInterface());
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + ".");
    }
    return name.toString();
  }

  private static String stripAnnotations(String text) {
    int space = text.lastIndexOf(' ');
    return text.startsWith("@") && space > 0 ? text.substring(space + 1) : text;
  }
}
