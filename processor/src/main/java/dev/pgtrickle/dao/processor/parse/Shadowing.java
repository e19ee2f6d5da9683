package dev.pgtrickle.dao.processor.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code java.lang} names a package shadows. Generated code refers to {@code String}, {@code
 * Long}, {@code Override} and the like by their simple names, which a class of the same name in the
 * generated file's package would capture (a package's own types win over the implicit {@code
 * java.lang.*} import). Those names are written fully qualified instead, through JavaPoet's {@code
 * alwaysQualify}.
 */
public final class Shadowing {
  private Shadowing() {}

  /** The simple names of the types in {@code origin}'s package that {@code java.lang} also has. */
  public static String[] javaLangNamesIn(Elements elements, TypeElement origin) {
    return javaLangNamesIn(elements, elements.getPackageOf(origin));
  }

  /**
   * The simple names of the types in {@code pkg} that {@code java.lang} also has. It compares the
   * two packages' members, without looking up a name that does not exist (javac searches every
   * module for it); still, callers that write many files find it once per package and round.
   */
  public static String[] javaLangNamesIn(Elements elements, PackageElement pkg) {
    Set<String> javaLang = new HashSet<>();
    Element javaLangPackage = elements.getTypeElement("java.lang.Object").getEnclosingElement();
    for (Element member : javaLangPackage.getEnclosedElements()) {
      javaLang.add(member.getSimpleName().toString());
    }
    List<String> names = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String name = member.getSimpleName().toString();
      if (member instanceof TypeElement && javaLang.contains(name)) {
        names.add(name);
      }
    }
    return names.toArray(new String[0]);
  }
}
