package dev.pgtrickle.dao.flyway;

import static dev.pgtrickle.dao.it.support.Definitions.creationOrder;
import static dev.pgtrickle.dao.it.support.Definitions.privilegeFailure;
import static dev.pgtrickle.dao.it.support.Definitions.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.flyway.sample.BigRegions;
import dev.pgtrickle.dao.flyway.sample.BigRegionsDao;
import dev.pgtrickle.dao.flyway.sample.OrderNotes;
import dev.pgtrickle.dao.flyway.sample.OrderNotesDao;
import dev.pgtrickle.dao.flyway.sample.RegionTotals;
import dev.pgtrickle.dao.flyway.sample.RegionTotalsDao;
import dev.pgtrickle.dao.it.support.AdminRole;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real Flyway 13 on PostgreSQL 18 with pg_trickle (the stand-in, or the real extension): versioned
 * migrations create the sources, {@link StreamTablesMigration} creates the stream tables the sample
 * records define, in dependency order, as a role that has only {@code pgtrickle_admin} and its own
 * schema; the DAOs read them under a reader role; a changed definition is migrated with {@code
 * create_or_replace_stream_table}; {@code clean} drops them through pg_trickle first.
 */
class FlywayIT {
  private static final StreamTableName REGION_TOTALS = StreamTableName.of("app", "region_totals");

  private TestDatabase db;
  private AdminRole migrator;

  @BeforeEach
  void createDatabaseAndMigrator() throws SQLException {
    db = TestDatabase.create("flyway_it");
    migrator = AdminRole.create(db, "app", AdminRole.Grants.DEFINITIONS);
  }

  @AfterEach
  void dropDatabaseAndMigrator() throws SQLException {
    try {
      db.close();
    } finally {
      migrator.close();
    }
  }

  private Flyway flyway(DataSource dataSource, StreamTableDefinitions definitions) {
    return PgTrickleFlyway.configure(
            Flyway.configure()
                .dataSource(dataSource)
                .schemas("app")
                .createSchemas(false)
                .locations("classpath:db/flyway-it")
                .cleanDisabled(false),
            definitions)
        .load();
  }

  // tag::flyway-configure[]
  private Flyway flyway() {
    return PgTrickleFlyway.configure(
            Flyway.configure()
                .dataSource(migrator.dataSource())
                .schemas("app")
                .createSchemas(false)
                .locations("classpath:db/flyway-it")
                .cleanDisabled(false))
        .load();
  }

  // end::flyway-configure[]

  @Test
  void migrateCreatesTheDefinedStreamTablesInDependencyOrderAndTheDaosReadThem()
      throws SQLException {
    MigrateResult result = flyway().migrate();

    assertEquals(2, result.migrationsExecuted, "V1 and the stream tables");
    assertEquals(
        List.of("app.order_notes", "app.region_totals", "app.big_regions"), creationOrder(db));
    DataSource reader = db.readerRole("app.region_totals", "app.big_regions", "app.order_notes");
    assertEquals(
        List.of(
            new RegionTotals("East", 2, new BigDecimal("110.00")),
            new RegionTotals("North", 1, new BigDecimal("150.00")),
            new RegionTotals("West", 1, new BigDecimal("20.00"))),
        sorted(new RegionTotalsDao(reader).findAll(), Comparator.comparing(RegionTotals::region)));
    assertEquals(
        List.of(
            new BigRegions("East", new BigDecimal("110.00")),
            new BigRegions("North", new BigDecimal("150.00"))),
        sorted(new BigRegionsDao(reader).findAll(), Comparator.comparing(BigRegions::region)));
    List<OrderNotes> notes = new OrderNotesDao(reader).findAll();
    assertEquals(4, notes.size());
    notes.forEach(note -> assertEquals(OrderNotes.NOTE, note.note(), "hostile text round-trips"));
    assertEquals(
        "INTERVAL 30000",
        db.scalar(
            "SELECT target_freshness_mode || ' '"
                + " || freshness_deadline_ms FROM pgtrickle.pgt_stream_tables"
                + " WHERE pgt_name = 'big_regions'"),
        "the target freshness is set");
  }

  @Test
  void migratingAgainWithTheSameDefinitionsDoesNothing() throws SQLException {
    flyway().migrate();
    String before =
        db.scalar(
            "SELECT string_agg(pgt_id || ':' || contract_generation, ',' ORDER BY"
                + " pgt_id) FROM pgtrickle.pgt_stream_tables");

    MigrateResult again = flyway().migrate();

    assertEquals(0, again.migrationsExecuted);
    assertEquals(
        before,
        db.scalar(
            "SELECT string_agg(pgt_id || ':' || contract_generation, ','"
                + " ORDER BY pgt_id) FROM pgtrickle.pgt_stream_tables"));
  }

  @Test
  void aChangedDefinitionIsMigratedWithCreateOrReplace() throws SQLException {
    StreamTableDefinitions original = StreamTableDefinitions.load();
    flyway(migrator.dataSource(), original).migrate();
    long oid =
        Long.parseLong(
            db.scalar(
                "SELECT pgt_relid::bigint FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_name = 'region_totals'"));

    StreamTableDefinitions changed =
        withQuery(
            original,
            REGION_TOTALS,
            "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total FROM app.orders"
                + " WHERE amount >= 50 GROUP BY region");
    MigrateResult result = flyway(migrator.dataSource(), changed).migrate();

    assertEquals(1, result.migrationsExecuted, "the repeatable migration re-runs");
    assertTrue(
        db.scalar(
                "SELECT defining_query FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_name = 'region_totals'")
            .contains("50"));
    assertEquals(
        oid,
        Long.parseLong(
            db.scalar(
                "SELECT pgt_relid::bigint FROM"
                    + " pgtrickle.pgt_stream_tables WHERE pgt_name = 'region_totals'")),
        "altered in place, not dropped and created");
    DataSource reader = db.readerRole("app.region_totals");
    assertEquals(
        List.of(
            new RegionTotals("East", 2, new BigDecimal("110.00")),
            new RegionTotals("North", 1, new BigDecimal("150.00"))),
        sorted(new RegionTotalsDao(reader).findAll(), Comparator.comparing(RegionTotals::region)));
  }

  @Test
  void cleanDropsTheStreamTablesThroughPgTrickleAndMigrateRebuildsThem() throws SQLException {
    flyway().migrate();

    flyway().clean();

    assertEquals("0", db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"));
    assertEquals(
        "0",
        db.scalar(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = 'app' AND c.relkind = 'r'"));
    MigrateResult again = flyway().migrate();
    assertEquals(2, again.migrationsExecuted);
    assertEquals(3, creationOrder(db).size());
  }

  @Test
  void aRoleWithOnlyPgtrickleAdminIsToldWhatToGrant() throws SQLException {
    try (AdminRole plain = AdminRole.create(db, "app", AdminRole.Grants.ADMIN)) {
      FlywayException failure =
          assertThrows(
              FlywayException.class,
              () -> flyway(plain.dataSource(), StreamTableDefinitions.load()).migrate());

      InsufficientPrivilegeException cause =
          assertInstanceOf(InsufficientPrivilegeException.class, privilegeFailure(failure));
      assertEquals("42501", cause.sqlState().orElseThrow());
      assertEquals(StreamTableName.of("app", "order_notes"), cause.streamTable());
      assertTrue(
          cause
              .getMessage()
              .contains(
                  "GRANT EXECUTE ON FUNCTION"
                      + " pgtrickle.create_or_replace_stream_table(text, text, text, text, boolean, text, text,"
                      + " text, boolean, boolean, text, integer, double precision, text, boolean, text, text)"
                      + " TO \""
                      + plain.name()
                      + "\""),
          cause.getMessage());
      assertTrue(!cause.needsOwnership());
      assertTrue(cause.sql().orElseThrow().contains("create_or_replace_stream_table"));
      assertEquals(
          "0",
          db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"),
          "nothing was created");
      db.close();
    }
  }

  private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
    List<T> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }
}
