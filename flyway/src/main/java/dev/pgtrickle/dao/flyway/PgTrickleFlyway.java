package dev.pgtrickle.dao.flyway;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import java.util.Arrays;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Registers stream tables as code with a Flyway configuration:
 *
 * <pre>{@code
 * Flyway flyway = PgTrickleFlyway.configure(Flyway.configure().dataSource(adminDataSource))
 *     .load();
 * flyway.migrate();   // versioned migrations, then the stream tables
 * }</pre>
 */
public final class PgTrickleFlyway {
  private PgTrickleFlyway() {}

  /**
   * Adds {@link StreamTablesMigration} and {@link StreamTablesCleanCallback} for the definitions on
   * the configuration's class loader to {@code configuration}, keeping the Java migrations and
   * callbacks it already has.
   */
  public static FluentConfiguration configure(FluentConfiguration configuration) {
    return configure(configuration, StreamTableDefinitions.load(configuration.getClassLoader()));
  }

  /** Adds the migration and the callback for {@code definitions} to {@code configuration}. */
  public static FluentConfiguration configure(
      FluentConfiguration configuration, StreamTableDefinitions definitions) {
    JavaMigration[] migrations = configuration.getJavaMigrations();
    JavaMigration[] withOurs = Arrays.copyOf(migrations, migrations.length + 1);
    withOurs[migrations.length] = new StreamTablesMigration(definitions);
    Callback[] callbacks = configuration.getCallbacks();
    Callback[] withCallback = Arrays.copyOf(callbacks, callbacks.length + 1);
    withCallback[callbacks.length] = new StreamTablesCleanCallback(definitions);
    return configuration.javaMigrations(withOurs).callbacks(withCallback);
  }
}
