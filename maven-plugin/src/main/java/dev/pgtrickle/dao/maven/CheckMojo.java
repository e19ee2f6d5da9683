package dev.pgtrickle.dao.maven;

import dev.pgtrickle.dao.schema.SchemaSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the committed schema snapshot is out of date: when the live server's stream
 * tables (columns, types, contract generation and digest) differ from the file, or the file is
 * missing. The CI counterpart of {@code cargo sqlx prepare --check}; fix it with {@code mvn
 * pgtrickle-dao:snapshot} and commit the file.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractSchemaMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("pgtrickle-dao: check skipped");
      return;
    }
    String live = new SchemaSnapshot(readStreamTables()).write();
    if (!snapshot.isFile()) {
      throw new MojoFailureException(
          "pgtrickle-dao: the schema snapshot "
              + snapshot
              + " does not exist. Write it with `mvn pgtrickle-dao:snapshot` and commit it");
    }
    String committed;
    try {
      committed = Files.readString(snapshot.toPath(), StandardCharsets.UTF_8);
      SchemaSnapshot.parse(committed);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoFailureException(
          "pgtrickle-dao: cannot read the schema snapshot "
              + snapshot
              + ": "
              + e.getMessage()
              + ". Rewrite it with `mvn pgtrickle-dao:snapshot`",
          e);
    }
    List<String> differences = differences(committed, live);
    if (!differences.isEmpty()) {
      throw new MojoFailureException(
          "pgtrickle-dao: the schema snapshot "
              + snapshot
              + " is out of date ("
              + url
              + " differs). Run `mvn pgtrickle-dao:snapshot` and commit the file.\n"
              + String.join("\n", differences));
    }
    getLog().info("pgtrickle-dao: the schema snapshot " + snapshot + " is up to date");
  }

  /** The lines only in the file ({@code -}) and only on the server ({@code +}). */
  static List<String> differences(String committed, String live) {
    Set<String> file = lines(committed);
    Set<String> server = lines(live);
    List<String> differences = new ArrayList<>();
    for (String line : file) {
      if (!server.contains(line)) {
        differences.add("- " + line + "   (in the snapshot only)");
      }
    }
    for (String line : server) {
      if (!file.contains(line)) {
        differences.add("+ " + line + "   (on the server only)");
      }
    }
    if (differences.isEmpty() && !normalized(committed).equals(normalized(live))) {
      differences.add("the stream tables' columns are in a different order");
    }
    return differences;
  }

  private static Set<String> lines(String text) {
    Set<String> lines = new LinkedHashSet<>();
    String table = "";
    for (String line : normalized(text)) {
      if (line.startsWith("stream-table ")) {
        table = line;
        lines.add(line);
      } else if (!line.equals("end")) {
        lines.add(table + " :: " + line.strip());
      }
    }
    return lines;
  }

  private static List<String> normalized(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.stripTrailing());
      }
    }
    return lines;
  }
}
