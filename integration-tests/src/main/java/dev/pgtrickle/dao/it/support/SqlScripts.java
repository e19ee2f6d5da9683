package dev.pgtrickle.dao.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL scripts shipped with the harness, and a way to run a script.
 *
 * <p>{@value #STAND_IN} is the pg_trickle test stand-in (not the extension); {@value #TEST_HELPERS}
 * holds the test-only {@code pgtrickle_test} helpers that work on both the stand-in and a real
 * pg_trickle server.
 */
public final class SqlScripts {

  /** Classpath resource of the pg_trickle test stand-in. */
  public static final String STAND_IN = "pgtrickle-standin.sql";

  /** Classpath resource of the {@code pgtrickle_test} helpers. */
  public static final String TEST_HELPERS = "pgtrickle-test-helpers.sql";

  private SqlScripts() {}

  /** Returns the text of a script on the classpath, read as UTF-8. */
  public static String load(String resource) {
    try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("SQL script not on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read SQL script " + resource, e);
    }
  }

  /**
   * Runs a script of one or more statements through a single {@link Statement#execute} (pgjdbc
   * splits it, honouring quotes, comments and dollar quotes), with JDBC escape processing off so
   * that braces in the SQL are left alone.
   */
  public static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.execute(sql);
    }
  }
}
