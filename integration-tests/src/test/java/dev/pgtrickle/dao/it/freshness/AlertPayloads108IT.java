package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableEvent.Kind;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pg_trickle 0.108's {@code pg_trickle_alert} payloads through a real LISTEN connection: the {@code
 * database_oid} every payload carries (events naming another database are dropped), the valid-JSON
 * truncation with {@code omitted_fields}, and the new event kinds. The stand-in sends the {@code
 * resumed} event itself; the scheduler's events are sent with {@code pg_notify} in the 0.108
 * format, since the stand-in has no scheduler.
 */
class AlertPayloads108IT {
  private static TestDatabase db;
  private static DataSource owner;
  private static long databaseOid;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("alert_payloads_it");
    owner = db.dataSource();
    Events.create(owner);
    databaseOid =
        ((Number)
                Sql.value(owner, "SELECT oid FROM pg_database WHERE datname = current_database()"))
            .longValue();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static void notify(String payload) {
    Sql.rows(owner, "SELECT pg_notify('pg_trickle_alert', ?)", payload);
  }

  private static String payload(long oid, String event, String extra) {
    return "{\"database_oid\":"
        + oid
        + ",\"event\":\""
        + event
        + "\","
        + extra
        + "\"pgt_name\":\"events_full\",\"pgt_schema\":\"public\",\"st\":\"public.events_full\"}";
  }

  @Test
  void theStandInsResumedEventCarriesThisDatabasesOid() {
    List<StreamTableEvent> events = new CopyOnWriteArrayList<>();
    try (StreamTableWatcher watcher = new StreamTableWatcher(owner)) {
      watcher.subscribe(new EventDao(owner), events::add);
      StreamTableRefresher refresher = new StreamTableRefresher(owner);
      refresher.pause(Events.FULL);
      refresher.resume(Events.FULL);
      Poll.until("the resumed event", () -> !events.isEmpty());
      StreamTableEvent resumed = events.get(0);
      assertEquals(Kind.RESUMED, resumed.kind());
      assertEquals(
          String.valueOf(databaseOid),
          resumed.field("database_oid").orElseThrow(),
          resumed.payload().orElseThrow());
    }
  }

  @Test
  void eventsOfAnotherDatabaseAreIgnored() {
    List<StreamTableEvent> events = new CopyOnWriteArrayList<>();
    try (StreamTableWatcher watcher = new StreamTableWatcher(owner)) {
      watcher.subscribe(new EventDao(owner), events::add);
      notify(payload(databaseOid + 1, "refresh_completed", "\"action\":\"FULL\","));
      notify(payload(databaseOid, "freshness_breach", "\"p95_ms\":1500,\"target_ms\":1000,"));
      Poll.until("the breach event", () -> !events.isEmpty());
      // Notifications arrive in order: the other database's event came first and was dropped.
      assertEquals(1, events.size(), events::toString);
      StreamTableEvent breach = events.get(0);
      assertEquals(Kind.FRESHNESS_BREACH, breach.kind());
      assertEquals(Duration.ofSeconds(1), breach.target().orElseThrow());
      assertEquals(Duration.ofMillis(1500), breach.p95().orElseThrow());
    }
  }

  @Test
  void aTruncatedPayloadArrivesAsSuchWithWhatItOmitted() {
    List<StreamTableEvent> events = new CopyOnWriteArrayList<>();
    try (StreamTableWatcher watcher = new StreamTableWatcher(owner)) {
      watcher.subscribe(new EventDao(owner), events::add);
      notify(
          payload(
              databaseOid,
              "refresh_failed",
              "\"error\":\""
                  + "x".repeat(200)
                  + "...\",\"omitted_fields\":[\"action\"],"
                  + "\"truncated\":true,"));
      Poll.until("the failed event", () -> !events.isEmpty());
      StreamTableEvent failed = events.get(0);
      assertEquals(Kind.REFRESH_FAILED, failed.kind());
      assertTrue(failed.isTruncated());
      assertEquals(List.of("action"), failed.omittedFields());
      assertTrue(failed.error().orElseThrow().endsWith("..."));
      assertTrue(failed.action().isEmpty());
    }
  }
}
