package dev.pgtrickle.dao.it.definition;

import static dev.pgtrickle.dao.it.support.Definitions.creationOrder;
import static dev.pgtrickle.dao.it.support.Definitions.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.it.support.AdminRole;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plain runtime API, for applications without a migration tool: {@code createMissing}, {@code
 * apply} and {@code dropAll} on the definitions this module's records declare (the seed guide's
 * Django migration, ported), as a role with exactly the grants pg_trickle 0.108.3 needs, in one
 * transaction each, idempotent, with typed failures.
 */
class StreamTableDefinitionsIT {
  private static final StreamTableName ORDER_TOTALS = StreamTableName.of("public", "order_totals");
  private static final String STATE =
      "SELECT string_agg(pgt_schema || '.' || pgt_name || ':' || pgt_relid || ':'"
          + " || contract_generation, ',' ORDER BY pgt_id) FROM pgtrickle.pgt_stream_tables";

  private TestDatabase db;
  private AdminRole app;
  private StreamTableDefinitions definitions;

  @BeforeEach
  void createDatabaseRoleAndOrders() throws SQLException {
    db = TestDatabase.create("definitions_it");
    app = AdminRole.create(db, "public", AdminRole.Grants.DEFINITIONS);
    try (Connection c = app.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE orders (id bigserial PRIMARY KEY, region text, amount numeric(10,2));"
              + " INSERT INTO orders (region, amount) VALUES ('East', 60), ('East', 50), ('West', 20)");
    }
    definitions = StreamTableDefinitions.load();
  }

  @AfterEach
  void dropDatabaseAndRole() throws SQLException {
    try {
      db.close();
    } finally {
      app.close();
    }
  }

  @Test
  void theModulesDefinitionsAreLoadedInDependencyOrder() {
    assertEquals(
        List.of("public.order_totals", "public.top_regions"),
        definitions.all().stream().map(d -> d.name().toString()).toList());
    assertEquals(List.of(ORDER_TOTALS), definitions.all().get(1).dependsOn());
  }

  @Test
  void createMissingCreatesEveryStreamTableOnceAndTheDaosReadThem() throws SQLException {
    definitions.createMissing(app.dataSource());
    String created = db.scalar(STATE);

    definitions.createMissing(app.dataSource());

    assertEquals(created, db.scalar(STATE), "the second run changes nothing");
    assertEquals(List.of("public.order_totals", "public.top_regions"), creationOrder(db));
    assertEquals(
        "5s DIFFERENTIAL",
        db.scalar(
            "SELECT schedule || ' ' || refresh_mode"
                + " FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'order_totals'"));
    assertEquals(
        "INTERVAL 60000",
        db.scalar(
            "SELECT target_freshness_mode || ' ' ||"
                + " freshness_deadline_ms FROM pgtrickle.pgt_stream_tables"
                + " WHERE pgt_name = 'top_regions'"));
    DataSource reader = db.readerRole("public.order_totals", "public.top_regions");
    List<OrderTotals> totals = new ArrayList<>(new OrderTotalsDao(reader).findAll());
    totals.sort(Comparator.comparing(OrderTotals::region));
    assertEquals(
        List.of(
            new OrderTotals("East", 2, new BigDecimal("110.00")),
            new OrderTotals("West", 1, new BigDecimal("20.00"))),
        totals);
    assertEquals(
        List.of(new TopRegions("East", new BigDecimal("110.00"))),
        new TopRegionsDao(reader).findAll());
  }

  @Test
  void applyIsANoOpForUnchangedDefinitionsAndAltersAChangedOneInPlace() throws SQLException {
    definitions.apply(app.dataSource());
    String applied = db.scalar(STATE);
    definitions.apply(app.dataSource());
    assertEquals(applied, db.scalar(STATE));

    withQuery(
            definitions,
            ORDER_TOTALS,
            "SELECT region, COUNT(*) AS order_count, SUM(amount) AS total"
                + " FROM orders WHERE amount < 55 GROUP BY region")
        .apply(app.dataSource());

    assertEquals(List.of("public.order_totals", "public.top_regions"), creationOrder(db));
    assertTrue(
        db.scalar(
                "SELECT defining_query FROM pgtrickle.pgt_stream_tables"
                    + " WHERE pgt_name = 'order_totals'")
            .contains("55"));
    assertEquals(
        "East 1 50.00,West 1 20.00",
        db.scalar(
            "SELECT string_agg(region || ' ' ||"
                + " order_count || ' ' || total, ',' ORDER BY region) FROM order_totals"));
  }

  @Test
  void dropAllDropsInReverseOrderAndSkipsWhatIsGone() throws SQLException {
    definitions.apply(app.dataSource());

    definitions.dropAll(app.dataSource());
    definitions.dropAll(app.dataSource());

    assertEquals("0", db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"));
    assertEquals(
        "0",
        db.scalar(
            "SELECT count(*) FROM pg_tables WHERE tablename IN"
                + " ('order_totals', 'top_regions')"));
  }

  @Test
  void aFailureRollsBackEverythingAndNamesTheStreamTableAndStatement() throws SQLException {
    StreamTableDefinitions broken =
        withQuery(
            definitions,
            StreamTableName.of("public", "top_regions"),
            "SELECT region, total FROM no_such_table");

    StreamTableException e =
        assertThrows(StreamTableException.class, () -> broken.apply(app.dataSource()));
    assertEquals(StreamTableException.Reason.DEFINITION_REJECTED, e.reason());

    assertEquals(StreamTableName.of("public", "top_regions"), e.streamTable());
    assertTrue(e.sqlState().isPresent());
    assertTrue(
        e.sql().orElseThrow().startsWith("SELECT pgtrickle.create_or_replace_stream_table("));
    assertTrue(e.getMessage().contains("no_such_table"), e.getMessage());
    assertEquals(
        "0",
        db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"),
        "order_totals, created first, was rolled back with it");
  }

  @Test
  void anotherRoleMayNotChangeOrDropTheStreamTablesItDoesNotOwn() throws SQLException {
    definitions.apply(app.dataSource());
    String applied = db.scalar(STATE);
    try (AdminRole other = AdminRole.create(db, "public", AdminRole.Grants.DEFINITIONS)) {
      InsufficientPrivilegeException change =
          assertThrows(
              InsufficientPrivilegeException.class,
              () ->
                  withQuery(
                          definitions,
                          ORDER_TOTALS,
                          "SELECT region, COUNT(*) AS order_count,"
                              + " SUM(amount) AS total FROM orders WHERE amount > 0 GROUP BY region")
                      .apply(other.dataSource()));
      InsufficientPrivilegeException drop =
          assertThrows(
              InsufficientPrivilegeException.class, () -> definitions.dropAll(other.dataSource()));

      assertTrue(change.needsOwnership());
      assertEquals(ORDER_TOTALS, change.streamTable());
      assertEquals("42501", change.sqlState().orElseThrow());
      assertTrue(
          change.getMessage().contains("must be owner of stream table"), change.getMessage());
      assertTrue(change.getMessage().contains("OWNER TO \"" + other.name() + "\""));
      assertTrue(drop.needsOwnership());
      assertEquals(
          StreamTableName.of("public", "top_regions"),
          drop.streamTable(),
          "the drop starts with the dependent table");
      assertEquals(applied, db.scalar(STATE), "nothing changed");
      db.close();
    }
  }

  @Test
  void aRoleWithoutPgtrickleAdminIsToldBothGrantsItNeeds() throws SQLException {
    try (AdminRole none = AdminRole.create(db, "public", AdminRole.Grants.NONE)) {
      InsufficientPrivilegeException create =
          assertThrows(
              InsufficientPrivilegeException.class,
              () -> definitions.createMissing(none.dataSource()));

      assertFalse(create.needsOwnership());
      assertTrue(
          create.getMessage().contains("permission denied for schema pgtrickle"),
          create.getMessage());
      assertTrue(
          create
              .getMessage()
              .contains(
                  "GRANT pgtrickle_admin TO \""
                      + none.name()
                      + "\" and GRANT EXECUTE ON FUNCTION"
                      + " pgtrickle.create_stream_table_if_not_exists(text, text, text, text, boolean, text,"
                      + " text, text, boolean, boolean, text, integer, double precision, text, boolean, text,"
                      + " integer, text, text) TO \""
                      + none.name()
                      + "\""),
          create.getMessage());
      assertInstanceOf(SQLException.class, create.getCause());
      db.close();
    }
  }
}
