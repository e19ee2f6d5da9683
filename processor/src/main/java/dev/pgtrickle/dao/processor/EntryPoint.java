package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The model of one package's {@code StreamTableDaos}: the valid records of the package, whose
 * DAOs it creates. The writer reads only this and the {@link Settings}.
 *
 * @param packageName the package, possibly the unnamed one ({@code ""})
 * @param records the records, sorted by their DAO's name
 */
record EntryPoint(String packageName, List<ClassName> records) {
  /** The simple name of every entry point. */
  static final String SIMPLE_NAME = "StreamTableDaos";

  EntryPoint {
    records = List.copyOf(records);
  }

  ClassName className() {
    return ClassName.get(packageName, SIMPLE_NAME);
  }

  /** The DAO of {@code record}, as {@link StreamTable#daoName()} names it. */
  static ClassName daoName(ClassName record) {
    return ClassName.get(record.packageName(), String.join("_", record.simpleNames()) + "Dao");
  }
}
