package dev.pgtrickle.dao.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.QuotedNames;
import dev.pgtrickle.dao.it.model.QuotedNamesDao;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Freshness;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A mixed-case schema and table ({@code "Sales"."RegionUsers"}, unreachable from unquoted SQL) with
 * columns named {@code order}, {@code user} and {@code Count}: every identifier is quoted, and the
 * catalog is searched with the exact stored case.
 */
class QuotingIT {
  private static TestDatabase db;
  private static DataSource reader;

  @BeforeAll
  static void createTable() throws SQLException {
    db = TestDatabase.create("quoting_it");
    DataSource owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE SCHEMA \"Sales\"",
        "CREATE TABLE \"Sales\".visits (id int PRIMARY KEY, region text, \"user\" text)",
        "INSERT INTO \"Sales\".visits VALUES (1, 'East', 'ann'), (2, 'East', 'ann'),"
            + " (3, 'West', 'bo'), (4, NULL, 'bo')",
        "SELECT pgtrickle.create_stream_table('Sales.RegionUsers', $q$SELECT region AS \"order\","
            + " \"user\", COUNT(*) AS \"Count\" FROM \"Sales\".visits GROUP BY region, \"user\"$q$,"
            + " schedule => '1h')");
    reader = db.readOnlyRole("Sales.RegionUsers");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyReadWorksOnQuotedNames() {
    QuotedNamesDao dao = new QuotedNamesDao(reader);

    assertEquals("\"Sales\".\"RegionUsers\"", QuotedNamesDao.STREAM_TABLE.sql());
    assertEquals(
        List.of(
            new QuotedNames(null, "bo", 1),
            new QuotedNames("East", "ann", 2),
            new QuotedNames("West", "bo", 1)),
        dao.findAll(QuotedNamesDao.ORDER.asc().nullsFirst()));
    assertEquals(
        List.of(new QuotedNames("East", "ann", 2)),
        dao.query().where(QuotedNamesDao.ORDER.eq("East")).list());
    assertEquals(
        List.of(new QuotedNames(null, "bo", 1)),
        dao.query().where(QuotedNamesDao.ORDER.eq(null)).list());
    assertEquals(2, dao.query().where(QuotedNamesDao.USER.eq("bo")).list().size());
    assertEquals(
        List.of(new QuotedNames("East", "ann", 2)),
        dao.query().where(QuotedNamesDao.COUNT.eq(2L)).list());
    assertEquals(3, dao.count());
    try (Stream<QuotedNames> rows = dao.streamAll()) {
      assertEquals(3, rows.sorted(Comparator.comparing(QuotedNames::user)).count());
    }
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
  }
}
