package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Asks the server once which pg_trickle it runs, and refuses the releases this library does not
 * support ({@link PgTrickleVersion}). One instance belongs to one DAO, refresher or watcher (so to
 * one {@code DataSource}); there is no state shared across instances. The first version-dependent
 * call of the owner runs {@link #SQL} on the connection it is about to use; every later call reads
 * one volatile field. A failed check is not remembered, so a server that is upgraded is accepted at
 * the next call.
 *
 * <p>The same statement tells whether the role may read pg_trickle's freshness controller ({@code
 * pgtrickle.pgt_freshness_controller_state}, revoked from PUBLIC), whose SLA status and p50/p95
 * {@code freshness()} then adds.
 */
public final class ServerCheck {
  /** The statement: the release, and whether the controller's state is readable. */
  public static final String SQL =
      "SELECT pgtrickle.version(),"
          + " CASE WHEN to_regclass('pgtrickle.pgt_freshness_controller_state') IS NULL THEN false"
          + " ELSE has_table_privilege('pgtrickle.pgt_freshness_controller_state', 'SELECT') END";

  private volatile Server server;

  /** What the check found. */
  public static final class Server {
    private final PgTrickleVersion version;
    private final boolean slaReadable;

    Server(PgTrickleVersion version, boolean slaReadable) {
      this.version = version;
      this.slaReadable = slaReadable;
    }

    /** The server's pg_trickle release. */
    public PgTrickleVersion version() {
      return version;
    }

    /** Whether the role may read the freshness controller's state. */
    public boolean slaReadable() {
      return slaReadable;
    }
  }

  /**
   * Checks the server on {@code connection}, the first time only.
   *
   * @throws StreamTableException (reason {@code UNSUPPORTED_PG_TRICKLE}) if the release is not
   *     supported or pg_trickle is not installed
   * @throws InsufficientPrivilegeException if the role may not call {@code pgtrickle.version()}
   */
  public Server verify(Connection connection, StreamTableName table) {
    Server known = server;
    if (known != null) {
      return known;
    }
    String found;
    boolean slaReadable;
    try (PreparedStatement statement = connection.prepareStatement(SQL);
        ResultSet row = statement.executeQuery()) {
      row.next();
      found = row.getString(1);
      slaReadable = row.getBoolean(2);
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (Failures.UNDEFINED_FUNCTION.equals(state) || Failures.INVALID_SCHEMA_NAME.equals(state)) {
        throw Failures.unsupportedPgTrickle(table, null, SQL, state, e);
      }
      throw Failures.translate(
          Failures.Path.FRESHNESS,
          table,
          "asking the server which pg_trickle it runs",
          SQL,
          e,
          "The role needs USAGE ON SCHEMA pgtrickle, which pg_trickle's role pgtrickle_reader (and"
              + " pgtrickle_operator) has: GRANT pgtrickle_reader TO <role>. "
              + Failures.readGrants(table));
    }
    PgTrickleVersion version;
    try {
      version = PgTrickleVersion.parse(found);
    } catch (IllegalArgumentException e) {
      throw Failures.unsupportedPgTrickle(table, found, SQL, null, e);
    }
    if (!version.isSupported()) {
      throw Failures.unsupportedPgTrickle(table, found, SQL, null, null);
    }
    Server checked = new Server(version, slaReadable);
    server = checked;
    return checked;
  }

  /** What an earlier call found, or null before the first successful check. */
  public Server known() {
    return server;
  }
}
