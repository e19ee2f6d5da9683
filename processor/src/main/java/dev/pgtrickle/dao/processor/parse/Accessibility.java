package dev.pgtrickle.dao.processor.parse;

import dev.pgtrickle.dao.processor.model.Access;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Decides whether generated code in a type's own package can refer to the type. */
final class Accessibility {
  private Accessibility() {}

  /**
   * A type is usable from its package unless it is local (or anonymous, or inside one), private, or
   * nested in a private type.
   */
  static Access of(TypeElement type) {
    Access verdict = Access.OK;
    for (Element e = type; !isPackageOrModule(e); e = e.getEnclosingElement()) {
      if (!(e.getKind().isClass() || e.getKind().isInterface())) {
        return new Access(Access.Kind.LOCAL, "");
      }
      TypeElement enclosing = (TypeElement) e;
      NestingKind nesting = enclosing.getNestingKind();
      if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
        return new Access(Access.Kind.LOCAL, "");
      }
      if (verdict.isOk() && enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        verdict =
            enclosing == type
                ? new Access(Access.Kind.PRIVATE, "")
                : new Access(
                    Access.Kind.IN_PRIVATE_TYPE,
                    Parser.keyword(enclosing.getKind()) + " " + enclosing.getSimpleName());
      }
    }
    return verdict;
  }

  private static boolean isPackageOrModule(Element e) {
    return e == null || e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.MODULE;
  }
}
