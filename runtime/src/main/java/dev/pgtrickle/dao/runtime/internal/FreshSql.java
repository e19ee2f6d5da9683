package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.Objects;

/**
 * Renders the statement of a <em>fresh</em> read: a data query and the stream table's catalog row,
 * read together by one statement, so under one snapshot and in one round trip. The result is a
 * plain string that depends only on its arguments, so the annotation processor can call this at
 * compile time and emit the result as a {@code private static final String}; typed queries can call
 * it at run time.
 *
 * <p>The shape, for {@code dataSql} = {@code SELECT "region", "total" FROM "public"."t"}:
 *
 * <pre>
 * SELECT d.*, f.*
 * FROM (SELECT st.status AS __pgt_fresh_status, ... , statement_timestamp() AS __pgt_fresh_server_time
 *       FROM pgtrickle.pgt_stream_tables st
 *       WHERE st.pgt_schema = 'public' AND st.pgt_name = 't') f
 * LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present FROM (dataSql) q) d ON true
 * [orderBy]
 * </pre>
 *
 * <ul>
 *   <li>The data columns come first, so a mapper reading columns {@code 1..n} works unchanged; then
 *       a marker column, then the {@value FreshnessQuery#COLUMN_COUNT} catalog columns, then {@link
 *       FreshnessQuery#REWRITTEN_COLUMN}, which the reader finds from the column count. The last
 *       one detects a transaction whose snapshot predates a FULL refresh's {@code TRUNCATE} (not
 *       MVCC-safe): it would read storage and catalog of different refreshes.
 *   <li>The catalog query yields one row for an existing stream table, so an empty data query still
 *       yields one row: the marker is NULL there, and the rows are empty. No row at all means the
 *       stream table is not in the catalog.
 *   <li>The schema and name are rendered as SQL literals (identifiers validated at compile time,
 *       not values), so the catalog part has no parameters and the data query's {@code ?}
 *       parameters keep their positions: the data query's binder binds the fresh statement.
 *   <li>The catalog columns are aliased {@code __pgt_fresh_*} (pg_trickle reserves {@code __pgt_}),
 *       so they never make a data column name ambiguous.
 *   <li>SQL guarantees an order only through the statement's own {@code ORDER BY}: when the data
 *       query is ordered, pass the same clause as {@code orderBy} (for example {@code Sort.sql()});
 *       it names the data columns, which are output columns of the outer statement. Keep any {@code
 *       LIMIT} inside {@code dataSql}.
 * </ul>
 */
public final class FreshSql {
  private FreshSql() {}

  /**
   * The fresh statement up to the catalog row's schema, which follows as a SQL string literal. This
   * and the other parts are compile-time constants, so that a generated DAO can declare its fresh
   * statements as {@code HEAD + "'public'" + NAME_IS + "'t'" + DATA_HEAD + FIND_ALL + DATA_TAIL},
   * which javac folds into one string: the same string {@link #of} returns.
   */
  public static final String HEAD =
      "SELECT d.*, f.* FROM (SELECT "
          + FreshnessQuery.ALIASED_SELECT_LIST
          + ", "
          + FreshnessQuery.REWRITTEN_COLUMN
          + " FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema = ";

  /** Between the schema literal and the name literal. */
  public static final String NAME_IS = " AND st.pgt_name = ";

  /** Between the name literal and the data query. */
  public static final String DATA_HEAD =
      ") f LEFT JOIN LATERAL (SELECT q.*, true AS __pgt_fresh_present FROM (";

  /** After the data query (and before an {@code ORDER BY}). */
  public static final String DATA_TAIL = ") q) d ON true";

  /** The fresh statement for an unordered {@code dataSql}. */
  public static String of(StreamTableName table, String dataSql) {
    return of(table, dataSql, "");
  }

  /**
   * The fresh statement for {@code dataSql}, ordered by {@code orderBy} (an {@code ORDER BY} clause
   * starting with a space, as {@code Sort.sql()} renders it, or empty).
   */
  public static String of(StreamTableName table, String dataSql, String orderBy) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dataSql, "dataSql");
    Objects.requireNonNull(orderBy, "orderBy");
    return head(table) + dataSql + DATA_TAIL + orderBy;
  }

  /** Everything before the data query: {@link #HEAD} through {@link #DATA_HEAD}. */
  private static String head(StreamTableName table) {
    return HEAD
        + FreshnessQuery.literal(table.schema())
        + NAME_IS
        + FreshnessQuery.literal(table.name())
        + DATA_HEAD;
  }
}
