package dev.pgtrickle.dao.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Where a diagnostic points: an element, optionally narrowed to one of its annotations and to one
 * value of that annotation. Parsing records the most precise position of everything it reads, so
 * validation can report "on the annotation value, else the annotation, else the component, else the
 * type" without going back to the elements.
 *
 * @param element the element; null only for diagnostics about the processor's options
 * @param annotation an annotation on {@code element}, or null
 * @param value a value of {@code annotation}, or null
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /**
   * Whether javac can place a diagnostic on a record component. Before JDK 20 (JDK-8295184) a
   * message on a {@code RecordComponentElement} is printed without file and line; the component's
   * private field, which javac declares at the component's name, is the best stand-in there.
   */
  private static final boolean COMPONENT_POSITIONS = Runtime.version().feature() >= 20;

  /** No position: a diagnostic about the compilation as a whole. */
  public static final Position NONE = new Position(null, null, null);

  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  /** This position narrowed to {@code value}, or unchanged if the value was not written. */
  public Position at(AnnotationValue value) {
    return value == null ? this : new Position(element, annotation, value);
  }

  void print(Messager messager, Diagnostic.Kind kind, String text) {
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (element.getKind() == ElementKind.RECORD_COMPONENT && !COMPONENT_POSITIONS) {
      messager.printMessage(kind, text, componentField(element));
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }

  private static Element componentField(Element component) {
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(component.getSimpleName())) {
        return member;
      }
    }
    return component;
  }
}
