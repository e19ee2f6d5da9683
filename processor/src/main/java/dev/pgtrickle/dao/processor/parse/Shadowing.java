package dev.pgtrickle.dao.processor.parse;

import java.util.ArrayList;
import java.util.List;
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
    PackageElement pkg = elements.getPackageOf(origin);
    List<String> names = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String name = member.getSimpleName().toString();
      if (member instanceof TypeElement && elements.getTypeElement("java.lang." + name) != null) {
        names.add(name);
      }
    }
    return names.toArray(new String[0]);
  }
}
