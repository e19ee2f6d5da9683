package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.ReplicaRouting;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Where the DAOs' read path meets {@link ReplicaRouting}: the data source a DAO reads through, the
 * one of a fresh read under a policy, and the fence a read-your-writes wait leaves behind.
 */
public final class Routing {
  /**
   * The primary's WAL position, recorded after a read-your-writes wait: the <em>insert</em>
   * position, which is past every record already inserted, so past the commit of the refresh waited
   * for even with {@code synchronous_commit = off} (when the write position may still be behind a
   * commit record waiting in the WAL buffers).
   */
  static final String CURRENT_LSN = "SELECT pg_catalog.pg_current_wal_insert_lsn()::text";

  /** {@link #CURRENT_LSN} in its read-only transaction, built once. */
  private static final String CURRENT_LSN_PIPELINED = ReadOnly.pipelined(CURRENT_LSN);

  private Routing() {}

  /**
   * The data source a DAO reads {@code table} through: {@code dataSource} itself, unless it is a
   * routing (or an observed routing), then one whose connections are routed for {@code table} and
   * {@code budget}. The one place the DAOs' read path meets replica routing.
   */
  public static DataSource reads(DataSource dataSource, StreamTableName table, Duration budget) {
    ReplicaRouting routing = of(dataSource);
    return routing == null ? dataSource : new RoutedReads(routing, table, budget);
  }

  /**
   * The data source of a fresh read under {@code policy} on {@code dataSource}, which {@link
   * #reads} made: routed with the policy's budget when it has one; the primary for a REFRESH
   * policy, which must see the refresh it triggers.
   */
  public static DataSource reads(DataSource dataSource, ReadPolicy policy) {
    if (!(dataSource instanceof RoutedReads routed)) {
      return dataSource;
    }
    if (policy.mode() == ReadPolicy.Mode.REFRESH) {
      return routed.routing();
    }
    return policy.maxStaleness().map(routed::withBudget).orElse(routed);
  }

  /**
   * After a DAO's read-your-writes wait on {@code dataSource}: see {@link #readYourWrites}. A
   * failure to read the position is reported as the wait's.
   */
  public static void waited(DataSource dataSource, StreamTableName table) {
    ReplicaRouting routing = of(dataSource);
    if (routing == null) {
      return;
    }
    try {
      readYourWrites(routing, table);
    } catch (SQLException e) {
      throw Failures.translate(table, CURRENT_LSN, e);
    }
  }

  /**
   * After a read-your-writes wait on the primary: reads of {@code table} go to a standby of {@code
   * routing} only once it has replayed past the primary's current WAL position.
   */
  public static void readYourWrites(ReplicaRouting routing, StreamTableName table)
      throws SQLException {
    if (!routing.hasStandbys()) {
      return;
    }
    String lsn;
    try (Connection connection = routing.primary().getConnection()) {
      lsn =
          ReadOnly.query(
              connection,
              CURRENT_LSN,
              CURRENT_LSN_PIPELINED,
              Binder.NONE,
              rows -> {
                rows.next();
                return rows.getString(1);
              });
    }
    routing.fence(table, StandbyProbe.parseLsn(lsn));
  }

  private static ReplicaRouting of(DataSource dataSource) {
    if (dataSource instanceof RoutedReads routed) {
      return routed.routing();
    }
    return ReplicaRouting.of(dataSource).orElse(null);
  }
}
