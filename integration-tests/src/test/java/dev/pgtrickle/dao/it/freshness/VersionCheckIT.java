package dev.pgtrickle.dao.it.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.PgTrickleVersion;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.UnsupportedPgTrickleVersionException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableWatcher;
import java.sql.SQLException;
import java.util.Optional;
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
    assertEquals(StreamTableStatus.ACTIVE, new EventDao(owner).freshness().status());
    assertTrue(
        PgTrickleVersion.parse((String) Sql.value(owner, "SELECT pgtrickle.version()"))
            .isSupported());
  }

  @Test
  void anOlderOrNewerLineIsRefusedByEveryVersionDependentEntryPoint() {
    for (String version : new String[] {"0.67.0", "0.109.0"}) {
      serverSays(version);
      EventDao dao = new EventDao(owner);
      UnsupportedPgTrickleVersionException e =
          assertThrows(UnsupportedPgTrickleVersionException.class, dao::freshness);
      assertEquals(Optional.of(version), e.found());
      assertTrue(e.getMessage().contains("pg_trickle " + version), e.getMessage());
      assertTrue(e.getMessage().contains(PgTrickleVersion.SUPPORTED), e.getMessage());
      assertThrows(UnsupportedPgTrickleVersionException.class, () -> dao.query().listFresh());
      assertThrows(
          UnsupportedPgTrickleVersionException.class,
          () -> new StreamTableRefresher(owner).refresh(Events.FULL));
      try (StreamTableWatcher watcher = new StreamTableWatcher(owner)) {
        assertThrows(
            UnsupportedPgTrickleVersionException.class,
            () -> watcher.subscribe(dao.streamTable(), event -> {}));
      }
      assertEquals(0, dao.findAll().size(), "plain reads do not depend on the release");
    }
  }

  @Test
  void theAnswerIsKeptPerDao() {
    EventDao dao = new EventDao(owner);
    dao.freshness();
    serverSays("0.67.0");
    assertEquals(StreamTableStatus.ACTIVE, dao.freshness().status(), "asked once, kept");
    assertThrows(UnsupportedPgTrickleVersionException.class, new EventDao(owner)::freshness);
  }

  @Test
  void noPgTrickleIsSaidPlainly() {
    Sql.run(owner, "DROP FUNCTION pgtrickle.version()");
    UnsupportedPgTrickleVersionException e =
        assertThrows(UnsupportedPgTrickleVersionException.class, new EventDao(owner)::freshness);
    assertEquals(Optional.empty(), e.found());
    assertTrue(e.getMessage().contains("not installed"), e.getMessage());
  }
}
