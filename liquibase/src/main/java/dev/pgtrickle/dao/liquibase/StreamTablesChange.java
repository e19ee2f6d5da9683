package dev.pgtrickle.dao.liquibase;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import java.sql.Connection;
import liquibase.Scope;
import liquibase.change.CheckSum;
import liquibase.change.custom.CustomChangeChecksum;
import liquibase.change.custom.CustomTaskChange;
import liquibase.change.custom.CustomTaskRollback;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase custom change that creates or replaces every stream table the application's
 * {@code @StreamTableDefinition} records define, in dependency order ({@link
 * StreamTableDefinitions#apply(Connection)}: {@code create_or_replace_stream_table}), and whose
 * rollback drops them in reverse order ({@link StreamTableDefinitions#dropAll(Connection)}).
 *
 * <p>Its checksum is that of the definitions, so the changeset in {@value #CHANGELOG}, which is
 * {@code runOnChange="true"}, runs again after a definition changes and only then. Include that
 * changelog after the changesets that create the source tables:
 *
 * <pre>{@code
 * <include file="dev/pgtrickle/dao/liquibase/stream-tables.xml"/>
 * }</pre>
 *
 * <p>The definitions are read from the resources {@value StreamTableDefinitions#RESOURCE} of
 * Liquibase's class loader. It runs in Liquibase's transaction, on Liquibase's connection: that
 * role needs {@code pgtrickle_admin}, EXECUTE on {@code create_or_replace_stream_table} and
 * ownership of the stream tables it changes (see the README's privileges section).
 */
public final class StreamTablesChange
    implements CustomTaskChange, CustomTaskRollback, CustomChangeChecksum {
  /** The changelog this module ships, to include in yours. */
  public static final String CHANGELOG = "dev/pgtrickle/dao/liquibase/stream-tables.xml";

  private StreamTableDefinitions definitions;

  /** Called by Liquibase, which creates the change by its class name. */
  public StreamTablesChange() {}

  private StreamTableDefinitions definitions() {
    if (definitions == null) {
      definitions = StreamTableDefinitions.load(Scope.getCurrentScope().getClassLoader(true));
    }
    return definitions;
  }

  @Override
  public void execute(Database database) throws CustomChangeException {
    definitions().apply(connection(database));
  }

  @Override
  public void rollback(Database database) throws CustomChangeException {
    definitions().dropAll(connection(database));
  }

  /** The checksum of the definitions: the changeset runs again when it changes. */
  @Override
  public CheckSum generateChecksum() {
    return CheckSum.compute(definitions().text());
  }

  @Override
  public String getConfirmationMessage() {
    return "pgtrickle-dao: applied the definitions of "
        + definitions().all().size()
        + " stream tables";
  }

  @Override
  public void setUp() {
    // Nothing to set up: the definitions are read on first use.
  }

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {
    // The definitions are class-path resources read through the class loader.
  }

  @Override
  public ValidationErrors validate(Database database) {
    ValidationErrors errors = new ValidationErrors();
    if (!"postgresql".equals(database.getShortName())) {
      errors.addError(
          "pgtrickle-dao stream tables need PostgreSQL with pg_trickle, not "
              + database.getShortName());
    }
    return errors;
  }

  private static Connection connection(Database database) throws CustomChangeException {
    DatabaseConnection connection = database.getConnection();
    if (connection instanceof JdbcConnection jdbc) {
      return jdbc.getUnderlyingConnection();
    }
    throw new CustomChangeException(
        "pgtrickle-dao stream tables need a JDBC connection, not " + connection);
  }
}
