package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.internal.PgTrickleVersion;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client asks {@code pgtrickle.version()} once per DAO, refresher and watcher, and refuses a
 * release outside the 0.108 line with a typed error naming both. The refused releases are made by
 * redefining the stand-in's {@code version()} in this test's own database, so the test runs on the
 * stand-in only (a real extension's function cannot be replaced); the accepted release is the
 * server's own and is checked by every other test.
 */
class VersionCheckIT {
  private TestDatabase db;
  private DataSource owner;

  @BeforeEach
  void createTables() throws SQLException {
    db = TestDatabase.create("version_check_it");
    assumeTrue(db.standIn(), "redefines the stand-in's version()");
    owner = db.dataSource();
    Events.create(owner);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private void serverSays(String version) {
    Sql.run(
        owner,
        "CREATE OR REPLACE FUNCTION pgtrickle.version() RETURNS text"
            + " LANGUAGE sql IMMUTABLE AS $$ SELECT '"
            + version
            + "'::text $$");
  }

  @Test
  void theServersReleaseIsAccepted() {
    assertEquals(Freshness.Status.ACTIVE, new EventDao(owner).freshness().status());
    assertTrue(
        PgTrickleVersion.parse((String) Sql.value(owner, "SELECT pgtrickle.version()"))
            .isSupported());
  }

  @Test
  void anOlderOrNewerLineIsRefusedByEveryVersionDependentEntryPoint() {
    for (String version : new String[] {"0.67.0", "0.109.0"}) {
      serverSays(version);
      EventDao dao = new EventDao(owner);
      StreamTableException e = assertThrows(StreamTableException.class, dao::freshness);
      assertEquals(StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE, e.reason());
      assertTrue(e.getMessage().contains("pg_trickle " + version), e.getMessage());
      assertTrue(e.getMessage().contains(PgTrickleVersion.SUPPORTED), e.getMessage());
      assertEquals(
          StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
          assertThrows(StreamTableException.class, () -> dao.query().listFresh()).reason());
      assertEquals(
          StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
          assertThrows(
                  StreamTableException.class,
                  () -> new StreamTableRefresher(owner).refresh(Events.FULL))
              .reason());
      try (StreamTableWatcher watcher = new StreamTableWatcher(owner)) {
        assertEquals(
            StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
            assertThrows(StreamTableException.class, () -> watcher.subscribe(dao, event -> {}))
                .reason());
      }
      assertEquals(0, dao.findAll().size(), "plain reads do not depend on the release");
    }
  }

  @Test
  void theAnswerIsKeptPerDao() {
    EventDao dao = new EventDao(owner);
    dao.freshness();
    serverSays("0.67.0");
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status(), "asked once, kept");
    assertEquals(
        StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE,
        assertThrows(StreamTableException.class, new EventDao(owner)::freshness).reason());
  }

  @Test
  void noPgTrickleIsSaidPlainly() {
    Sql.run(owner, "DROP FUNCTION pgtrickle.version()");
    StreamTableException e =
        assertThrows(StreamTableException.class, new EventDao(owner)::freshness);
    assertEquals(StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE, e.reason());
    assertTrue(e.getMessage().contains("not installed"), e.getMessage());
  }
}
