package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Reads a {@link Freshness} from {@code pgtrickle.pgt_stream_tables} in one statement. Catalog
 * columns are selected by name (their order differs on upgraded installs), and the server's clock
 * comes from the same statement, so ages never mix clocks.
 *
 * <p>On pg_trickle 0.108 no role, {@code pgtrickle_reader} included, may read the catalog, and
 * every function that PUBLIC may call to learn about a stream table ({@code get_staleness}, {@code
 * pgt_status}, {@code freshness()}, {@code stream_table_spec}) is {@code SECURITY INVOKER} and
 * reads {@code pgtrickle.pgt_stream_tables} as the caller. So one grant is unavoidable, and this
 * statement needs exactly it: {@code GRANT SELECT ON pgtrickle.pgt_stream_tables}. When the role
 * may also read {@code pgtrickle.pgt_freshness_controller_state} ({@link ServerCheck} asks), {@link
 * #SLA_SQL} adds the controller's SLA status and p50/p95.
 */
public final class FreshnessQuery {
  private static final String COLUMNS =
      "st.status, st.refresh_mode, st.schedule,"
          + " pgtrickle.parse_duration_seconds(st.schedule) AS schedule_seconds,"
          + " st.is_populated, st.consecutive_errors, st.last_refresh_at, st.data_timestamp,"
          + " st.created_at, statement_timestamp() AS server_time, st.target_freshness_mode,"
          + " st.freshness_deadline_ms, st.orchestration_mode, st.needs_reinit,"
          + " st.last_error_message, st.last_error_code, st.last_error_retryable";

  private static final String WHERE_NAME = " WHERE st.pgt_schema = ? AND st.pgt_name = ?";

  /** The statement; parameters are the schema and the table name, exactly as stored. */
  public static final String SQL =
      "SELECT " + COLUMNS + " FROM pgtrickle.pgt_stream_tables st" + WHERE_NAME;

  /**
   * {@link #SQL} with the freshness controller's {@code sla_status}, {@code p50_freshness_ms} and
   * {@code p95_freshness_ms} after the catalog columns, for a role that may read the controller.
   */
  public static final String SLA_SQL =
      "SELECT "
          + COLUMNS
          + ", c.sla_status, c.p50_freshness_ms, c.p95_freshness_ms"
          + " FROM pgtrickle.pgt_stream_tables st"
          + " LEFT JOIN pgtrickle.pgt_freshness_controller_state c ON c.pgt_id = st.pgt_id"
          + WHERE_NAME;

  /** How many columns {@link #map(StreamTableName, ResultSet, int)} reads. */
  public static final int COLUMN_COUNT = 17;

  /**
   * The select list of {@link #SQL} with every column aliased {@code __pgt_fresh_*}, so that it can
   * sit next to a stream table's columns in one statement without making any of their names
   * ambiguous (pg_trickle reserves the {@code __pgt_} prefix).
   */
  public static final String ALIASED_SELECT_LIST =
      "st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
          + " st.schedule AS __pgt_fresh_schedule,"
          + " pgtrickle.parse_duration_seconds(st.schedule) AS __pgt_fresh_schedule_seconds,"
          + " st.is_populated AS __pgt_fresh_is_populated,"
          + " st.consecutive_errors AS __pgt_fresh_consecutive_errors,"
          + " st.last_refresh_at AS __pgt_fresh_last_refresh_at,"
          + " st.data_timestamp AS __pgt_fresh_data_timestamp,"
          + " st.created_at AS __pgt_fresh_created_at,"
          + " statement_timestamp() AS __pgt_fresh_server_time,"
          + " st.target_freshness_mode AS __pgt_fresh_target_mode,"
          + " st.freshness_deadline_ms AS __pgt_fresh_target_ms,"
          + " st.orchestration_mode AS __pgt_fresh_orchestration_mode,"
          + " st.needs_reinit AS __pgt_fresh_needs_reinit,"
          + " st.last_error_message AS __pgt_fresh_last_error_message,"
          + " st.last_error_code AS __pgt_fresh_last_error_code,"
          + " st.last_error_retryable AS __pgt_fresh_last_error_retryable";

  /**
   * Whether the storage table was rewritten after the reading snapshot was taken: the file the
   * relation cache reads ({@code pg_relation_filenode}, always the latest) differs from the {@code
   * relfilenode} of the {@code pg_class} row the statement's snapshot sees. True only for a
   * REPEATABLE READ or SERIALIZABLE transaction that took its snapshot before a concurrent {@code
   * TRUNCATE} (a FULL refresh) committed, which then reads the new, differently filled storage
   * through its old snapshot. One more column after {@link #COLUMN_COUNT} in {@link FreshSql#HEAD}.
   */
  public static final String REWRITTEN_COLUMN =
      "pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
          + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid)"
          + " AS __pgt_fresh_rewritten";

  /**
   * Renders {@code text} as a PostgreSQL string literal. An escape string ({@code E'...'}) is used
   * when the text holds a backslash, so the literal means the same whatever {@code
   * standard_conforming_strings} is set to.
   */
  public static String literal(String text) {
    String quoted = text.replace("'", "''");
    if (quoted.indexOf('\\') >= 0) {
      return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
    return "'" + quoted + "'";
  }

  private static final String PIPELINED = ReadOnly.pipelined(SQL);
  private static final String SLA_PIPELINED = ReadOnly.pipelined(SLA_SQL);

  private FreshnessQuery() {}

  /**
   * Reads {@code table}'s freshness on a connection from {@code dataSource}, first checking the
   * server's pg_trickle release with {@code server}.
   */
  public static Freshness read(DataSource dataSource, StreamTableName table, ServerCheck server) {
    return read(ConnectionSource.of(dataSource), table, server);
  }

  /**
   * Reads {@code table}'s freshness on a connection of {@code source}, in a read-only transaction
   * when it is in auto-commit mode ({@link ReadOnly}), first checking the server's pg_trickle
   * release with {@code server}. With the SLA columns when the role may read the freshness
   * controller.
   */
  public static Freshness read(ConnectionSource source, StreamTableName table, ServerCheck server) {
    try {
      return source.run(
          connection -> {
            boolean sla = server.verify(connection, table).slaReadable();
            String sql = sla ? SLA_SQL : SQL;
            try {
              return ReadOnly.query(
                  connection,
                  sql,
                  sla ? SLA_PIPELINED : PIPELINED,
                  statement -> bindName(statement, table),
                  row -> read(row, table, sql, sla));
            } catch (SQLException e) {
              throw translate(table, sql, e);
            }
          });
    } catch (SQLException e) {
      throw translate(table, SQL, e);
    }
  }

  private static void bindName(PreparedStatement statement, StreamTableName table)
      throws SQLException {
    statement.setString(1, table.schema());
    statement.setString(2, table.name());
  }

  private static Freshness read(ResultSet row, StreamTableName table, String sql, boolean sla)
      throws SQLException {
    if (!row.next()) {
      throw Failures.notInCatalog(table, sql, "");
    }
    Freshness.Builder builder = builder(table, row, 1);
    if (sla) {
      builder.sla(
          optional(Freshness.SlaStatus.class, row.getString(COLUMN_COUNT + 1)),
          millis(row, COLUMN_COUNT + 2),
          millis(row, COLUMN_COUNT + 3));
    }
    return builder.build();
  }

  /**
   * Maps the current row of a result set in which the columns of {@link #SQL} start at column
   * {@code first}.
   */
  public static Freshness map(StreamTableName table, ResultSet row, int first) throws SQLException {
    return builder(table, row, first).build();
  }

  private static Freshness.Builder builder(StreamTableName table, ResultSet row, int first)
      throws SQLException {
    int at = first - 1;
    long scheduleSeconds = row.getLong(at + 4);
    Duration scheduleInterval = row.wasNull() ? null : Duration.ofSeconds(scheduleSeconds);
    String retryable = row.getString(at + 17);
    return Freshness.builder(
            table,
            status(table, row.getString(at + 1)),
            refreshMode(table, row.getString(at + 2)),
            instant(row, at + 9),
            instant(row, at + 10))
        .schedule(row.getString(at + 3), scheduleInterval)
        .populated(row.getBoolean(at + 5))
        .consecutiveErrors(row.getInt(at + 6))
        .refreshed(instant(row, at + 7), instant(row, at + 8))
        .target(optional(Freshness.TargetMode.class, row.getString(at + 11)), millis(row, at + 12))
        .orchestrationMode(orchestrationMode(table, row.getString(at + 13)))
        .needsReinit(row.getBoolean(at + 14))
        .lastError(
            row.getString(at + 15),
            optional(Freshness.ErrorCode.class, row.getString(at + 16)),
            retryable == null ? null : row.getBoolean(at + 17));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Duration millis(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : Duration.ofNanos(Math.round(value * 1_000_000d));
  }

  /** The constant named {@code text}; null for NULL and for a name this library does not know. */
  private static <E extends Enum<E>> E optional(Class<E> type, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Freshness.OrchestrationMode orchestrationMode(StreamTableName table, String text) {
    try {
      return Freshness.OrchestrationMode.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown(table, "orchestration_mode", text, e);
    }
  }

  private static Freshness.Status status(StreamTableName table, String text) {
    try {
      return Freshness.Status.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown(table, "status", text, e);
    }
  }

  private static Freshness.RefreshMode refreshMode(StreamTableName table, String text) {
    try {
      return Freshness.RefreshMode.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown(table, "refresh_mode", text, e);
    }
  }

  private static StreamTableException unknown(
      StreamTableName table, String column, String text, RuntimeException cause) {
    return Failures.failure(
        StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
        table,
        "pg_trickle's catalog holds "
            + column
            + " '"
            + text
            + "' for "
            + table
            + ", which this version of pgtrickle-dao does not know",
        SQL,
        null,
        cause);
  }

  static StreamTableException translate(StreamTableName table, String sql, SQLException e) {
    String doing = "reading the freshness of stream table " + table;
    if (Failures.UNDEFINED_TABLE.equals(e.getSQLState())) {
      return Failures.failure(
          StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
          table,
          doing
              + " failed: "
              + e.getMessage()
              + ". Is the pg_trickle extension installed in this database?",
          sql,
          e.getSQLState(),
          e);
    }
    return Failures.translate(Failures.Path.FRESHNESS, table, doing, sql, e);
  }
}
