package dev.pgtrickle.dao.reflection;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a reflected table, shared by all its rows. */
final class RowShape {
  private final StreamTableName table;
  private final List<String> names;
  private final Map<String, Integer> positions = new HashMap<>();

  RowShape(StreamTableName table, List<String> names) {
    this.table = table;
    this.names = List.copyOf(names);
    for (int i = 0; i < this.names.size(); i++) {
      positions.put(this.names.get(i), i);
    }
  }

  StreamTableName table() {
    return table;
  }

  List<String> names() {
    return names;
  }

  int index(String column) {
    Integer index = positions.get(column);
    if (index == null) {
      throw new IllegalArgumentException(
          "stream table " + table + " has no user column \"" + column + "\"; it has " + names);
    }
    return index;
  }
}
