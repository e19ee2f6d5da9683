package dev.pgtrickle.dao.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PgBouncer (Debian's {@code pgbouncer} package, which {@code .ci/run} installs when it is
 * missing) in <em>transaction</em> pooling mode in front of one PostgreSQL server, with its own
 * configuration in a temporary directory: trust authentication with a user list (the server still
 * checks the password pgbouncer forwards), every database, {@code default_pool_size} server
 * connections per database and user. As root it drops to user {@code postgres} ({@code -u}), since
 * PgBouncer refuses to run as root. Closing stops it and deletes the directory.
 */
public final class PgBouncer implements AutoCloseable {
  private static final List<String> LOCATIONS =
      List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer");
  private static final Pattern VERSION = Pattern.compile("PgBouncer (\\d+)\\.(\\d+)");

  private final Process process;
  private final Path directory;
  private final int port;
  private final Path log;

  private PgBouncer(Process process, Path directory, int port, Path log) {
    this.process = process;
    this.directory = directory;
    this.port = port;
    this.log = log;
  }

  /** The pgbouncer executable, or null when it is not installed. */
  public static Path executable() {
    for (String location : LOCATIONS) {
      Path path = Path.of(location);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    String pathVariable = System.getenv("PATH");
    if (pathVariable != null) {
      for (String dir : pathVariable.split(":")) {
        Path path = Path.of(dir, "pgbouncer");
        if (!dir.isEmpty() && Files.isExecutable(path)) {
          return path;
        }
      }
    }
    return null;
  }

  /** The installed version as {@code {major, minor}}, e.g. {@code {1, 18}}. */
  public static int[] version() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(executable().toString(), "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    Matcher matcher = VERSION.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("cannot read pgbouncer's version from: " + output);
    }
    return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
  }

  /**
   * Starts PgBouncer in transaction mode in front of {@code host:serverPort} and waits until it
   * accepts connections.
   *
   * @param poolSize {@code default_pool_size}: server connections per database and user
   * @param settings more {@code [pgbouncer]} settings, as {@code key = value} lines
   */
  public static PgBouncer start(
      String host, int serverPort, String user, String password, int poolSize, String... settings)
      throws IOException {
    Path executable = executable();
    if (executable == null) {
      throw new IllegalStateException("pgbouncer is not installed");
    }
    Path directory =
        Files.createTempDirectory(
            "pgtrickle-pgbouncer-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    int port = freePort();
    Path users = directory.resolve("userlist.txt");
    Files.writeString(users, quote(user) + " " + quote(password) + "\n");
    StringBuilder ini =
        new StringBuilder()
            .append("[databases]\n")
            .append("* = host=")
            .append(host)
            .append(" port=")
            .append(serverPort)
            .append("\n\n[pgbouncer]\n")
            .append("listen_addr = 127.0.0.1\n")
            .append("listen_port = ")
            .append(port)
            .append('\n')
            .append("unix_socket_dir =\n")
            .append("auth_type = trust\n")
            .append("auth_file = ")
            .append(users)
            .append('\n')
            .append("pool_mode = transaction\n")
            .append("default_pool_size = ")
            .append(poolSize)
            .append('\n')
            .append("max_client_conn = 200\n")
            // A test that waits for a server connection it can never get fails fast.
            .append("query_wait_timeout = 15\n")
            // pgjdbc sends extra_float_digits at start-up; PgBouncer refuses unknown parameters.
            .append("ignore_startup_parameters = extra_float_digits\n");
    for (String setting : settings) {
      ini.append(setting).append('\n');
    }
    Path config = directory.resolve("pgbouncer.ini");
    Files.writeString(config, ini.toString());
    for (Path file : List.of(users, config)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
    List<String> command = new ArrayList<>(List.of(executable.toString()));
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("-u", "postgres"));
    }
    command.add(config.toString());
    Path log = directory.resolve("pgbouncer.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PgBouncer bouncer = new PgBouncer(process, directory, port, log);
    try {
      Poll.until(
          "pgbouncer accepts connections on port " + port,
          Duration.ofSeconds(30),
          () -> {
            if (!process.isAlive()) {
              throw new IllegalStateException(
                  "pgbouncer exited with " + process.exitValue() + ": " + bouncer.log());
            }
            return bouncer.accepts();
          });
    } catch (RuntimeException | AssertionError e) {
      bouncer.close();
      throw e;
    }
    return bouncer;
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The JDBC URL of {@code database} through this pooler, without parameters. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** What PgBouncer has logged so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
