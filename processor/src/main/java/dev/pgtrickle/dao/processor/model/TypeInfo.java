package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * What the parser learned about a component's Java type.
 *
 * @param support whether the type can be read, and if not, why
 * @param valueType how the type is read and bound; null unless {@code support} is {@code SUPPORTED}
 * @param typeName the type for generated code, without type annotations; null unless supported
 * @param written the type as a user writes it, with simple names, e.g. {@code List<String>}
 * @param qualified the type with qualified names, e.g. {@code java.util.List<java.lang.String>}
 * @param hint advice for an unsupported type, or empty
 * @param access for an enum, whether generated code can use it
 */
public record TypeInfo(
    Support support,
    ValueType valueType,
    TypeName typeName,
    String written,
    String qualified,
    String hint,
    Access access) {

  public enum Support {
    SUPPORTED,
    UNSUPPORTED,
    /** The type does not exist (yet): it may be generated in a later round. */
    UNRESOLVED,
    /** A type variable of a generic record, reported as such. */
    TYPE_VARIABLE
  }

  public boolean isSupported() {
    return support == Support.SUPPORTED;
  }
}
