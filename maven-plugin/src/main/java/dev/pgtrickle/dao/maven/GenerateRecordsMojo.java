package dev.pgtrickle.dao.maven;

import dev.pgtrickle.dao.schema.ColumnSchema;
import dev.pgtrickle.dao.schema.CompatibilityRules;
import dev.pgtrickle.dao.schema.Fit;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates one {@code @StreamTableView} record per stream table of a live server, jOOQ-codegen
 * style: user columns only, component names in camelCase (with {@code @ColumnName} where the
 * processor would not derive the column's name), component types by the compatibility rules of
 * {@code dev.pgtrickle.dao.schema.CompatibilityRules} (boxed, since every pg_trickle column is
 * nullable; {@code @Lossy String} for a type no component reads exactly). The records go to {@code
 * target/generated-sources/pgtrickle-dao}, which is added to the compile source roots, so the
 * annotation processor turns them into DAOs in the same build.
 */
@Mojo(name = "generate-records", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateRecordsMojo extends AbstractSchemaMojo {
  /** The package of the generated records. */
  @Parameter(property = "pgtrickle.package", required = true)
  String packageName;

  /** Where the records are written. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/pgtrickle-dao")
  File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("pgtrickle-dao: generate-records skipped");
      return;
    }
    if (!javax.lang.model.SourceVersion.isName(packageName)) {
      throw new MojoExecutionException(
          "pgtrickle-dao: packageName '" + packageName + "' is not a Java package name");
    }
    List<StreamTableSchema> tables = readStreamTables();
    Path folder = outputDirectory.toPath().resolve(packageName.replace('.', '/'));
    try {
      Files.createDirectories(folder);
      for (StreamTableSchema table : tables) {
        RecordSource source = RecordSource.of(packageName, table);
        Files.writeString(
            folder.resolve(source.simpleName() + ".java"), source.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write records to " + folder + ": " + e, e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
    getLog()
        .info(
            "pgtrickle-dao: generated "
                + tables.size()
                + " record(s) in "
                + folder
                + " (lossy reads: "
                + tables.stream()
                    .flatMap(t -> t.columns().stream())
                    .filter(
                        c ->
                            CompatibilityRules.fit(
                                    CompatibilityRules.javaTypeFor(c.type()), c.type())
                                == Fit.LOSSY)
                    .map(ColumnSchema::name)
                    .toList()
                + ")");
  }
}
