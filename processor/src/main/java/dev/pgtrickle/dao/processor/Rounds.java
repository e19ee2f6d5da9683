package dev.pgtrickle.dao.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** What both processors do at the start of a round. */
final class Rounds {
  private Rounds() {}

  /**
   * The types to process this round: those deferred from the last round (then forgotten: {@code
   * deferred} is cleared), then those annotated with {@code annotation} (a qualified name) in this
   * round.
   */
  static List<TypeElement> typesToProcess(
      Set<String> deferred, Elements elements, RoundEnvironment round, String annotation) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    TypeElement annotationType = elements.getTypeElement(annotation);
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
