package dev.pgtrickle.dao.processor.diagnostics;

import java.util.Locale;

/**
 * The catalogue of every diagnostic the processor reports. Each constant has a stable tag that
 * users can search for (the README's troubleshooting section has one entry per tag) and a message
 * template of the form {@code <what the user wrote>: <what is wrong>. <how to fix>}; arguments are
 * filled in with {@link String#format}, so templates use {@code %s} only.
 */
public enum Message {
  NOT_A_RECORD(
      "StreamTableNotARecord",
      "%s %s: @StreamTableView describes one row of a stream table and applies only to records."
          + " Declare a record with one component per column, for example record %s(String region,"
          + " long total)"),

  GENERIC_RECORD(
      "StreamTableGenericRecord",
      "record %s<%s>: a stream-table record cannot have type parameters, because every column"
          + " needs one concrete Java type. Remove the type parameters and give each component a"
          + " concrete type"),

  NOT_ACCESSIBLE(
      "StreamTableNotAccessible",
      "%s: %s, so the generated %s in the same package cannot use it. %s"),

  NO_COMPONENTS(
      "StreamTableNoComponents",
      "record %s(): a stream-table record needs at least one component to read a column into."
          + " Add one component per column to read"),

  UNSUPPORTED_TYPE(
      "StreamTableUnsupportedType", "%s %s: %s is not a supported column type%s. Use one of: %s"),

  UNRESOLVED_TYPE(
      "StreamTableUnresolvedType",
      "%s %s: type %s cannot be found, so %s was not generated. Fix the type, or the processor"
          + " that should generate it"),

  INVALID_NAME("StreamTableInvalidName", "%s: %s. %s"),

  RESERVED_COLUMN(
      "StreamTableReservedColumn",
      "%s: column %s starts with __pgt_, which pg_trickle reserves for its bookkeeping columns."
          + " Map __pgt_row_id with @RowId on a RowIdentity component, and read other columns by their"
          + " own names"),

  DUPLICATE_COLUMN(
      "StreamTableDuplicateColumn",
      "%s: component %s already maps column %s. Map each column once: rename one of the"
          + " components or give it another @ColumnName"),

  ROW_ID_TYPE(
      "StreamTableRowIdType",
      "%s %s: %s. Declare a @RowId component as dev.pgtrickle.dao.runtime.RowIdentity"),

  DUPLICATE_ROW_ID(
      "StreamTableDuplicateRowId",
      "@RowId on %s: component %s already maps __pgt_row_id. Keep a single @RowId"),

  ROW_ID_WITH_COLUMN(
      "StreamTableRowIdWithColumn",
      "@RowId @ColumnName(%s) on %s: @RowId always reads __pgt_row_id, so @ColumnName has no meaning"
          + " here. Remove @ColumnName, or remove @RowId to read an ordinary column"),

  NAME_CLASH(
      "StreamTableNameClash",
      "%s %s: %s. Rename one of the components, and keep its column's name with @ColumnName"),

  READ_ONLY(
      "StreamTableReadOnly",
      "%s: %sstream table %s is read-only; write to its source tables instead"),

  NOT_A_REPOSITORY("StreamTableNotARepository", "%s: %s. %s"),

  INVALID_FINDER(
      "StreamTableInvalidFinder",
      "%s: %s. Name a derived finder find|stream|count|exists[First|Top<N>]By<Component>[<Operator>]"
          + "[And|Or <more>][OrderBy<Component>Asc|Desc], or annotate the method with @Query"),

  UNKNOWN_COMPONENT(
      "StreamTableUnknownComponent", "%s: %s is not a component of record %s%s Use one of: %s"),

  FINDER_PARAMETERS(
      "StreamTableFinderParameters",
      "%s: the name asks for %s but the method declares %s. Declare one parameter per value, in"
          + " the order the name mentions them"),

  PARAMETER_TYPE(
      "StreamTableParameterType", "%s: parameter %s is %s but %s. Declare the parameter as %s"),

  INVALID_QUERY(
      "StreamTableInvalidQuery",
      "%s: %s. Write one SELECT statement, with named parameters such as :region"),

  QUERY_PARAMETER("StreamTableQueryParameter", "%s: %s. %s"),

  RETURN_TYPE("StreamTableReturnType", "%s: %s cannot return %s. Return %s"),

  QUERY_COLUMNS("StreamTableQueryColumns", "%s: %s. %s"),

  REPOSITORY_CONNECTION(
      "StreamTableRepositoryConnection",
      "%s: parameter %s is a Connection, and repository methods take none. Remove it, declare"
          + " %s on(Connection connection) in the repository, and read on the caller's connection"
          + " with repository.on(connection).%s"),

  INVALID_OPTION("StreamTableInvalidOption", "-A%s=%s: %s. %s"),

  INJECTION_UNAVAILABLE(
      "StreamTableInjectionUnavailable",
      "-A%s=%s: %s is not on the compile classpath. Add %s to it, or set the option to auto (use"
          + " what is there) or none (no @Inject)"),

  INVALID_MAX_STALENESS(
      "StreamTableInvalidMaxStaleness",
      "@StreamTableView(maxStaleness = %s): %s. Write a duration in pg_trickle's schedule grammar:"
          + " whole seconds (\"30\") or numbers with the units s, m, h, d and w (\"30s\", \"5m\","
          + " \"1h30m\"), or leave it out for no budget"),

  CANNOT_WRITE(
      "StreamTableCannotWrite",
      "record %s: cannot write %s (%s). Remove or rename the type that already has that name, or"
          + " rename the record"),

  NAME_TOO_LONG(
      "StreamTableNameTooLong",
      "record %s: the generated %s would need a file name of %s bytes, more than the %s bytes file"
          + " systems allow. Shorten the record's name, or its enclosing types' names"),

  ENTRY_POINT_TAKEN(
      "StreamTableEntryPointTaken",
      "%s: pgtrickle-dao generates %s, the entry point to every DAO of the package, and cannot"
          + " write it (%s). Rename your type, or move it to another package"),

  DEFINITION_WITHOUT_VIEW(
      "StreamTableDefinitionWithoutView",
      "@StreamTableDefinition on %s: a definition belongs on the record that reads the stream"
          + " table, and %s has no @StreamTableView to name it. Add @StreamTableView to the"
          + " record"),

  DEFINITION_QUERY(
      "StreamTableDefinitionQuery",
      "@StreamTableDefinition(query) on %s: %s. Write the defining query as one SELECT"
          + " statement without parameters"),

  DEFINITION_COLUMNS(
      "StreamTableDefinitionColumns",
      "@StreamTableDefinition(query) on %s: %s. Give each output column the name of a"
          + " record column (an alias such as COUNT(*) AS order_count), one per component"),

  INVALID_SCHEDULE(
      "StreamTableInvalidSchedule",
      "@StreamTableDefinition(schedule = %s) on %s: %s. Write a duration (\"30\", \"5s\","
          + " \"1h30m\"), a cron expression (\"@hourly\", \"*/5 * * * *\") or \"calculated\","
          + " or leave it out"),

  INVALID_TARGET_FRESHNESS(
      "StreamTableInvalidTargetFreshness",
      "@StreamTableDefinition(targetFreshness = %s) on %s: %s. %s"),

  CONFLICTING_OPTIONS("StreamTableConflictingOptions", "@StreamTableDefinition on %s: %s. %s"),

  DUPLICATE_DEFINITION(
      "StreamTableDuplicateDefinition",
      "@StreamTableDefinition on %s: record %s already defines stream table %s. Define each"
          + " stream table once, on one record"),

  DEFINITION_CYCLE(
      "StreamTableDefinitionCycle",
      "@StreamTableDefinition(query) on %s: %s. A stream table cannot be defined over"
          + " itself, directly or through other stream tables: break the cycle"),

  SCHEMA_NO_TABLE("StreamTableSchemaNoTable", "%s. Checked against the %s"),

  SCHEMA_NO_COLUMN("StreamTableSchemaNoColumn", "%s. Checked against the %s"),

  SCHEMA_WRONG_TYPE("StreamTableSchemaWrongType", "%s. Checked against the %s"),

  SCHEMA_LOSSY("StreamTableSchemaLossy", "%s. Checked against the %s"),

  SCHEMA_SOURCE("StreamTableSchemaSource", "-A%s=%s: %s"),

  INTERNAL_ERROR(
      "StreamTableInternalError",
      "%s: internal error, please report it with this message: the processor failed with %s"
          + " instead of generating %s.\n%s");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, without brackets, e.g. {@code StreamTableUnsupportedType}. */
  public String tag() {
    return tag;
  }

  /** The message text: the bracketed tag, then the template filled with {@code arguments}. */
  public String format(Object... arguments) {
    String text = String.format(Locale.ROOT, template, arguments);
    return "[" + tag + "] " + text + (text.endsWith(".") || this == INTERNAL_ERROR ? "" : ".");
  }
}
