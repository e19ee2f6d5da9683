package dev.pgtrickle.dao.processor.model;

/**
 * Whether generated code in the type's package can refer to a type, and if not, why.
 *
 * @param kind the verdict
 * @param blocker for {@link Kind#IN_PRIVATE_TYPE}, the private enclosing type as written, e.g.
 *     {@code class Outer}; otherwise empty
 */
public record Access(Kind kind, String blocker) {
  public static final Access OK = new Access(Kind.OK, "");

  public enum Kind {
    OK,
    PRIVATE,
    LOCAL,
    IN_PRIVATE_TYPE
  }

  public boolean isOk() {
    return kind == Kind.OK;
  }
}
