package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;

/**
 * The model of one package's {@code StreamTableDaos}: the valid records of the package, whose DAOs
 * it creates. The writer reads only this and the {@link Settings}.
 *
 * @param packageName the package, possibly the unnamed one ({@code ""})
 * @param tables the records, sorted by their DAO's name
 */
public record EntryPoint(String packageName, List<StreamTable> tables) {
  /** The simple name of every entry point. */
  static final String SIMPLE_NAME = "StreamTableDaos";

  public EntryPoint {
    tables =
        tables.stream()
            .sorted(Comparator.comparing(table -> table.daoName().simpleName()))
            .toList();
  }

  public ClassName className() {
    return ClassName.get(packageName, SIMPLE_NAME);
  }
}
