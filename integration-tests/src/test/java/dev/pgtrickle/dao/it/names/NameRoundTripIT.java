package dev.pgtrickle.dao.it.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.DottedNameDao;
import dev.pgtrickle.dao.it.model.QuotedUnicodeNameDao;
import dev.pgtrickle.dao.it.model.SpacedNameDao;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.RefreshResult;
import dev.pgtrickle.dao.operations.StreamTableEvent;
import dev.pgtrickle.dao.operations.StreamTableRefresher;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.operations.Subscription;
import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Names the processor accepts and pg_trickle 0.108's quote-aware parser would misread unquoted (a
 * dot in the table name, spaces, mixed case, double quotes, non-ASCII letters, leading and trailing
 * spaces) round-trip through refresh, pause, resume, freshness, fresh reads, read-your-writes and
 * events: the client passes {@code "schema"."name"} with {@code "} doubled, and reads the catalog
 * by the exact stored parts. The refresher is each table's owner with only {@code
 * pgtrickle_operator}; the reader has {@code pgtrickle_reader}, SELECT on the tables and the one
 * catalog grant.
 */
class NameRoundTripIT {
  private static TestDatabase db;
  private static DataSource admin;
  private static PGSimpleDataSource reader;
  private static DataSource operatorOwner;

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(
            DottedNameDao.STREAM_TABLE,
            (Function<DataSource, AbstractStreamTableDao<?>>) DottedNameDao::new),
        Arguments.of(
            QuotedUnicodeNameDao.STREAM_TABLE,
            (Function<DataSource, AbstractStreamTableDao<?>>) QuotedUnicodeNameDao::new),
        Arguments.of(
            SpacedNameDao.STREAM_TABLE,
            (Function<DataSource, AbstractStreamTableDao<?>>) SpacedNameDao::new));
  }

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("name_round_trip_it");
    admin = db.dataSource();
    Sql.run(
        admin,
        "CREATE SCHEMA \"Mixed Case\"",
        "CREATE SCHEMA odd",
        "CREATE TABLE public.src (id bigint PRIMARY KEY)",
        "INSERT INTO public.src VALUES (1), (2)");
    List<StreamTableName> names =
        List.of(
            DottedNameDao.STREAM_TABLE,
            QuotedUnicodeNameDao.STREAM_TABLE,
            SpacedNameDao.STREAM_TABLE);
    String[] qualified = new String[names.size()];
    for (int i = 0; i < names.size(); i++) {
      StreamTableName name = names.get(i);
      Sql.rows(
          admin,
          "SELECT pgtrickle.create_stream_table(?, 'SELECT id FROM public.src',"
              + " schedule => '1h', refresh_mode => 'FULL')",
          name.sql());
      qualified[i] = name.schema() + "." + name.name();
    }
    reader = db.readerRole(qualified);
    Sql.run(admin, "GRANT SELECT ON pgtrickle.pgt_stream_tables TO \"" + reader.getUser() + "\"");
    operatorOwner = db.operatorOwner(qualified);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void theNameRoundTripsThroughEveryCall(
      StreamTableName table, Function<DataSource, AbstractStreamTableDao<?>> daoOf)
      throws SQLException {
    AbstractStreamTableDao<?> dao = daoOf.apply(reader);
    assertEquals(table, dao.streamTable());
    assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
    assertEquals(2, dao.query().listFresh().value().size());

    long id = 100 + Math.abs((long) table.name().hashCode() % 1000);
    Sql.rows(admin, "INSERT INTO public.src VALUES (?) RETURNING id", id);
    FreshnessToken token;
    try (Connection connection = reader.getConnection()) {
      token = StreamTables.markWrite(connection);
    }
    StreamTableRefresher refresher = new StreamTableRefresher(operatorOwner);
    assertEquals(RefreshResult.Outcome.REFRESHED, refresher.refresh(table).outcome());
    assertTrue(token.isCoveredBy(dao.freshness()), "the refresh reached this very table");
    assertEquals(
        dao.count(), ((Number) Sql.value(admin, "SELECT count(*) FROM public.src")).longValue());

    List<StreamTableEvent> events = new CopyOnWriteArrayList<>();
    try (StreamTableWatcher watcher = new StreamTableWatcher(reader);
        Subscription subscription = watcher.subscribe(dao, events::add)) {
      refresher.pause(table);
      assertEquals(Freshness.Status.SUSPENDED, dao.freshness().status());
      assertEquals(Fresh.Verdict.SUSPENDED, dao.query().listFresh().verdict());
      refresher.resume(table);
      assertEquals(Freshness.Status.ACTIVE, dao.freshness().status());
      Poll.until(
          "the resumed event of " + table,
          Duration.ofSeconds(30),
          () -> events.stream().anyMatch(e -> e.kind() == StreamTableEvent.Kind.RESUMED));
      assertTrue(events.stream().allMatch(e -> e.streamTable().equals(table)), events::toString);
      assertTrue(subscription.isOpen());
    }
  }
}
