package dev.pgtrickle.dao.processor.validate;

import static dev.pgtrickle.dao.processor.model.Access.LOCAL_FIX;
import static dev.pgtrickle.dao.processor.model.Access.LOCAL_REASON;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Access;
import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.MaxStaleness;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.StoredName;
import dev.pgtrickle.dao.processor.model.StreamTable;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import dev.pgtrickle.dao.processor.model.ValueType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link StreamTable} against every rule of {@code @StreamTableView}, {@code @ColumnName}
 * and {@code @RowId}, and reports every problem it finds, not only the first, each on the most
 * precise position it has.
 */
public final class Validator {
  /** The name of the generated stream-table constant, which no column constant may take. */
  public static final String STREAM_TABLE = "STREAM_TABLE";

  private static final String RESERVED_PREFIX = "__pgt_";

  /** The longest file name most file systems take, in bytes. */
  static final int MAX_FILE_NAME_BYTES = 255;

  public Report validate(StreamTable table) {
    Report report = new Report();
    if (!table.isRecord()) {
      String name = table.recordName().simpleName();
      report.error(Message.NOT_A_RECORD, table.position(), table.keyword(), name, name);
      return report;
    }
    if (!table.typeParameters().isEmpty()) {
      report.error(
          Message.GENERIC_RECORD,
          table.typeParameterPosition(),
          table.recordName().simpleName(),
          String.join(", ", table.typeParameters()));
    }
    checkAccess(table, report);
    checkDaoFileName(table, report);
    if (table.components().isEmpty()) {
      report.error(Message.NO_COMPONENTS, table.position(), table.displayName());
    }
    checkName(table.schema(), true, "", report);
    checkName(table.table(), false, "@StreamTableView(name = \"...\")", report);
    for (Component component : table.components()) {
      checkType(table, component, report);
      checkColumn(component, report);
    }
    checkRowIds(table.components(), report);
    checkDuplicateColumns(table.components(), report);
    checkNameClashes(table.components(), report);
    MaxStaleness.check(table.maxStaleness(), report);
    return report;
  }

  /**
   * A DAO whose source file name is too long cannot be written (and javac's class file neither).
   */
  private static void checkDaoFileName(StreamTable table, Report report) {
    String file = table.daoName().simpleName() + ".java";
    int bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > MAX_FILE_NAME_BYTES) {
      report.error(
          Message.NAME_TOO_LONG,
          table.position(),
          table.displayName(),
          table.daoName().simpleName(),
          bytes,
          MAX_FILE_NAME_BYTES);
    }
  }

  private static void checkAccess(StreamTable table, Report report) {
    String dao = table.daoName().simpleName();
    String subject = "record " + table.displayName();
    Access access = table.access();
    switch (access.kind()) {
      case PRIVATE:
        report.error(
            Message.NOT_ACCESSIBLE,
            table.position(),
            subject,
            "it is private",
            dao,
            "Make it package-private or public");
        break;
      case LOCAL:
        report.error(
            Message.NOT_ACCESSIBLE, table.position(), subject, LOCAL_REASON, dao, LOCAL_FIX);
        break;
      case IN_PRIVATE_TYPE:
        report.error(
            Message.NOT_ACCESSIBLE,
            table.position(),
            subject,
            "it is nested in private " + access.blocker(),
            dao,
            "Make " + access.blocker() + " package-private or public");
        break;
      default:
        break;
    }
  }

  /**
   * Reports what is wrong with a stored name. A derived name can only be too long (Java names are
   * never empty and have no control characters or dots); {@code explicitForm} says how to give it.
   */
  private static void checkName(
      StoredName name, boolean schema, String explicitForm, Report report) {
    List<String> problems = NameRules.problems(name.value(), schema);
    if (problems.isEmpty()) {
      return;
    }
    String fix =
        name.origin() == StoredName.Origin.EXPLICIT
            ? "Write the name exactly as stored: not empty, at most 63 bytes in UTF-8, no control"
                + " characters"
                + (schema ? ", no dots" : "")
            : "Give a shorter name with " + explicitForm;
    report.error(
        Message.INVALID_NAME, name.position(), name.written(), String.join("; ", problems), fix);
  }

  private static void checkType(StreamTable table, Component component, Report report) {
    TypeInfo type = component.type();
    boolean rowIdType = type.isSupported() && type.valueType() == ValueType.ROW_ID;
    if (component.isRowId() && !rowIdType && type.support() != TypeInfo.Support.UNRESOLVED) {
      String why =
          type.valueType() == ValueType.LONG || type.valueType() == ValueType.LONG_BOXED
              ? "__pgt_row_id is a bytea since pg_trickle 0.87.16 (row identity V2), no longer a"
                  + " bigint hash"
              : "__pgt_row_id is a bytea";
      report.error(
          Message.ROW_ID_TYPE,
          component.position(),
          "@RowId " + type.written(),
          component.name(),
          why);
      return;
    }
    if (!component.isRowId() && rowIdType) {
      report.error(
          Message.ROW_ID_TYPE,
          component.position(),
          type.written(),
          component.name(),
          "RowIdentity holds pg_trickle's __pgt_row_id, which only a @RowId component reads. Annotate"
              + " the component with @RowId, or read another bytea column into byte[]");
      return;
    }
    switch (type.support()) {
      case UNSUPPORTED:
        String hint = type.hint().isEmpty() ? "" : " (" + type.hint() + ")";
        report.error(
            Message.UNSUPPORTED_TYPE,
            component.position(),
            type.written(),
            component.name(),
            type.qualified(),
            hint,
            ValueType.SUPPORTED);
        break;
      case UNRESOLVED:
        report.error(
            Message.UNRESOLVED_TYPE,
            component.position(),
            type.written(),
            component.name(),
            type.qualified(),
            table.daoName().simpleName());
        break;
      case SUPPORTED:
        checkEnumAccess(table, component, report);
        break;
      default:
        // A type variable: the record is generic, which is reported on its type parameters.
        break;
    }
  }

  private static void checkEnumAccess(StreamTable table, Component component, Report report) {
    Access access = component.type().access();
    if (access.isOk()) {
      return;
    }
    String subject = component.type().written() + " " + component.name();
    String enumName = "enum " + component.type().written();
    String reason;
    String fix;
    if (access.kind() == Access.Kind.IN_PRIVATE_TYPE) {
      reason = enumName + " is nested in private " + access.blocker();
      fix = "Make " + access.blocker() + " package-private or public";
    } else if (access.kind() == Access.Kind.PRIVATE) {
      reason = enumName + " is private";
      fix = "Make it package-private or public";
    } else {
      reason = enumName + " is local, declared inside a method, initializer or lambda";
      fix = LOCAL_FIX;
    }
    report.error(
        Message.NOT_ACCESSIBLE,
        component.position(),
        subject,
        reason,
        table.daoName().simpleName(),
        fix);
  }

  private static void checkColumn(Component component, Report report) {
    StoredName column = component.column();
    if (component.isRowId()) {
      if (component.columnAnnotation() != null) {
        report.error(
            Message.ROW_ID_WITH_COLUMN,
            component.columnAnnotation(),
            columnValue(component),
            component.name());
      }
      return;
    }
    checkName(column, false, "@ColumnName(\"...\")", report);
    if (column.value().startsWith(RESERVED_PREFIX)) {
      report.error(
          Message.RESERVED_COLUMN,
          column.position(),
          column.written(),
          Names.literal(column.value()));
    }
  }

  private static String columnValue(Component component) {
    return component.columnValue() != null ? Names.literal(component.columnValue()) : "...";
  }

  private static void checkRowIds(List<Component> components, Report report) {
    Component first = null;
    for (Component component : components) {
      if (!component.isRowId()) {
        continue;
      }
      if (first == null) {
        first = component;
      } else {
        report.error(Message.DUPLICATE_ROW_ID, component.rowId(), component.name(), first.name());
      }
    }
  }

  private static void checkDuplicateColumns(List<Component> components, Report report) {
    Map<String, Component> byColumn = new HashMap<>();
    for (Component component : components) {
      if (component.isRowId()) {
        continue; // a second @RowId is reported as such
      }
      Component first = byColumn.putIfAbsent(component.column().value(), component);
      if (first != null) {
        report.error(
            Message.DUPLICATE_COLUMN,
            component.column().position(),
            component.column().written(),
            first.name(),
            Names.literal(first.column().value()));
      }
    }
  }

  private static void checkNameClashes(List<Component> components, Report report) {
    Map<String, Component> constants = new HashMap<>();
    for (Component component : components) {
      String constant = component.constantName();
      Component constantOwner = constants.putIfAbsent(constant, component);
      String clash = null;
      if (constant.equals(STREAM_TABLE)) {
        clash = "its column constant STREAM_TABLE would hide the DAO's stream-table constant";
      } else if (constantOwner != null) {
        clash =
            "its column constant "
                + constant
                + " would clash with that of component "
                + constantOwner.name();
      }
      if (clash != null) {
        report.error(
            Message.NAME_CLASH,
            component.position(),
            component.type().written(),
            component.name(),
            clash);
      }
    }
  }
}
