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

  /**
   * Why a {@link Kind#LOCAL} type is out of reach, for the {@code NOT_ACCESSIBLE} diagnostic (the
   * parser reports it for local records, the validator for local enclosing types).
   */
  public static final String LOCAL_REASON =
      "it is local, declared inside a method, initializer or lambda";

  /** What to do about a {@link Kind#LOCAL} type. */
  public static final String LOCAL_FIX = "Move it out, to the top level or into a class";

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
