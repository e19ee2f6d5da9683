package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IMMEDIATE tables follow their sources inside the writer's transaction while ACTIVE; while
 * SUSPENDED or ERROR they apply nothing and are rebuilt when reactivated (0.108).
 */
class ImmediateModeIT {

  private static TestDatabase db;

  @BeforeAll
  static void createStreamTables() throws SQLException {
    db = TestDatabase.create("immediate_mode_it");
    db.execute(
        """
                CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance int);
                INSERT INTO accounts VALUES (1, 'ann', 10), (2, 'bob', 20);
                SELECT pgtrickle.create_stream_table('public.balances',
                    'SELECT owner, sum(balance) AS total FROM accounts GROUP BY owner',
                    refresh_mode => 'IMMEDIATE');
                CREATE TABLE events (id int PRIMARY KEY, kind text);
                SELECT pgtrickle.create_stream_table('public.event_kinds',
                    'SELECT kind, count(*) AS n FROM events GROUP BY kind', refresh_mode => 'IMMEDIATE');
                CREATE TABLE notes (id int PRIMARY KEY, body text);
                SELECT pgtrickle.create_stream_table('public.note_copy', 'SELECT id, body FROM notes',
                    refresh_mode => 'IMMEDIATE');
                """);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void writerSeesTheChangeBeforeCommitOthersAfterCommit() throws SQLException {
    try (Connection writer = db.connect();
        Connection reader = db.connect()) {
      Sql.exec(reader, "SET statement_timeout = '20s'");
      OffsetDateTime dataBefore = Sql.catalogTime(reader, "public", "balances", "data_timestamp");
      writer.setAutoCommit(false);
      Sql.run(writer, "INSERT INTO accounts VALUES (3, 'ann', 5)");

      assertEquals(15L, Sql.scalar(writer, "SELECT total FROM balances WHERE owner = 'ann'"));
      assertEquals(
          10L,
          Sql.scalar(reader, "SELECT total FROM balances WHERE owner = 'ann'"),
          "other sessions keep reading the committed contents, without blocking");
      writer.commit();

      assertEquals(15L, Sql.scalar(reader, "SELECT total FROM balances WHERE owner = 'ann'"));
      assertTrue(
          Sql.catalogTime(reader, "public", "balances", "data_timestamp").isAfter(dataBefore));
      assertEquals(
          Sql.catalogTime(reader, "public", "balances", "data_timestamp"),
          Sql.catalogTime(reader, "public", "balances", "last_refresh_at"));
      assertNull(Sql.catalog(reader, "public", "balances").get("schedule"));
    }
  }

  @Test
  void updatesDeletesAndTruncatesArePropagated() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(c, "INSERT INTO events VALUES (1, 'click'), (2, 'click'), (3, 'view')");
      assertEquals(List.of("click=2", "view=1"), kinds(c));
      Sql.run(c, "UPDATE events SET kind = 'view' WHERE id = 1");
      assertEquals(List.of("click=1", "view=2"), kinds(c));
      Sql.run(c, "DELETE FROM events WHERE kind = 'click'");
      assertEquals(List.of("view=2"), kinds(c));
      Sql.run(c, "TRUNCATE events");
      assertEquals(List.of(), kinds(c));
    }
  }

  @Test
  void aStatementThatChangesNothingLeavesDataTimestampAlone() throws SQLException {
    try (Connection c = db.connect()) {
      Sql.run(c, "INSERT INTO notes VALUES (1, 'x')");
      OffsetDateTime dataBefore = Sql.catalogTime(c, "public", "note_copy", "data_timestamp");
      Sql.run(c, "UPDATE notes SET body = body WHERE id = 1");
      Sql.run(c, "DELETE FROM notes WHERE id = 42");
      assertEquals(dataBefore, Sql.catalogTime(c, "public", "note_copy", "data_timestamp"));
    }
  }

  @Test
  void alterToDifferentialStopsImmediateMaintenanceAndBackRestartsIt() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE flags (id int PRIMARY KEY);
                    SELECT pgtrickle.create_stream_table('public.flag_count',
                        'SELECT count(*) AS n FROM flags', refresh_mode => 'IMMEDIATE');
                    """);
      Sql.run(
          c,
          "SELECT pgtrickle.alter_stream_table('public.flag_count', refresh_mode => 'DIFFERENTIAL')");
      assertEquals("DIFFERENTIAL", Sql.catalog(c, "public", "flag_count").get("refresh_mode"));
      assertEquals("1m", Sql.catalog(c, "public", "flag_count").get("schedule"));
      Sql.run(c, "INSERT INTO flags VALUES (1)");
      assertEquals(
          0L, Sql.scalar(c, "SELECT n FROM flag_count"), "no longer maintained per statement");

      Sql.run(
          c,
          "SELECT pgtrickle.alter_stream_table('public.flag_count', refresh_mode => 'IMMEDIATE')");
      assertNull(Sql.catalog(c, "public", "flag_count").get("schedule"));
      assertEquals(1L, Sql.scalar(c, "SELECT n FROM flag_count"), "the mode change refreshed it");
      Sql.run(c, "INSERT INTO flags VALUES (2)");
      assertEquals(2L, Sql.scalar(c, "SELECT n FROM flag_count"));
    }
  }

  @Test
  void droppingTheStreamTableLeavesWritersToTheSourceAlone() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE temp_src (id int PRIMARY KEY);
                    SELECT pgtrickle.create_stream_table('public.temp_copy', 'SELECT id FROM temp_src',
                        refresh_mode => 'IMMEDIATE');
                    SELECT pgtrickle.drop_stream_table('public.temp_copy');
                    """);
      Sql.run(c, "INSERT INTO temp_src VALUES (1)");
      Sql.run(c, "TRUNCATE temp_src");
      assertNull(Sql.scalar(c, "SELECT to_regclass('public.temp_copy')"));
    }
  }

  @Test
  void immediateTablesReadingAViewFollowItsBaseTable() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE staff (id int PRIMARY KEY, team text, active boolean);
                    CREATE VIEW active_staff AS SELECT id, team FROM staff WHERE active;
                    SELECT pgtrickle.create_stream_table('public.team_sizes',
                        'SELECT team, count(*) AS n FROM active_staff GROUP BY team', refresh_mode => 'IMMEDIATE');
                    """);
      Sql.run(c, "INSERT INTO staff VALUES (1, 'red', true), (2, 'red', false), (3, 'blue', true)");
      assertEquals(
          List.of("blue=1", "red=1"),
          Sql.column(c, "SELECT team || '=' || n FROM team_sizes ORDER BY team"));
    }
  }

  @Test
  void aPausedImmediateTableAppliesNoWritesAndIsRebuiltOnResume() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE paused_src (id int PRIMARY KEY, val text);
                    INSERT INTO paused_src VALUES (1, 'one');
                    SELECT pgtrickle.create_stream_table('public.paused_copy', 'SELECT id, val FROM paused_src',
                        refresh_mode => 'IMMEDIATE');
                    """);
      OffsetDateTime dataBefore = Sql.catalogTime(c, "public", "paused_copy", "data_timestamp");
      Sql.run(c, "SELECT pgtrickle.pause_stream_table('public.paused_copy')");
      Sql.run(c, "INSERT INTO paused_src VALUES (2, 'two')");
      Sql.run(c, "UPDATE paused_src SET val = 'changed' WHERE id = 1");
      Sql.run(c, "DELETE FROM paused_src WHERE id = 2");
      Sql.run(c, "TRUNCATE paused_src");
      Sql.run(c, "INSERT INTO paused_src VALUES (3, 'three')");

      assertEquals("SUSPENDED", Sql.catalog(c, "public", "paused_copy").get("status"));
      assertEquals(true, Sql.catalog(c, "public", "paused_copy").get("needs_reinit"));
      assertEquals(List.of("1=one"), copy(c), "no write reached the suspended table");
      assertEquals(dataBefore, Sql.catalogTime(c, "public", "paused_copy", "data_timestamp"));

      Sql.run(c, "SELECT pgtrickle.resume_stream_table('public.paused_copy')");
      assertEquals(List.of("3=three"), copy(c), "resume rebuilt it from the sources");
      assertEquals("ACTIVE", Sql.catalog(c, "public", "paused_copy").get("status"));
      assertEquals(false, Sql.catalog(c, "public", "paused_copy").get("needs_reinit"));

      Sql.run(c, "INSERT INTO paused_src VALUES (4, 'four')");
      assertEquals(List.of("3=three", "4=four"), copy(c), "maintained per statement again");
    }
  }

  @Test
  void reactivatingASuspendedImmediateTableThroughAlterRebuildsItToo() throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE altered_src (id int PRIMARY KEY);
                    INSERT INTO altered_src VALUES (1);
                    SELECT pgtrickle.create_stream_table('public.altered_copy', 'SELECT id FROM altered_src',
                        refresh_mode => 'IMMEDIATE');
                    SELECT pgtrickle.alter_stream_table('public.altered_copy', status => 'ERROR');
                    INSERT INTO altered_src VALUES (2);
                    """);
      assertEquals(true, Sql.catalog(c, "public", "altered_copy").get("needs_reinit"));
      assertEquals(List.of(1), Sql.column(c, "SELECT id FROM altered_copy ORDER BY id"));
      Sql.run(c, "SELECT pgtrickle.alter_stream_table('public.altered_copy', status => 'ACTIVE')");
      assertEquals(List.of(1, 2), Sql.column(c, "SELECT id FROM altered_copy ORDER BY id"));
      assertEquals(false, Sql.catalog(c, "public", "altered_copy").get("needs_reinit"));
    }
  }

  @Test
  void anImmediateTableOverADeferredStreamTableChangesOnlyWhenTheUpstreamRefreshes()
      throws SQLException {
    try (Connection c = db.connect()) {
      db.execute(
          """
                    CREATE TABLE chain_src (id int PRIMARY KEY, val int);
                    SELECT pgtrickle.create_stream_table('public.chain_upstream', 'SELECT id, val FROM chain_src',
                        schedule => '5m', refresh_mode => 'FULL');
                    SELECT pgtrickle.create_stream_table('public.chain_child',
                        'SELECT id, val * 2 AS doubled FROM chain_upstream', refresh_mode => 'IMMEDIATE');
                    """);
      Sql.run(c, "INSERT INTO chain_src VALUES (1, 10)");
      assertEquals(
          0L,
          Sql.scalar(c, "SELECT count(*) FROM chain_child"),
          "the source write waits in the deferred upstream");
      Sql.run(c, "SELECT pgtrickle.refresh_stream_table('public.chain_upstream')");
      assertEquals(20, Sql.scalar(c, "SELECT doubled FROM chain_child WHERE id = 1"));
    }
  }

  private static List<Object> copy(Connection c) throws SQLException {
    return Sql.column(c, "SELECT id || '=' || val FROM paused_copy ORDER BY id");
  }

  private static List<Object> kinds(Connection c) throws SQLException {
    return Sql.column(c, "SELECT kind || '=' || n FROM event_kinds ORDER BY kind");
  }
}
