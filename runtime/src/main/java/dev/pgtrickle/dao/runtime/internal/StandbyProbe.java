package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReplicaRouting;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Measures, in one read-only statement on a standby, what {@link ReplicaRouting} needs to judge it
 * for one stream table: whether the server is in recovery, its replay lag, its replay position, and
 * the stream table's catalog row as replicated (the columns of {@link FreshnessQuery#SQL}, so its
 * age is computed exactly as {@link Freshness#age()} computes it, on the standby's clock).
 *
 * <p>Replay lag is {@code statement_timestamp() - pg_last_xact_replay_timestamp()}, except that it
 * is zero when the standby has replayed everything its WAL receiver has flushed while a WAL
 * receiver is running ({@code pg_stat_wal_receiver} has a row; an unprivileged role sees only its
 * pid, which is enough): that is the idle primary, whose last transaction may be hours old although
 * nothing is missing. It is unknown (NULL) when nothing was replayed yet and no receiver streams.
 *
 * <p>Privileges: the recovery functions and {@code pg_stat_wal_receiver} need none; the catalog row
 * needs {@code SELECT ON pgtrickle.pgt_stream_tables}, the one grant every freshness read needs.
 */
public final class StandbyProbe implements ReplicaRouting.Probe {
  /** The one probe: it holds nothing. */
  public static final StandbyProbe INSTANCE = new StandbyProbe();

  /** The statement; parameters are the schema and the name of the stream table, as stored. */
  public static final String SQL =
      "SELECT pg_catalog.pg_is_in_recovery() AS in_recovery,"
          + " CASE WHEN NOT pg_catalog.pg_is_in_recovery() THEN 0"
          + " WHEN pg_catalog.pg_last_wal_receive_lsn() IS NOT NULL"
          + " AND pg_catalog.pg_last_wal_replay_lsn() >= pg_catalog.pg_last_wal_receive_lsn()"
          + " AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_wal_receiver) THEN 0"
          + " ELSE EXTRACT(EPOCH FROM statement_timestamp()"
          + " - pg_catalog.pg_last_xact_replay_timestamp())::float8"
          + " END AS replay_lag_seconds,"
          + " pg_catalog.pg_last_wal_replay_lsn()::text AS replay_lsn,"
          + " f.*"
          + " FROM (SELECT 1) one LEFT JOIN ("
          + FreshnessQuery.SQL
          + ") f ON true";

  /** {@link #SQL} in its read-only transaction, built once. */
  private static final String PIPELINED = ReadOnly.pipelined(SQL);

  /** The column of {@link #SQL} where the columns of {@link FreshnessQuery#SQL} start. */
  private static final int FIRST_CATALOG_COLUMN = 4;

  private StandbyProbe() {}

  /**
   * Runs the probe on {@code connection} (left open) in a read-only transaction.
   *
   * @throws SQLException as the server reports it; 42501 when the role may not read the catalog
   */
  @Override
  public ReplicaRouting.Measurement measure(Connection connection, StreamTableName table)
      throws SQLException {
    return ReadOnly.query(
        connection,
        SQL,
        PIPELINED,
        statement -> {
          statement.setString(1, table.schema());
          statement.setString(2, table.name());
        },
        rows -> read(rows, table));
  }

  private static ReplicaRouting.Measurement read(ResultSet rows, StreamTableName table)
      throws SQLException {
    rows.next();
    boolean inRecovery = rows.getBoolean(1);
    double lagSeconds = rows.getDouble(2);
    Duration lag =
        rows.wasNull() ? null : Duration.ofNanos(Math.max(0L, Math.round(lagSeconds * 1e9)));
    long replayLsn = parseLsn(rows.getString(3));
    rows.getString(FIRST_CATALOG_COLUMN);
    Freshness freshness =
        rows.wasNull() ? null : FreshnessQuery.map(table, rows, FIRST_CATALOG_COLUMN);
    return new ReplicaRouting.Measurement(inRecovery, lag, replayLsn, freshness);
  }

  /** A {@code pg_lsn} in its text form {@code X/Y} as one unsigned 64-bit number; 0 for null. */
  public static long parseLsn(String text) {
    if (text == null) {
      return 0;
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a pg_lsn: " + text);
    }
    return (Long.parseUnsignedLong(text.substring(0, slash), 16) << 32)
        | Long.parseUnsignedLong(text.substring(slash + 1), 16);
  }
}
