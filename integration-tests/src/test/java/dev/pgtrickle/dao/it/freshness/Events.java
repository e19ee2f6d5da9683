package dev.pgtrickle.dao.it.freshness;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.runtime.StreamTableName;
import javax.sql.DataSource;

/**
 * The fixture of the freshness tests: a source table {@code events} and stream tables copying it in
 * each refresh mode. Deferred tables get a one-hour schedule, so a real pg_trickle scheduler leaves
 * them alone while a test refreshes by hand.
 */
final class Events {
  static final StreamTableName FULL = StreamTableName.of("public", "events_full");
  static final StreamTableName DIFF = StreamTableName.of("public", "events_diff");
  static final StreamTableName LIVE = StreamTableName.of("public", "events_live");

  private Events() {}

  /** Creates {@code events} and the three stream tables, all empty. */
  static void create(DataSource dataSource) {
    Sql.run(
        dataSource,
        "CREATE TABLE events (id bigserial PRIMARY KEY, grp text)",
        create(FULL, "FULL"),
        create(DIFF, "DIFFERENTIAL"),
        "SELECT pgtrickle.create_stream_table('public.events_live', 'SELECT id, grp FROM events',"
            + " refresh_mode => 'IMMEDIATE')");
  }

  private static String create(StreamTableName table, String mode) {
    return "SELECT pgtrickle.create_stream_table('"
        + table.sql().replace("'", "''")
        + "',"
        + " 'SELECT id, grp FROM events', schedule => '1h', refresh_mode => '"
        + mode
        + "')";
  }

  /** Inserts {@code count} events of group {@code grp}, in one auto-commit statement. */
  static void insert(DataSource dataSource, int count, String grp) {
    Sql.rows(
        dataSource,
        "INSERT INTO events (grp) SELECT ? FROM generate_series(1, ?) RETURNING id",
        grp,
        count);
  }

  /** Sets the status of {@code table} (SUSPENDED, ERROR, ACTIVE) as an operator would. */
  static void status(DataSource dataSource, StreamTableName table, String status) {
    Sql.run(
        dataSource,
        "SELECT pgtrickle.alter_stream_table('" + table.sql() + "', status => '" + status + "')");
  }
}
