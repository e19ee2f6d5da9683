package dev.pgtrickle.dao.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One way a record and its stream table disagree.
 *
 * @param kind what kind of difference it is
 * @param streamTable the stream table, as {@code schema.name}
 * @param recordName the record's binary name
 * @param component the record component, or null when the difference is about the whole table
 * @param column the column, as stored, or null when the difference is about the whole table
 * @param expected what the record expects: the column types the component reads, or null
 * @param actual what the database has: the column's type, or null
 * @param message the full explanation, with how to fix it
 */
public record SchemaDifference(
    Kind kind,
    String streamTable,
    String recordName,
    String component,
    String column,
    String expected,
    String actual,
    String message) {

  /** The kinds of difference. */
  public enum Kind {
    /** No table or view of that name exists. */
    NO_SUCH_TABLE,
    /** The relation exists but is not a pg_trickle stream table. */
    NOT_A_STREAM_TABLE,
    /** The stream table has no column of the component's name. */
    NO_SUCH_COLUMN,
    /** The column's type never reads into the component's type. */
    WRONG_TYPE,
    /** The column's type reads lossily, and the component does not carry {@code @Lossy}. */
    LOSSY_TYPE
  }

  public SchemaDifference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(streamTable, "streamTable");
    Objects.requireNonNull(recordName, "recordName");
    Objects.requireNonNull(message, "message");
  }

  /** The component, when the difference is about one. */
  public Optional<String> componentName() {
    return Optional.ofNullable(component);
  }

  @Override
  public String toString() {
    return message;
  }
}
