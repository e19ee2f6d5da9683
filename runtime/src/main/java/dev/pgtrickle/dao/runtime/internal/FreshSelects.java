package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The fresh terminals of a typed query ({@code Select.listFresh()}): the query's own statement
 * wrapped by {@link FreshSql}, so its rows and the stream table's catalog row are read by one
 * statement, and run with {@link FreshQueries} on the query's connection or data source.
 */
public final class FreshSelects {
  private FreshSelects() {}

  /**
   * Runs {@code dataSql} (with its {@code ORDER BY}, {@code LIMIT} and {@code OFFSET}) as a fresh
   * read under {@code policy}.
   *
   * @param dataSource where to take a connection, when {@code connection} is null
   * @param connection the caller's connection, or null
   * @param orderBy the query's {@code ORDER BY} clause (leading space), or empty: it orders the
   *     outer statement too, since only a statement's own ORDER BY orders its rows
   */
  public static <R> Fresh<List<R>> list(
      DataSource dataSource,
      Connection connection,
      StreamTableName table,
      ServerCheck server,
      String dataSql,
      String orderBy,
      Binder binder,
      RowMapper<R> mapper,
      ReadPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    String freshSql = FreshSql.of(table, dataSql, orderBy);
    return connection != null
        ? FreshQueries.list(connection, table, server, freshSql, binder, mapper, policy, null)
        : FreshQueries.list(dataSource, table, server, freshSql, binder, mapper, policy, null);
  }
}
