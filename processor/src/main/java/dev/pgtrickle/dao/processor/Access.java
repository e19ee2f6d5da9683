package dev.pgtrickle.dao.processor;

/**
 * Whether generated code in the type's package can refer to a type, and if not, why.
 *
 * @param kind the verdict
 * @param blocker for {@link Kind#IN_PRIVATE_TYPE}, the private enclosing type as written, e.g.
 *     {@code class Outer}; otherwise empty
 */
record Access(Kind kind, String blocker) {
  static final Access OK = new Access(Kind.OK, "");

  enum Kind {
    OK,
    PRIVATE,
    LOCAL,
    IN_PRIVATE_TYPE
  }

  boolean isOk() {
    return kind == Kind.OK;
  }
}
