package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Condition;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.ResultSet;
import java.sql.SQLException;
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

  /**
   * Reads one keyset page.
   *
   * @param base the DAO's query constants and connection source
   * @param where the query's condition and the seek condition, or null
   */
  static <R> Page<R> read(TypedSelect.Base<R> base, Sort<R> order, Condition<R> where, int size) {
    StreamTableName table = base.table();
    String sql =
        base.sqls()
            .sql(
                new SelectSql.Shape(
                    "",
                    order.keysetSelect(base.select()),
                    where == null ? null : where.shape(),
                    order.sql(),
                    true,
                    false,
                    ""),
                where);
    Binder binder =
        statement -> {
          int index = where == null ? 1 : where.bind(statement, 1);
          statement.setLong(index, size + 1L);
        };
    KeyCapture<R> capture = new KeyCapture<>(base.mapper(), order.keyCount(), size);
    List<R> rows = Queries.list(base.source(), table, sql, binder, capture);
    if (rows.size() <= size) {
      return Page.of(rows, size, null);
    }
    if (Arrays.equals(capture.last, capture.next)) {
      throw Failures.nonUniqueOrder(table, order.sql(), sql);
    }
    return Page.of(rows.subList(0, size), size, PageCursor.keyset(table, order, capture.last));
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
