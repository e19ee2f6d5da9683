package dev.pgtrickle.dao.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what a record expects with what the database (or a snapshot) has, by the {@link
 * CompatibilityRules}, and produces every difference, not just the first.
 *
 * @param differences every difference, in component order
 * @param notes remarks that are not errors: primitive components over nullable columns
 */
public record SchemaComparison(List<SchemaDifference> differences, List<String> notes) {
  public SchemaComparison {
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
  }

  /** Whether the record and the table agree. */
  public boolean matches() {
    return differences.isEmpty();
  }

  /**
   * Compares {@code record} with {@code table}.
   *
   * @param record what the record expects
   * @param table the stream table of the record's name, or empty when there is none
   * @param otherRelation when {@code table} is empty: whether a relation of that name exists that
   *     is not a stream table (a plain table or view)
   */
  public static SchemaComparison compare(
      RecordSchema record, Optional<StreamTableSchema> table, boolean otherRelation) {
    List<SchemaDifference> differences = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String where = record.qualifiedName();
    if (table.isEmpty()) {
      SchemaDifference.Kind kind =
          otherRelation
              ? SchemaDifference.Kind.NOT_A_STREAM_TABLE
              : SchemaDifference.Kind.NO_SUCH_TABLE;
      String message =
          "record "
              + record.recordSimpleName()
              + " reads stream table "
              + where
              + ", but "
              + (otherRelation
                  ? where
                      + " is not a pg_trickle stream table (it has no __pgt_row_id column and no"
                      + " catalog entry). Point @StreamTableView at the stream table, or create it"
                      + " with pgtrickle.create_stream_table"
                  : "no such table exists. Check @StreamTableView's schema and name (names are"
                      + " matched exactly, case included), or create the stream table");
      differences.add(
          new SchemaDifference(kind, where, record.recordName(), null, null, null, null, message));
      return new SchemaComparison(differences, notes);
    }
    StreamTableSchema actual = table.get();
    for (ComponentSchema component : record.components()) {
      if (component.rowId()) {
        continue;
      }
      String label = record.recordSimpleName() + "." + component.component();
      Optional<ColumnSchema> column = actual.column(component.column());
      if (column.isEmpty()) {
        differences.add(
            new SchemaDifference(
                SchemaDifference.Kind.NO_SUCH_COLUMN,
                where,
                record.recordName(),
                component.component(),
                component.column(),
                CompatibilityRules.exactly(component.javaType()),
                null,
                "component "
                    + label
                    + " reads column \""
                    + component.column()
                    + "\", but stream table "
                    + where
                    + " has no such column; its user columns are "
                    + columnList(actual)
                    + ". Rename the component or give it @ColumnName/@Column with the column's"
                    + " name"));
        continue;
      }
      ColumnType type = column.get().type();
      if (!CompatibilityRules.supports(component.javaType())) {
        differences.add(
            new SchemaDifference(
                SchemaDifference.Kind.WRONG_TYPE,
                where,
                record.recordName(),
                component.component(),
                component.column(),
                "a supported component type",
                type.name(),
                "component "
                    + label
                    + " has type "
                    + component.javaType()
                    + ", which the compatibility rules do not know. Use one of "
                    + CompatibilityRules.javaTypes()));
        continue;
      }
      Fit fit = CompatibilityRules.fit(component.javaType(), type);
      String expected = CompatibilityRules.exactly(component.javaType());
      String javaType = CompatibilityRules.simple(component.javaType());
      if (fit == Fit.NEVER) {
        differences.add(
            new SchemaDifference(
                SchemaDifference.Kind.WRONG_TYPE,
                where,
                record.recordName(),
                component.component(),
                component.column(),
                expected,
                type.name(),
                "component "
                    + label
                    + " is "
                    + javaType
                    + ", which reads "
                    + expected
                    + ", but column \""
                    + component.column()
                    + "\" of stream table "
                    + where
                    + " is "
                    + type.name()
                    + ". Declare it as "
                    + CompatibilityRules.simple(CompatibilityRules.javaTypeFor(type))
                    + ", or cast the column in the defining query"));
      } else if (fit == Fit.LOSSY && !component.lossy()) {
        differences.add(
            new SchemaDifference(
                SchemaDifference.Kind.LOSSY_TYPE,
                where,
                record.recordName(),
                component.component(),
                component.column(),
                expected,
                type.name(),
                "component "
                    + label
                    + " is "
                    + javaType
                    + ", which reads "
                    + expected
                    + " exactly, but column \""
                    + component.column()
                    + "\" of stream table "
                    + where
                    + " is "
                    + type.name()
                    + ", which it reads only lossily. Declare it as "
                    + CompatibilityRules.simple(CompatibilityRules.javaTypeFor(type))
                    + ", or accept the loss with @Lossy on the component"));
      }
      if (CompatibilityRules.isPrimitive(component.javaType())) {
        notes.add(CompatibilityRules.nullableNote(label, component.javaType(), component.column()));
      }
    }
    return new SchemaComparison(differences, notes);
  }

  private static String columnList(StreamTableSchema table) {
    if (table.columns().isEmpty()) {
      return "(none)";
    }
    List<String> names = new ArrayList<>();
    for (ColumnSchema column : table.columns()) {
      names.add(column.name() + " " + column.type().name());
    }
    return String.join(", ", names);
  }
}
