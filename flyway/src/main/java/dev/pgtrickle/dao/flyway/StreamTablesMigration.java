package dev.pgtrickle.dao.flyway;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway <em>repeatable</em> Java migration that creates or replaces every stream table the
 * application's {@code @StreamTableDefinition} records define, in dependency order ({@link
 * StreamTableDefinitions#apply(java.sql.Connection)}: {@code create_or_replace_stream_table}).
 *
 * <p>Why repeatable: a stream table's definition lives in the code and changes with it, like a
 * view's; Flyway re-runs a repeatable migration whenever its checksum changes, and this migration's
 * checksum is that of the definitions ({@link StreamTableDefinitions#checksum()}). So {@code
 * migrate} creates the stream tables on a fresh database, does nothing while the definitions stay
 * the same, and alters them in place after one changes. Repeatable migrations run after every
 * pending versioned one, so the source tables your versioned migrations create exist by then. It
 * runs in Flyway's transaction, with Flyway's connection: that role needs {@code pgtrickle_admin},
 * EXECUTE on {@code create_or_replace_stream_table} (which pg_trickle 0.108.3 grants to no role)
 * and ownership of the stream tables it changes.
 *
 * <p>Dropping a stream table whose record is deleted is a versioned migration of your own ({@code
 * SELECT pgtrickle.drop_stream_table('"public"."old_totals"')}): a definition that no longer exists
 * cannot say what to drop. {@code clean} is covered by {@link StreamTablesCleanCallback}.
 */
public final class StreamTablesMigration implements JavaMigration {
  /** The description Flyway shows and records in its history table. */
  public static final String DESCRIPTION = "pgtrickle-dao stream tables";

  private final StreamTableDefinitions definitions;

  /** The definitions of every module on this class's class loader. */
  public StreamTablesMigration() {
    this(StreamTableDefinitions.load());
  }

  /** The given definitions, e.g. {@code StreamTableDefinitions.load(classLoader)}. */
  public StreamTablesMigration(StreamTableDefinitions definitions) {
    this.definitions = Objects.requireNonNull(definitions, "definitions");
  }

  /** Null: a repeatable migration. */
  @Override
  public MigrationVersion getVersion() {
    return null;
  }

  @Override
  public String getDescription() {
    return DESCRIPTION;
  }

  /** The definitions' checksum: Flyway re-runs the migration when it changes. */
  @Override
  public Integer getChecksum() {
    return definitions.checksum();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    definitions.apply(context.getConnection());
  }
}
