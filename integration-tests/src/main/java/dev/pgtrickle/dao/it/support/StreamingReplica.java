package dev.pgtrickle.dao.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two embedded PostgreSQL 18 servers of their own in streaming replication: a primary and a hot
 * standby. The embedded binaries have no {@code pg_basebackup}, so the standby is made the way a
 * base backup is made by hand: the primary ({@code wal_level=replica}, the default) is stopped
 * cleanly, its data directory is copied, the copy gets {@code standby.signal} and a {@code
 * primary_conninfo} in {@code postgresql.auto.conf}, and both are started. Database {@value
 * #DATABASE}, with the pg_trickle test stand-in and the test helpers, is created on the primary
 * before the copy, so the standby starts with it.
 *
 * <p>Used only by the replication tests; the shared {@link PgServer} is not involved. Closing stops
 * both servers and deletes their data directories.
 */
public final class StreamingReplica implements AutoCloseable {

  /** The database created on the primary and replicated. */
  public static final String DATABASE = "replicated";

  private final Path base;
  private final int primaryPort;
  private final int standbyPort;
  private EmbeddedPostgres primary;
  private EmbeddedPostgres standby;

  private StreamingReplica(Path base, int primaryPort, int standbyPort) {
    this.base = base;
    this.primaryPort = primaryPort;
    this.standbyPort = standbyPort;
  }

  /** Starts the primary, installs the stand-in, makes the standby and waits until it streams. */
  public static StreamingReplica start() throws IOException, SQLException {
    Path base = Files.createTempDirectory("pgtrickle-replica-");
    StreamingReplica pair = new StreamingReplica(base, freePort(), freePort());
    try {
      pair.build();
    } catch (IOException | SQLException | RuntimeException e) {
      pair.close();
      throw e;
    }
    return pair;
  }

  private void build() throws IOException, SQLException {
    Path primaryData = base.resolve("primary");
    Path standbyData = base.resolve("standby");
    primary = server(primaryData, primaryPort);
    try (Connection admin = connect(primaryPort, "postgres")) {
      SqlScripts.run(admin, "CREATE DATABASE " + DATABASE + " TEMPLATE template0");
    }
    try (Connection connection = connect(primaryPort, DATABASE)) {
      SqlScripts.run(connection, SqlScripts.load(SqlScripts.STAND_IN));
      SqlScripts.run(connection, SqlScripts.load(SqlScripts.TEST_HELPERS));
    }
    primary.close(); // pg_ctl stop -m fast: a clean shutdown checkpoint, nothing to recover
    primary = null;
    copy(primaryData, standbyData);
    Files.deleteIfExists(standbyData.resolve("postmaster.pid"));
    Files.writeString(standbyData.resolve("standby.signal"), "");
    Files.writeString(
        standbyData.resolve("postgresql.auto.conf"),
        "\nprimary_conninfo = 'host=localhost port="
            + primaryPort
            + " user=postgres application_name=standby1'\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    primary = server(primaryData, primaryPort);
    standby = server(standbyData, standbyPort);
    Poll.until(
        "the standby streams from the primary",
        Duration.ofSeconds(60),
        () ->
            "streaming"
                .equals(
                    scalarOrNull(
                        primaryPort,
                        "SELECT state FROM pg_stat_replication"
                            + " WHERE application_name = 'standby1'")));
  }

  private static EmbeddedPostgres server(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data.toFile())
        .setCleanDataDirectory(false)
        .setPort(port)
        .setRegisterShutdownHook(true)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off")
        .setServerConfig("wal_level", "replica")
        .setServerConfig("max_wal_senders", "4")
        .setServerConfig("wal_keep_size", "256MB")
        .setServerConfig("hot_standby", "on")
        .setServerConfig("track_commit_timestamp", "on")
        .start();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
        } else if (!source.getFileName().toString().equals("epg-lock")) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Connection connect(int port, String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database, properties);
  }

  private static String scalarOrNull(int port, String sql) {
    try (Connection connection = connect(port, DATABASE);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /** A new data source of {@value #DATABASE} on the primary, as the superuser. */
  public PGSimpleDataSource primary() {
    return dataSource(primaryPort);
  }

  /** A new data source of {@value #DATABASE} on the standby, as the superuser. */
  public PGSimpleDataSource standby() {
    return dataSource(standbyPort);
  }

  /** The standby's JDBC URL of {@value #DATABASE}. */
  public String standbyUrl() {
    return "jdbc:postgresql://localhost:" + standbyPort + "/" + DATABASE;
  }

  private static PGSimpleDataSource dataSource(int port) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://localhost:" + port + "/" + DATABASE);
    dataSource.setUser("postgres");
    return dataSource;
  }

  /** Runs statements on the primary (auto-commit). */
  public void onPrimary(String... statements) throws SQLException {
    run(primaryPort, statements);
  }

  /** Runs statements on the standby (auto-commit). */
  public void onStandby(String... statements) throws SQLException {
    run(standbyPort, statements);
  }

  private static void run(int port, String... statements) throws SQLException {
    try (Connection connection = connect(port, DATABASE)) {
      for (String sql : statements) {
        SqlScripts.run(connection, sql);
      }
    }
  }

  /** The first column of the first row of {@code sql} on the standby, as text. */
  public String standbyScalar(String sql) throws SQLException {
    return scalar(standbyPort, sql);
  }

  /** The first column of the first row of {@code sql} on the primary, as text. */
  public String primaryScalar(String sql) throws SQLException {
    return scalar(primaryPort, sql);
  }

  private static String scalar(int port, String sql) throws SQLException {
    try (Connection connection = connect(port, DATABASE);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new AssertionError("no row from " + sql);
      }
      return rows.getString(1);
    }
  }

  /**
   * Waits until the standby has replayed everything the primary had written when this was called.
   */
  public void awaitReplay() throws SQLException {
    String lsn = primaryScalar("SELECT pg_current_wal_insert_lsn()::text");
    Poll.until(
        "the standby replays past " + lsn,
        () -> {
          try {
            return "t"
                .equals(standbyScalar("SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"));
          } catch (SQLException e) {
            return false;
          }
        });
  }

  /** Stops the standby, as a crash or maintenance would; reads must go elsewhere. */
  public void stopStandby() throws IOException {
    EmbeddedPostgres stopping = standby;
    standby = null;
    if (stopping != null) {
      stopping.close();
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (EmbeddedPostgres server : new EmbeddedPostgres[] {standby, primary}) {
      if (server == null) {
        continue;
      }
      try {
        server.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    standby = null;
    primary = null;
    try (Stream<Path> paths = Files.walk(base)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("could not stop the replication pair cleanly", failure);
    }
  }
}
