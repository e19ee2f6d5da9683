package dev.pgtrickle.dao.schema;

import java.util.List;

/**
 * Records and their stream tables disagree: thrown by the {@link SchemaVerifier} with
 * <em>every</em> difference it found, each naming the stream table, the column, the record
 * component, the expected and the actual type.
 */
public class SchemaMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialized with the exception's state beyond the message. */
  private final transient List<SchemaDifference> differences;

  /**
   * Creates the exception.
   *
   * @param differences every difference found; not empty
   */
  public SchemaMismatchException(List<SchemaDifference> differences) {
    super(message(differences));
    this.differences = List.copyOf(differences);
  }

  /** Every difference found, in DAO and component order. */
  public List<SchemaDifference> differences() {
    return differences;
  }

  private static String message(List<SchemaDifference> differences) {
    if (differences.isEmpty()) {
      throw new IllegalArgumentException("a schema mismatch needs at least one difference");
    }
    StringBuilder out = new StringBuilder();
    out.append(differences.size())
        .append(differences.size() == 1 ? " difference" : " differences")
        .append(" between records and their stream tables:");
    for (SchemaDifference difference : differences) {
      out.append("\n  - ").append(difference.message());
    }
    return out.toString();
  }
}
