package dev.pgtrickle.dao.maven;

import dev.pgtrickle.dao.schema.SchemaSnapshot;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes (or rewrites) the schema snapshot from a live server: every stream table's user columns,
 * types, contract generation and digest (where the role may see them), in {@code
 * pgtrickle-schema.txt}. Commit the file: the annotation processor checks records against it at
 * compile time, without a database.
 */
@Mojo(name = "snapshot", requiresProject = true, threadSafe = true)
public final class SnapshotMojo extends AbstractSchemaMojo {
  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("pgtrickle-dao: snapshot skipped");
      return;
    }
    SchemaSnapshot snapshot = new SchemaSnapshot(readStreamTables());
    try {
      snapshot.writeTo(this.snapshot.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + this.snapshot + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "pgtrickle-dao: wrote "
                + snapshot.tables().size()
                + " stream table(s) to "
                + this.snapshot);
  }
}
