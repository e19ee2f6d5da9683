package dev.pgtrickle.dao.flyway;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import java.util.Objects;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Drops the defined stream tables with {@code pgtrickle.drop_stream_table}, in reverse dependency
 * order, before Flyway's {@code clean} ({@link Event#BEFORE_CLEAN}). Without it, {@code clean}
 * would drop the storage tables as plain tables and leave pg_trickle's catalog rows and triggers
 * behind. Stream tables that do not exist are skipped.
 */
public final class StreamTablesCleanCallback implements Callback {
  private final StreamTableDefinitions definitions;

  /** The definitions of every module on this class's class loader. */
  public StreamTablesCleanCallback() {
    this(StreamTableDefinitions.load());
  }

  /** The given definitions. */
  public StreamTablesCleanCallback(StreamTableDefinitions definitions) {
    this.definitions = Objects.requireNonNull(definitions, "definitions");
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_CLEAN;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    definitions.dropAll(context.getConnection());
  }

  @Override
  public String getCallbackName() {
    return StreamTablesMigration.DESCRIPTION;
  }
}
