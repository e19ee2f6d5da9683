package dev.pgtrickle.dao.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A login role that is not a superuser, with a schema it may create in (the source tables and the
 * stream tables it creates are then its own), and the pg_trickle 0.108.3 privileges {@link Grants}
 * says. Migrations in the tests run as such a role.
 */
public final class AdminRole implements AutoCloseable {
  /** What the role is granted besides its schema. */
  public enum Grants {
    /** Nothing: EXECUTE on no lifecycle function. */
    NONE,
    /**
     * Membership in {@code pgtrickle_admin}: EXECUTE on create_stream_table, alter_stream_table and
     * drop_stream_table, which is all 0.108.3 grants that role.
     */
    ADMIN,
    /**
     * {@link #ADMIN}, plus EXECUTE on {@code create_or_replace_stream_table} and {@code
     * create_stream_table_if_not_exists}, which 0.108.3 grants to no role: what a DBA grants the
     * role that applies stream-table definitions.
     */
    DEFINITIONS
  }

  private final PgServer server;
  private final String role;
  private final PGSimpleDataSource dataSource;

  private AdminRole(PgServer server, String role, PGSimpleDataSource dataSource) {
    this.server = server;
    this.role = role;
    this.dataSource = dataSource;
  }

  /**
   * Creates the role with {@code grants} and lets it create in {@code schema} (created when
   * missing) of {@code db}.
   */
  public static AdminRole create(TestDatabase db, String schema, Grants grants)
      throws SQLException {
    String role =
        db.name()
            + "_"
            + grants.name().toLowerCase(java.util.Locale.ROOT)
            + "_"
            + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
    String password = UUID.randomUUID().toString();
    String quoted = TestDatabase.quoteIdent(role);
    StringBuilder sql =
        new StringBuilder()
            .append("CREATE ROLE ")
            .append(quoted)
            .append(" LOGIN PASSWORD '")
            .append(password)
            .append("';\n");
    if (grants != Grants.NONE) {
      sql.append("GRANT pgtrickle_admin TO ").append(quoted).append(";\n");
    }
    if (grants == Grants.DEFINITIONS) {
      sql.append(
              "GRANT EXECUTE ON FUNCTION pgtrickle.create_or_replace_stream_table(text,"
                  + " text, text, text, boolean, text, text, text, boolean, boolean, text,"
                  + " integer, double precision, text, boolean, text, text) TO ")
          .append(quoted)
          .append(";\n")
          .append(
              "GRANT EXECUTE ON FUNCTION pgtrickle.create_stream_table_if_not_exists("
                  + "text, text, text, text, boolean, text, text, text, boolean, boolean, text,"
                  + " integer, double precision, text, boolean, text, integer, text, text) TO ")
          .append(quoted)
          .append(";\n");
    }
    sql.append("CREATE SCHEMA IF NOT EXISTS ")
        .append(TestDatabase.quoteIdent(schema))
        .append(";\nGRANT ALL ON SCHEMA ")
        .append(TestDatabase.quoteIdent(schema))
        .append(" TO ")
        .append(TestDatabase.quoteIdent(role))
        .append(";\n");
    db.execute(sql.toString());
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.jdbcUrl());
    dataSource.setUser(role);
    dataSource.setPassword(password);
    return new AdminRole(PgServer.get(), role, dataSource);
  }

  /** The role's name. */
  public String name() {
    return role;
  }

  /** A data source that logs in as the role. */
  public PGSimpleDataSource dataSource() {
    return dataSource;
  }

  /** Drops the role; call it after the database is dropped. */
  @Override
  public void close() throws SQLException {
    try (Connection admin = server.connect(server.adminDatabase())) {
      SqlScripts.run(admin, "DROP ROLE IF EXISTS " + TestDatabase.quoteIdent(role));
    }
  }
}
