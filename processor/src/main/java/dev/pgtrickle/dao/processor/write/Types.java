package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** The types generated code refers to, besides the record's own and its components'. */
public final class Types {
  private static final String RUNTIME = "dev.pgtrickle.dao.runtime";
  private static final String INTERNAL = "dev.pgtrickle.dao.runtime.internal";

  static final ClassName STREAM_TABLE_DAO = ClassName.get(RUNTIME, "StreamTableDao");
  static final ClassName ABSTRACT_DAO = ClassName.get(INTERNAL, "AbstractStreamTableDao");
  static final ClassName STREAM_TABLE_NAME = ClassName.get(RUNTIME, "StreamTableName");
  static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  static final ClassName TEXT_COLUMN = ClassName.get(RUNTIME, "TextColumn");
  static final ClassName NUMBER_COLUMN = ClassName.get(RUNTIME, "NumberColumn");
  static final ClassName COLUMNS = ClassName.get(INTERNAL, "Columns");
  static final ClassName SELECT = ClassName.get(RUNTIME, "Select");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName COLUMN_MAPPING = ClassName.get(RUNTIME, "ColumnMappingException");
  static final ClassName QUERIES = ClassName.get(INTERNAL, "Queries");
  static final ClassName CONNECTION_SOURCE = ClassName.get(INTERNAL, "ConnectionSource");
  static final ClassName BINDER = ClassName.get(INTERNAL, "Binder");
  static final ClassName BINDS = ClassName.get(INTERNAL, "Binds");
  static final ClassName ROWS = ClassName.get(INTERNAL, "Rows");
  static final ClassName VALUE_KIND = ClassName.get(INTERNAL, "ValueKind");
  static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
  static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
  static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
  static final ClassName RESULT_SET_META_DATA = ClassName.get("java.sql", "ResultSetMetaData");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName STRING = ClassName.get("java.lang", "String");
  static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");

  /** Every type above, for reserving their simple names. */
  static final List<ClassName> ALL =
      List.of(
          STREAM_TABLE_DAO,
          ABSTRACT_DAO,
          STREAM_TABLE_NAME,
          COLUMN,
          TEXT_COLUMN,
          NUMBER_COLUMN,
          COLUMNS,
          SELECT,
          COLUMN_MAPPING,
          QUERIES,
          CONNECTION_SOURCE,
          BINDER,
          BINDS,
          ROWS,
          VALUE_KIND,
          DATA_SOURCE,
          CONNECTION,
          RESULT_SET,
          RESULT_SET_META_DATA,
          SQL_EXCEPTION,
          LIST,
          OBJECTS,
          STRING,
          OVERRIDE);

  private Types() {}
}
