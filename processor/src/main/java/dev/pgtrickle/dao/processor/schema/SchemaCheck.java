package dev.pgtrickle.dao.processor.schema;

import dev.pgtrickle.dao.schema.CatalogReader;
import dev.pgtrickle.dao.schema.RecordSchema;
import dev.pgtrickle.dao.schema.SchemaComparison;
import dev.pgtrickle.dao.schema.SchemaSnapshot;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The build-time schema check: compares each {@code @StreamTableView} record with its stream table,
 * as a committed snapshot file or a live server describes it, by the same {@linkplain
 * dev.pgtrickle.dao.schema.CompatibilityRules compatibility rules} as the start-up verifier.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@value #MODE} = {@code snapshot} (the default), {@code live} or {@code off}.
 *   <li>{@value #SNAPSHOT} = the snapshot file. Without it the processor looks for {@value
 *       SchemaSnapshot#DEFAULT_FILE} at the root of the source path, then in the folders above the
 *       class output (a Maven or Gradle project's root); when it finds none, the snapshot check is
 *       off. A file named explicitly must exist.
 *   <li>{@value #URL} = a JDBC URL: live mode (the default mode when it is set), with the user and
 *       password from the environment variables {@value #USER_ENV} and {@value #PASSWORD_ENV}. The
 *       PostgreSQL JDBC driver must be on the annotation processor path.
 * </ul>
 *
 * <p>The source is opened once per compilation, on first use; a source that cannot be read is one
 * {@linkplain Problem problem} without a record.
 */
public final class SchemaCheck {
  /** Option: {@code snapshot}, {@code live} or {@code off}. */
  public static final String MODE = "pgtrickle.dao.schema";

  /** Option: the snapshot file. */
  public static final String SNAPSHOT = "pgtrickle.dao.schema.snapshot";

  /** Option: the JDBC URL of live mode. */
  public static final String URL = "pgtrickle.dao.schema.url";

  /** Environment variable holding live mode's user. */
  public static final String USER_ENV = "PGTRICKLE_DAO_SCHEMA_USER";

  /** Environment variable holding live mode's password. */
  public static final String PASSWORD_ENV = "PGTRICKLE_DAO_SCHEMA_PASSWORD";

  /** The options this check reads. */
  public static final Set<String> OPTIONS = Set.of(MODE, SNAPSHOT, URL);

  /** A problem with the check's configuration or source: not about any one record. */
  public record Problem(String option, String value, String text) {}

  private final Map<String, String> options;
  private final Filer filer;
  private final Function<String, String> environment;
  private boolean opened;
  private SchemaSource source;
  private Problem problem;

  /**
   * Creates the check.
   *
   * @param options the processor options
   * @param filer javac's Filer, to find the snapshot next to the sources or the class output
   * @param environment the environment variables ({@code System::getenv} outside tests)
   */
  public SchemaCheck(
      Map<String, String> options, Filer filer, Function<String, String> environment) {
    this.options = Map.copyOf(filterNulls(options));
    this.filer = filer;
    this.environment = environment;
  }

  private static Map<String, String> filterNulls(Map<String, String> options) {
    Map<String, String> copy = new HashMap<>();
    options.forEach((k, v) -> copy.put(k, v == null ? "" : v));
    return copy;
  }

  /** The problem opening the source, if any; reported once by the caller. */
  public Optional<Problem> problem() {
    open();
    return Optional.ofNullable(problem);
  }

  /** Whether a source is in use (a snapshot was found, or live mode is on). */
  public boolean active() {
    open();
    return source != null;
  }

  /** What the source is, for messages; empty when inactive. */
  public String describe() {
    open();
    return source == null ? "" : source.describe();
  }

  /**
   * Compares {@code record} with the source's stream table.
   *
   * @return the differences and notes; an empty comparison when the check is inactive
   */
  public SchemaComparison check(RecordSchema record) {
    open();
    if (source == null) {
      return new SchemaComparison(List.of(), List.of());
    }
    Optional<StreamTableSchema> table = source.table(record.schema(), record.name());
    boolean other = table.isEmpty() && source.otherRelation(record.schema(), record.name());
    return SchemaComparison.compare(record, table, other);
  }

  private void open() {
    if (opened) {
      return;
    }
    opened = true;
    String url = options.get(URL);
    String mode = options.getOrDefault(MODE, url != null ? "live" : "snapshot");
    switch (mode) {
      case "off" -> source = null;
      case "live" -> {
        if (url == null || url.isBlank()) {
          problem =
              new Problem(
                  MODE,
                  mode,
                  "live mode needs -A"
                      + URL
                      + "=jdbc:postgresql://host/database. Set it, or use"
                      + " the snapshot");
        } else {
          source = live(url);
        }
      }
      case "snapshot" -> source = snapshot();
      default ->
          problem =
              new Problem(
                  MODE,
                  mode,
                  "expected snapshot, live or off. Set it to one of those values, or leave it out"
                      + " for snapshot");
    }
  }

  private SchemaSource snapshot() {
    String named = options.get(SNAPSHOT);
    Path file;
    if (named != null) {
      file = Paths.get(named);
      if (!Files.isRegularFile(file)) {
        problem =
            new Problem(
                SNAPSHOT,
                named,
                "no such file ("
                    + file.toAbsolutePath()
                    + "). Write it with `mvn pgtrickle-dao:snapshot`, or correct the path");
        return null;
      }
    } else {
      file = findSnapshot();
      if (file == null) {
        return null;
      }
    }
    try {
      SchemaSnapshot snapshot = SchemaSnapshot.read(file);
      return new SnapshotSource(snapshot, file);
    } catch (IOException | IllegalArgumentException e) {
      problem =
          new Problem(
              SNAPSHOT,
              file.toString(),
              "cannot read the schema snapshot: "
                  + e.getMessage()
                  + ". Rewrite it with `mvn pgtrickle-dao:snapshot`");
      return null;
    }
  }

  /** {@value SchemaSnapshot#DEFAULT_FILE} on the source path, else above the class output. */
  private Path findSnapshot() {
    Path onSourcePath = existing(StandardLocation.SOURCE_PATH, SchemaSnapshot.DEFAULT_FILE);
    if (onSourcePath != null) {
      return onSourcePath;
    }
    Path probe = fileOf(StandardLocation.CLASS_OUTPUT, "pgtrickle-dao-probe");
    if (probe == null) {
      return null;
    }
    // target/classes/probe (Maven), build/classes/java/main/probe (Gradle): up to the project
    Path dir = probe.getParent();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve(SchemaSnapshot.DEFAULT_FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          || Files.isRegularFile(dir.resolve("build.gradle"))
          || Files.isRegularFile(dir.resolve("build.gradle.kts"))) {
        return null; // the project's root: look no further up
      }
    }
    return null;
  }

  private Path existing(StandardLocation location, String name) {
    Path file = fileOf(location, name);
    return file != null && Files.isRegularFile(file) ? file : null;
  }

  private Path fileOf(StandardLocation location, String name) {
    try {
      FileObject resource = filer.getResource(location, "", name);
      URI uri = resource.toUri();
      return "file".equals(uri.getScheme()) ? Paths.get(uri) : null;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return null; // no such location in this compilation (e.g. no -sourcepath)
    }
  }

  private SchemaSource live(String url) {
    Properties properties = new Properties();
    String user = environment.apply(USER_ENV);
    String password = environment.apply(PASSWORD_ENV);
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    Driver driver = null;
    for (Driver candidate : ServiceLoader.load(Driver.class, SchemaCheck.class.getClassLoader())) {
      try {
        if (candidate.acceptsURL(url)) {
          driver = candidate;
          break;
        }
      } catch (SQLException e) {
        // not this driver
      }
    }
    if (driver == null) {
      problem =
          new Problem(
              URL,
              url,
              "no JDBC driver on the annotation processor path accepts this URL. Add"
                  + " org.postgresql:postgresql to the annotation processor path next to"
                  + " pgtrickle-dao-processor");
      return null;
    }
    try (Connection connection = driver.connect(url, properties)) {
      if (connection == null) {
        throw new SQLException("the driver did not accept the URL");
      }
      connection.setReadOnly(true);
      CatalogReader reader = CatalogReader.on(connection);
      List<StreamTableSchema> tables = reader.readAll();
      Set<List<String>> relations = reader.relations();
      return new LiveSource(url, new SchemaSnapshot(tables), relations);
    } catch (SQLException e) {
      problem =
          new Problem(
              URL,
              url,
              "cannot read the stream tables from the live server: "
                  + e.getMessage()
                  + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")")
                  + ". Check the URL and the credentials in "
                  + USER_ENV
                  + " and "
                  + PASSWORD_ENV
                  + ", or build from the snapshot");
      return null;
    }
  }

  private record SnapshotSource(SchemaSnapshot snapshot, Path file) implements SchemaSource {
    @Override
    public Optional<StreamTableSchema> table(String schema, String name) {
      return snapshot.table(schema, name);
    }

    @Override
    public boolean otherRelation(String schema, String name) {
      return false;
    }

    @Override
    public String describe() {
      return "schema snapshot " + file;
    }
  }

  /** The live server's stream tables and other relations, read once per compilation. */
  private record LiveSource(String url, SchemaSnapshot tables, Set<List<String>> relations)
      implements SchemaSource {
    @Override
    public Optional<StreamTableSchema> table(String schema, String name) {
      return tables.table(schema, name);
    }

    @Override
    public boolean otherRelation(String schema, String name) {
      return relations.contains(List.of(schema, name));
    }

    @Override
    public String describe() {
      return "live server " + url;
    }
  }
}
