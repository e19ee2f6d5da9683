package dev.pgtrickle.dao.it.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the {@link PgServer}, with pg_trickle (the test stand-in on the embedded
 * server, {@code CREATE EXTENSION pg_trickle} on a real one) and the {@code pgtrickle_test} helpers
 * installed, dropped again by {@link #close()}.
 *
 * <p>Meant to be created once per test class. Closing it closes the pools it handed out, drops the
 * database {@code WITH (FORCE)} and drops the login roles it created ({@link
 * #readOnlyRole(String...)}, {@link #readerRole(String...)}, {@link #operatorOwner(String...)},
 * {@link #operatorRole()}, {@link #publicRole()}). The cluster-wide roles {@code pgtrickle_reader},
 * {@code pgtrickle_operator} and {@code pgtrickle_admin} stay, as they would after {@code DROP
 * EXTENSION}.
 */
public final class TestDatabase implements AutoCloseable {

  private static final int MAX_PREFIX_LENGTH = 40;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final PgServer server;
  private final String name;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<String> roles = new ArrayList<>();
  private boolean closed;

  private TestDatabase(PgServer server, String name) {
    this.server = server;
    this.name = name;
  }

  /**
   * Creates a database named after {@code prefix} (lower-cased, made a plain identifier and made
   * unique) and installs pg_trickle or its stand-in, then the test helpers.
   *
   * @param prefix a readable hint such as the test class name
   */
  public static TestDatabase create(String prefix) throws SQLException {
    PgServer server = PgServer.get();
    TestDatabase database = new TestDatabase(server, uniqueName(prefix));
    try (Connection admin = server.connect(server.adminDatabase())) {
      SqlScripts.run(admin, "CREATE DATABASE " + quoteIdent(database.name) + " TEMPLATE template0");
    }
    try (Connection connection = database.connect()) {
      SqlScripts.run(
          connection,
          server.standIn()
              ? SqlScripts.load(SqlScripts.STAND_IN)
              : "CREATE EXTENSION IF NOT EXISTS pg_trickle");
      SqlScripts.run(connection, SqlScripts.load(SqlScripts.TEST_HELPERS));
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  private static String uniqueName(String prefix) {
    String base = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "t_" + base;
    }
    if (base.length() > MAX_PREFIX_LENGTH) {
      base = base.substring(0, MAX_PREFIX_LENGTH);
    }
    return base
        + "_"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000))
        + COUNTER.incrementAndGet();
  }

  /** Returns the database's name, a lower-case identifier that needs no quoting. */
  public String name() {
    return name;
  }

  /** Returns whether this database has the pg_trickle test stand-in, not the real extension. */
  public boolean standIn() {
    return server.standIn();
  }

  /** Returns the JDBC URL of this database, without credentials. */
  public String jdbcUrl() {
    return server.jdbcUrl(name);
  }

  /** Returns the user of {@link #connect()}, {@link #dataSource()} and {@link #pool(int)}. */
  public String user() {
    return server.user();
  }

  /** Returns the password of {@link #user()}. */
  public String password() {
    return server.password();
  }

  /** Returns a new pgjdbc {@link PGSimpleDataSource} (no pooling) for this database. */
  public DataSource dataSource() {
    return dataSource(user(), password());
  }

  private PGSimpleDataSource dataSource(String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl());
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  /** Opens a new connection to this database; the caller closes it. */
  public Connection connect() throws SQLException {
    return server.connect(name);
  }

  /** The first column of the first row {@code sql} returns, as text (null for SQL NULL). */
  public String scalar(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("no row from " + sql);
      }
      return rs.getString(1);
    }
  }

  /** Runs a script of one or more SQL statements on a new connection, in autocommit mode. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect()) {
      SqlScripts.run(connection, sql);
    }
  }

  /**
   * Returns a new HikariCP pool of at most {@code maxSize} connections to this database; it is
   * closed by {@link #close()} (closing it earlier is fine).
   */
  public synchronized HikariDataSource pool(int maxSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name + "-pool-" + (pools.size() + 1));
    config.setJdbcUrl(jdbcUrl());
    config.setUsername(user());
    config.setPassword(password());
    config.setMaximumPoolSize(maxSize);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  /**
   * Creates a login role that can read the catalog explicitly: the given stream tables, plus SELECT
   * on {@code pgtrickle.pgt_stream_tables}, {@code pgtrickle.stream_tables_info} and {@code
   * pgtrickle.pgt_refresh_history} and USAGE on schema {@code pgtrickle} (reference section 8,
   * "minimum for a read-only role"). It holds none of pg_trickle's roles, so on 0.108 it can call
   * only the functions EXECUTE-able by PUBLIC. It cannot write anything. Its name, unique on the
   * cluster, is the data source's {@link PGSimpleDataSource#getUser() user}.
   *
   * @param streamTables stream tables as {@code schema.name} (split at the first dot; unqualified
   *     means {@code public}), in their exact stored case
   * @see #readerRole(String...)
   */
  public synchronized PGSimpleDataSource readOnlyRole(String... streamTables) throws SQLException {
    String role = newRoleName("ro");
    String password = UUID.randomUUID().toString();
    StringBuilder sql = createLoginRole(role, password);
    grantStreamTables(sql, role, streamTables);
    sql.append("GRANT USAGE ON SCHEMA pgtrickle TO ")
        .append(quoteIdent(role))
        .append(";\n")
        .append("GRANT SELECT ON pgtrickle.pgt_stream_tables, pgtrickle.stream_tables_info, ")
        .append("pgtrickle.pgt_refresh_history TO ")
        .append(quoteIdent(role))
        .append(";\n");
    execute(sql.toString());
    return dataSource(role, password);
  }

  /**
   * Creates a login role with exactly what pg_trickle 0.108 says a reader needs: membership in
   * {@code pgtrickle_reader} (which has USAGE on schema {@code pgtrickle}), USAGE on each given
   * stream table's schema and SELECT on each given stream table, and nothing else: no privilege on
   * any catalog table or view of {@code pgtrickle}. It can call the functions EXECUTE-able by
   * PUBLIC; those that read the catalog as the caller (get_staleness, pgt_status, ...) fail for it
   * with 42501, as on a real 0.108.3 server. Its name, unique on the cluster, is the data source's
   * {@link PGSimpleDataSource#getUser() user}; it is dropped by {@link #close()}.
   *
   * @param streamTables stream tables as {@code schema.name} (split at the first dot; unqualified
   *     means {@code public}), in their exact stored case
   */
  public synchronized PGSimpleDataSource readerRole(String... streamTables) throws SQLException {
    String role = newRoleName("reader");
    String password = UUID.randomUUID().toString();
    StringBuilder sql = createLoginRole(role, password);
    sql.append("GRANT pgtrickle_reader TO ").append(quoteIdent(role)).append(";\n");
    grantStreamTables(sql, role, streamTables);
    execute(sql.toString());
    return dataSource(role, password);
  }

  /**
   * Creates a login role that is a member of {@code pgtrickle_operator} only, has USAGE on the
   * given stream tables' schemas, and becomes the <em>owner</em> of the given stream tables (their
   * storage tables are {@code ALTER TABLE ... OWNER TO} it). On pg_trickle 0.108 that is exactly
   * what refreshing, pausing and resuming a stream table needs: EXECUTE on refresh/pause/resume
   * through the role, and ownership for the owner check. It has no privilege on any catalog table
   * or view of {@code pgtrickle} and cannot create, alter or drop stream tables. Its name, unique
   * on the cluster, is the data source's {@link PGSimpleDataSource#getUser() user}; it is dropped
   * by {@link #close()}.
   *
   * @param streamTables stream tables as {@code schema.name} (split at the first dot; unqualified
   *     means {@code public}), in their exact stored case
   * @see #operatorRole()
   */
  public synchronized PGSimpleDataSource operatorOwner(String... streamTables) throws SQLException {
    String role = newRoleName("owner");
    String password = UUID.randomUUID().toString();
    StringBuilder sql = createLoginRole(role, password);
    sql.append("GRANT pgtrickle_operator TO ").append(quoteIdent(role)).append(";\n");
    for (String streamTable : streamTables) {
      String[] parts = split(streamTable);
      sql.append("GRANT USAGE ON SCHEMA ")
          .append(quoteIdent(parts[0]))
          .append(" TO ")
          .append(quoteIdent(role))
          .append(";\n")
          .append("ALTER TABLE ")
          .append(quoteIdent(parts[0]))
          .append('.')
          .append(quoteIdent(parts[1]))
          .append(" OWNER TO ")
          .append(quoteIdent(role))
          .append(";\n");
    }
    execute(sql.toString());
    return dataSource(role, password);
  }

  /**
   * Creates a login role that is a member of {@code pgtrickle_operator} and owns nothing: on
   * pg_trickle 0.108 it may call refresh/pause/resume, and each call fails the owner check with
   * 42501 {@code permission denied: must be owner of stream table s.t}. Its name, unique on the
   * cluster, is the data source's {@link PGSimpleDataSource#getUser() user}; it is dropped by
   * {@link #close()}.
   */
  public synchronized PGSimpleDataSource operatorRole() throws SQLException {
    String role = newRoleName("operator");
    String password = UUID.randomUUID().toString();
    StringBuilder sql = createLoginRole(role, password);
    sql.append("GRANT pgtrickle_operator TO ").append(quoteIdent(role)).append(";\n");
    execute(sql.toString());
    return dataSource(role, password);
  }

  /**
   * Creates a login role with no privileges at all beyond what PUBLIC has (and CONNECT on this
   * database, which PUBLIC has by default). Its name, unique on the cluster, is the data source's
   * {@link PGSimpleDataSource#getUser() user}; it is dropped by {@link #close()}.
   */
  public synchronized PGSimpleDataSource publicRole() throws SQLException {
    String role = newRoleName("public");
    String password = UUID.randomUUID().toString();
    execute(createLoginRole(role, password).toString());
    return dataSource(role, password);
  }

  private String newRoleName(String kind) {
    String role = name + "_" + kind + (roles.size() + 1);
    roles.add(role);
    return role;
  }

  private static StringBuilder createLoginRole(String role, String password) {
    return new StringBuilder()
        .append("CREATE ROLE ")
        .append(quoteIdent(role))
        .append(" LOGIN PASSWORD '")
        .append(password)
        .append("';\n");
  }

  private static void grantStreamTables(StringBuilder sql, String role, String... streamTables) {
    for (String streamTable : streamTables) {
      String[] parts = split(streamTable);
      sql.append("GRANT USAGE ON SCHEMA ")
          .append(quoteIdent(parts[0]))
          .append(" TO ")
          .append(quoteIdent(role))
          .append(";\n")
          .append("GRANT SELECT ON ")
          .append(quoteIdent(parts[0]))
          .append('.')
          .append(quoteIdent(parts[1]))
          .append(" TO ")
          .append(quoteIdent(role))
          .append(";\n");
    }
  }

  private static String[] split(String streamTable) {
    int dot = streamTable.indexOf('.');
    return dot < 0
        ? new String[] {"public", streamTable}
        : new String[] {streamTable.substring(0, dot), streamTable.substring(dot + 1)};
  }

  /**
   * Returns a new HikariCP pool of at most {@code maxSize} connections that log in as a new {@link
   * #readOnlyRole(String...) read-only role} for {@code streamTables}; it is closed by {@link
   * #close()}. The role's name is the pool's {@link HikariDataSource#getUsername() user}.
   */
  public synchronized HikariDataSource readOnlyPool(int maxSize, String... streamTables)
      throws SQLException {
    PGSimpleDataSource role = readOnlyRole(streamTables);
    HikariConfig config = new HikariConfig();
    config.setPoolName(name + "-ro-pool-" + (pools.size() + 1));
    config.setJdbcUrl(jdbcUrl());
    config.setUsername(role.getUser());
    config.setPassword(role.getPassword());
    config.setMaximumPoolSize(maxSize);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  /** Quotes an SQL identifier. */
  static String quoteIdent(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * Closes the pools, drops the database (terminating its sessions) and drops the roles. Safe to
   * call more than once.
   */
  @Override
  public synchronized void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    for (HikariDataSource pool : pools) {
      pool.close();
    }
    try (Connection admin = server.connect(server.adminDatabase())) {
      // One statement per execute: DROP DATABASE refuses to run in a pipeline.
      SqlScripts.run(admin, "DROP DATABASE IF EXISTS " + quoteIdent(name) + " WITH (FORCE)");
      for (String role : roles) {
        SqlScripts.run(admin, "DROP ROLE IF EXISTS " + quoteIdent(role));
      }
    }
  }

  @Override
  public String toString() {
    return name + " on " + server;
  }
}
