package dev.pgtrickle.dao.liquibase;

import static dev.pgtrickle.dao.it.support.Definitions.creationOrder;
import static dev.pgtrickle.dao.it.support.Definitions.privilegeFailure;
import static dev.pgtrickle.dao.it.support.Definitions.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.it.support.AdminRole;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.liquibase.sample.BigRegions;
import dev.pgtrickle.dao.liquibase.sample.BigRegionsDao;
import dev.pgtrickle.dao.liquibase.sample.OrderNotes;
import dev.pgtrickle.dao.liquibase.sample.OrderNotesDao;
import dev.pgtrickle.dao.liquibase.sample.RegionTotals;
import dev.pgtrickle.dao.liquibase.sample.RegionTotalsDao;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real Liquibase 4.33 on PostgreSQL 18 with pg_trickle (the stand-in, or the real extension): a
 * changelog creates the sources and includes the module's {@value StreamTablesChange#CHANGELOG},
 * which creates the stream tables the sample records define, in dependency order, as a role with
 * only the grants pg_trickle needs; the DAOs read them under a reader role; a changed definition
 * re-runs the changeset ({@code create_or_replace_stream_table}); rollback drops them through
 * pg_trickle.
 */
@SuppressWarnings("deprecation") // the Liquibase facade: the plainest way to run a changelog
class LiquibaseIT {
  private static final String CHANGELOG = "db/liquibase-it/changelog.xml";
  private static final StreamTableName REGION_TOTALS = StreamTableName.of("app", "region_totals");

  private TestDatabase db;
  private AdminRole migrator;

  @BeforeEach
  void createDatabaseAndMigrator() throws SQLException {
    db = TestDatabase.create("liquibase_it");
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

  /** What a Liquibase command does, on a connection of {@code dataSource}. */
  private interface Command {
    void run(Liquibase liquibase) throws LiquibaseException;
  }

  /**
   * Runs {@code command} with the changelog on a connection of {@code dataSource}, with the
   * definitions {@code definitions} as the class loader's only definitions resource.
   */
  private static void liquibase(
      DataSource dataSource, StreamTableDefinitions definitions, Command command) throws Exception {
    ClassLoader loader = new DefinitionsOnly(definitions.text());
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName("app");
      Scope.child(
          Map.of(Scope.Attr.classLoader.name(), loader),
          () ->
              command.run(
                  new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(loader), database)));
    }
  }

  private void update(StreamTableDefinitions definitions) throws Exception {
    liquibase(
        migrator.dataSource(),
        definitions,
        liquibase -> liquibase.update(new Contexts(), new LabelExpression()));
  }

  @Test
  void updateCreatesTheDefinedStreamTablesInDependencyOrderAndTheDaosReadThem() throws Exception {
    update(StreamTableDefinitions.load());

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
  }

  @Test
  void updatingAgainWithTheSameDefinitionsRunsNothing() throws Exception {
    StreamTableDefinitions definitions = StreamTableDefinitions.load();
    update(definitions);
    String executed =
        db.scalar(
            "SELECT string_agg(id || ':' || orderexecuted, ',' ORDER BY id)"
                + " FROM app.databasechangelog");

    update(definitions);

    assertEquals(
        executed,
        db.scalar(
            "SELECT string_agg(id || ':' || orderexecuted, ','"
                + " ORDER BY id) FROM app.databasechangelog"));
  }

  @Test
  void aChangedDefinitionRunsTheChangesetAgainWithCreateOrReplace() throws Exception {
    StreamTableDefinitions original = StreamTableDefinitions.load();
    update(original);
    String checksum =
        db.scalar(
            "SELECT md5sum FROM app.databasechangelog"
                + " WHERE id = 'pgtrickle-dao-stream-tables'");
    String oid =
        db.scalar(
            "SELECT pgt_relid::text FROM pgtrickle.pgt_stream_tables"
                + " WHERE pgt_name = 'region_totals'");

    update(
        withQuery(
            original,
            REGION_TOTALS,
            "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total FROM app.orders"
                + " WHERE amount >= 50 GROUP BY region"));

    assertNotEquals(
        checksum,
        db.scalar(
            "SELECT md5sum FROM app.databasechangelog"
                + " WHERE id = 'pgtrickle-dao-stream-tables'"),
        "the changeset ran again");
    assertTrue(
        db.scalar(
                "SELECT defining_query FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_name = 'region_totals'")
            .contains("50"));
    assertEquals(
        oid,
        db.scalar(
            "SELECT pgt_relid::text FROM pgtrickle.pgt_stream_tables"
                + " WHERE pgt_name = 'region_totals'"),
        "altered in place");
    assertEquals(
        List.of(
            new RegionTotals("East", 2, new BigDecimal("110.00")),
            new RegionTotals("North", 1, new BigDecimal("150.00"))),
        sorted(
            new RegionTotalsDao(db.readerRole("app.region_totals")).findAll(),
            Comparator.comparing(RegionTotals::region)));
  }

  @Test
  void rollbackDropsTheStreamTablesThroughPgTrickleAndUpdateRecreatesThem() throws Exception {
    StreamTableDefinitions definitions = StreamTableDefinitions.load();
    update(definitions);

    liquibase(
        migrator.dataSource(), definitions, liquibase -> liquibase.rollback(1, (String) null));

    assertEquals("0", db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"));
    assertEquals(
        "1",
        db.scalar(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'app'"
                + " AND tablename = 'orders'"),
        "only the stream tables' changeset was rolled back");
    update(definitions);
    assertEquals(3, creationOrder(db).size());
  }

  @Test
  void aRoleWithOnlyPgtrickleAdminIsToldWhatToGrant() throws Exception {
    try (AdminRole plain = AdminRole.create(db, "app", AdminRole.Grants.ADMIN)) {
      Exception failure =
          assertThrows(
              Exception.class,
              () ->
                  liquibase(
                      plain.dataSource(),
                      StreamTableDefinitions.load(),
                      liquibase -> liquibase.update(new Contexts(), new LabelExpression())));

      InsufficientPrivilegeException cause = privilegeFailure(failure);
      assertEquals("42501", cause.sqlState().orElseThrow());
      assertEquals(StreamTableName.of("app", "order_notes"), cause.streamTable());
      assertTrue(
          cause
              .getMessage()
              .contains("GRANT EXECUTE ON FUNCTION" + " pgtrickle.create_or_replace_stream_table("),
          cause.getMessage());
      assertFalse(cause.needsOwnership());
      assertEquals("0", db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"));
      db.close();
    }
  }

  private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
    List<T> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }

  /**
   * The test class path, except that its definitions resource is replaced by {@code text}: what the
   * application's class path holds after a definition changed and the module was rebuilt.
   */
  private static final class DefinitionsOnly extends ClassLoader {
    private final URL resource;

    DefinitionsOnly(String text) {
      super(LiquibaseIT.class.getClassLoader());
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      try {
        resource =
            new URL(
                null,
                "memory:" + StreamTableDefinitions.RESOURCE,
                new URLStreamHandler() {
                  @Override
                  protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                      @Override
                      public void connect() {}

                      @Override
                      public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                      }
                    };
                  }
                });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public URL getResource(String name) {
      return name.equals(StreamTableDefinitions.RESOURCE) ? resource : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(StreamTableDefinitions.RESOURCE)
          ? Collections.enumeration(List.of(resource))
          : super.getResources(name);
    }
  }
}
