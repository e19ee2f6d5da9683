package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StaleDataException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What pg_trickle 0.108 changes for a reader: a SUSPENDED IMMEDIATE table applies no writes (and is
 * rebuilt on resume), the extension's {@code target_freshness} is the budget of a DAO that declares
 * none, the freshness controller's SLA status is there for a role that may read it and absent
 * otherwise, and an EXTERNAL table refuses manual refreshes.
 */
class PgTrickle108IT {
  private static TestDatabase db;
  private static DataSource owner;
  private static DataSource reader;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("pgtrickle108_it");
    owner = db.dataSource();
    Events.create(owner);
    Sql.run(
        owner,
        "SELECT pgtrickle.create_stream_table('public.events_target', 'SELECT id, grp FROM events',"
            + " refresh_mode => 'DIFFERENTIAL', target_freshness => '1s')",
        "SELECT pgtrickle.create_stream_table('public.events_external',"
            + " 'SELECT id, grp FROM events', schedule => '1h', refresh_mode => 'FULL',"
            + " orchestration_mode => 'EXTERNAL')");
    reader =
        db.readOnlyRole("public.events_live", "public.events_target", "public.events_external");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void aSuspendedImmediateTableIsNotCurrentAndCatchesUpOnResume() throws SQLException {
    LiveEventDao dao = new LiveEventDao(reader);
    StreamTableRefresher refresher = new StreamTableRefresher(owner);
    assertTrue(dao.freshness().isImmediatelyMaintained());
    refresher.pause(Events.LIVE);
    try {
      Events.insert(owner, 1, "while-suspended");
      FreshnessToken token;
      try (Connection connection = reader.getConnection()) {
        token = StreamTables.markWrite(connection);
      }
      Freshness suspended = dao.freshness();
      assertEquals(Freshness.Status.SUSPENDED, suspended.status());
      assertFalse(suspended.isImmediatelyMaintained());
      assertFalse(token.isCoveredBy(suspended), "the write is not in the suspended table");
      assertTrue(dao.query().where(LiveEventDao.GRP.eq("while-suspended")).list().isEmpty());
      assertEquals(Fresh.Verdict.SUSPENDED, dao.query().listFresh().verdict());
      assertThrows(
          StreamTableSuspendedException.class,
          () -> StreamTables.awaitFresherThan(dao, token, Duration.ofSeconds(5)));
    } finally {
      refresher.resume(Events.LIVE);
    }
    assertEquals(
        1,
        dao.query().where(LiveEventDao.GRP.eq("while-suspended")).list().size(),
        "resume rebuilt it");
    assertTrue(dao.freshness().isImmediatelyMaintained());
  }

  @Test
  void theExtensionsTargetIsTheBudgetOfADaoThatDeclaresNone() throws SQLException {
    TargetEventDao dao = new TargetEventDao(reader);
    Freshness freshness = dao.freshness();
    assertEquals(Optional.of(Freshness.TargetMode.INTERVAL), freshness.targetFreshnessMode());
    assertEquals(Optional.of(Duration.ofSeconds(1)), freshness.targetFreshness());
    assertEquals(Optional.of(Duration.ofSeconds(1)), freshness.ownBound());
    assertTrue(freshness.isPopulated(), freshness::toString);

    // Inside one REPEATABLE READ transaction the catalog row stays as the snapshot saw it (a
    // real scheduler's refreshes are invisible there) while statement_timestamp() moves on, so
    // the data ages past its 1 s target whatever else refreshes it.
    try (Connection connection = reader.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      dao.on(connection).query().listFresh();
      Fresh<List<TargetEvent>> stale =
          Poll.value(
              "a read older than the 1 s target",
              Duration.ofSeconds(30),
              () -> {
                Fresh<List<TargetEvent>> read = dao.on(connection).query().listFresh();
                return read.verdict() == Fresh.Verdict.STALE ? read : null;
              });
      assertTrue(stale.freshness().age().compareTo(Duration.ofSeconds(1)) > 0);
      assertThrows(
          StaleDataException.class, () -> dao.on(connection).query().listFresh(ReadPolicy.fail()));
      assertEquals(
          Fresh.Verdict.FRESH,
          dao.on(connection).query().listFresh(ReadPolicy.accept(Duration.ofHours(1))).verdict(),
          "a budget of the call's own wins");
      connection.rollback();
    }
  }

  @Test
  void theSlaStatusIsThereForARoleThatMayReadTheControllerAndAbsentOtherwise() {
    Freshness asOwner = new TargetEventDao(owner).freshness();
    assertTrue(asOwner.slaStatus().isPresent(), asOwner::toString);
    if (db.standIn()) {
      // The stand-in has no controller taking samples (a real server's may have some by now).
      assertEquals(Optional.empty(), asOwner.p50(), "no samples: empty, not zero");
      assertEquals(Optional.empty(), asOwner.p95());
    }

    Freshness asReader = new TargetEventDao(reader).freshness();
    assertEquals(Optional.empty(), asReader.slaStatus());
    assertEquals(Optional.of(Duration.ofSeconds(1)), asReader.targetFreshness());

    Freshness noTarget = new EventDao(owner).freshness();
    assertEquals(Optional.empty(), noTarget.targetFreshness());
    assertEquals(Optional.empty(), noTarget.slaStatus(), "the controller has no row for it");
  }

  @Test
  void anExternalTableRefusesManualRefreshesWithATypedError() {
    assertEquals(
        Freshness.OrchestrationMode.EXTERNAL,
        new ExternalEventDao(reader).freshness().orchestrationMode());
    StreamTableRefresher refresher = new StreamTableRefresher(owner);
    StreamTableException e =
        assertThrows(
            StreamTableException.class, () -> refresher.refresh(ExternalEventDao.STREAM_TABLE));
    assertEquals(StreamTableException.Reason.EXTERNAL_ORCHESTRATION, e.reason());
    assertTrue(e.getMessage().contains("is EXTERNAL"), e.getMessage());
  }
}
