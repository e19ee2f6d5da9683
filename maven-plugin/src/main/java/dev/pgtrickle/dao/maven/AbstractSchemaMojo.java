package dev.pgtrickle.dao.maven;

import dev.pgtrickle.dao.schema.CatalogReader;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the live server (a JDBC URL, with the user and password from the
 * parameters or the environment) and the stream tables to include.
 */
abstract class AbstractSchemaMojo extends AbstractMojo {
  /** Environment variable for the user when {@code user} is not set. */
  static final String USER_ENV = "PGTRICKLE_DAO_SCHEMA_USER";

  /** Environment variable for the password when {@code password} is not set. */
  static final String PASSWORD_ENV = "PGTRICKLE_DAO_SCHEMA_PASSWORD";

  /** The JDBC URL of the server to read the stream tables from. */
  @Parameter(property = "pgtrickle.url", required = true)
  String url;

  /** The user; default: the environment variable {@value #USER_ENV}. */
  @Parameter(property = "pgtrickle.user")
  String user;

  /** The password; default: the environment variable {@value #PASSWORD_ENV}. */
  @Parameter(property = "pgtrickle.password")
  String password;

  /** Only stream tables in these schemas; default: every schema. */
  @Parameter(property = "pgtrickle.schemas")
  List<String> schemas;

  /** The snapshot file. */
  @Parameter(
      property = "pgtrickle.snapshot",
      defaultValue = "${project.basedir}/pgtrickle-schema.txt")
  File snapshot;

  /** Skips the goal. */
  @Parameter(property = "pgtrickle.skip", defaultValue = "false")
  boolean skip;

  /** The stream tables the role can see, in the included schemas, sorted. */
  List<StreamTableSchema> readStreamTables() throws MojoExecutionException {
    Properties properties = new Properties();
    String u = user != null ? user : System.getenv(USER_ENV);
    String p = password != null ? password : System.getenv(PASSWORD_ENV);
    if (u != null) {
      properties.setProperty("user", u);
    }
    if (p != null) {
      properties.setProperty("password", p);
    }
    try (Connection connection = DriverManager.getConnection(url, properties)) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        List<StreamTableSchema> tables = new ArrayList<>();
        for (StreamTableSchema table : CatalogReader.on(connection).readAll()) {
          if (schemas == null || schemas.isEmpty() || schemas.contains(table.schema())) {
            tables.add(table);
          }
        }
        return tables;
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new MojoExecutionException(
          "cannot read the stream tables from "
              + url
              + ": "
              + e.getMessage()
              + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")")
              + ". Check pgtrickle.url and the credentials (pgtrickle.user/pgtrickle.password or "
              + USER_ENV
              + "/"
              + PASSWORD_ENV
              + ")",
          e);
    }
  }
}
