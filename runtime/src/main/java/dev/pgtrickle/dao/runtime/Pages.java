package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.Failures;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.RowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads keyset pages for {@link Select#page}: the query's rows after the last row of the previous
 * page in the query's order, one more than the page holds (to know whether more follow), with every
 * key of the last two rows read as text for the next cursor and the tie check.
 *
 * <p>The seek condition for keys {@code k1..kn} with the previous page's last values {@code v1..vn}
 * is {@code after(1) OR (eq(1) AND after(2)) OR ...}: a row comes after if it equals the values in
 * the first keys and comes after in the next one. Each key's direction and NULL placement decide
 * its terms: after a non-NULL value come greater values (smaller when descending) and, when NULLs
 * sort last, the NULLs; after a NULL come the non-NULL values when NULLs sort first, and nothing
 * when they sort last. Equality with NULL is {@code IS NULL}. The condition's shape depends only on
 * which values are NULL, so its SQL is cached like any query's.
 */
final class Pages {
  private Pages() {}

  /** The condition "after {@code values} in {@code keys}' order"; values are key texts or null. */
  static <R> Condition<R> seek(List<KeysetKey> keys, String[] values) {
    List<Condition<R>> alternatives = new ArrayList<>(keys.size());
    Condition<R> equalSoFar = Condition.allOf();
    for (int i = 0; i < keys.size(); i++) {
      KeysetKey key = keys.get(i);
      String value = values[i];
      Condition<R> after;
      if (value != null) {
        after = Condition.of(key.after(), text(value));
        if (!key.nullsFirst()) {
          after = after.or(Condition.of(key.isNull()));
        }
      } else {
        after = key.nullsFirst() ? Condition.of(key.isNotNull()) : null;
      }
      if (after != null) {
        alternatives.add(equalSoFar.and(after));
      }
      equalSoFar =
          equalSoFar.and(
              value != null ? Condition.of(key.equal(), text(value)) : Condition.of(key.isNull()));
    }
    return Condition.anyOf(alternatives);
  }

  /**
   * A key's text, bound untyped ({@code Types.OTHER}): PostgreSQL infers the column's type from the
   * comparison and reads the text with that type's input function, the inverse of the {@code
   * ::text} the value was read with.
   */
  private static Condition.Parameter text(String value) {
    return (statement, index) -> statement.setObject(index, value, Types.OTHER);
  }

  /**
   * Reads one keyset page.
   *
   * @param base the DAO's query constants and connection source
   * @param where the query's condition and the seek condition, or null
   */
  static <R> Page<R> read(Select.Base<R> base, Sort<R> order, Condition<R> where, int size) {
    StreamTableName table = base.table();
    String sql =
        base.sqls()
            .sql(
                new SelectSql.Shape(
                    "",
                    order.keysetSelect(base.select()),
                    where == null ? null : where.node(),
                    order.sql(),
                    true,
                    false,
                    ""));
    Condition.Parameter[] parameters =
        where == null ? new Condition.Parameter[0] : where.parameters();
    Binder binder =
        statement -> {
          int index = 1;
          for (Condition.Parameter parameter : parameters) {
            parameter.bind(statement, index++);
          }
          statement.setLong(index, size + 1L);
        };
    KeyCapture<R> capture = new KeyCapture<>(base.mapper(), order.keys().size(), size);
    List<R> rows = Queries.list(base.source(), table, sql, binder, capture);
    if (rows.size() <= size) {
      return new Page<>(rows, size, null);
    }
    if (Arrays.equals(capture.last, capture.next)) {
      throw Failures.nonUniqueOrder(table, order.sql(), sql);
    }
    return new Page<>(rows.subList(0, size), size, PageCursor.keyset(table, order, capture.last));
  }

  /** Maps rows, and keeps the key texts of the page's last row and of the row after it. */
  private static final class KeyCapture<R> implements RowMapper<R> {
    private final RowMapper<R> mapper;
    private final int keys;
    private final int size;
    private int row;
    private int firstKey;
    String[] last;
    String[] next;

    KeyCapture(RowMapper<R> mapper, int keys, int size) {
      this.mapper = mapper;
      this.keys = keys;
      this.size = size;
    }

    @Override
    public R map(ResultSet resultSet) throws SQLException {
      row++;
      if (row == size) {
        last = keys(resultSet);
      } else if (row == size + 1) {
        next = keys(resultSet);
      }
      return mapper.map(resultSet);
    }

    private String[] keys(ResultSet resultSet) throws SQLException {
      if (firstKey == 0) {
        firstKey = resultSet.getMetaData().getColumnCount() - keys + 1;
      }
      String[] values = new String[keys];
      for (int i = 0; i < keys; i++) {
        values[i] = resultSet.getString(firstKey + i);
      }
      return values;
    }
  }
}
