package dev.pgtrickle.dao.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.fixtures.Sales;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.schema.SchemaDifference;
import dev.pgtrickle.dao.schema.SchemaMismatchException;
import dev.pgtrickle.dao.schema.SchemaVerifier;
import dev.pgtrickle.dao.schema.StreamTableSchema;
import dev.pgtrickle.dao.schema.Verification;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up verification against the seed's stream tables, under pg_trickle's reader role (no
 * catalog access) and under a read-only role that may read the catalog: matching records pass, and
 * each of issue 13's mismatches is reported, all in one exception.
 */
class SchemaVerifierIT {
  private static final String[] TABLES = {
    "public.order_totals", "public.daily_revenue", "public.customer_stats", "public.orders"
  };

  private static TestDatabase db;
  private static DataSource admin;
  private static DataSource reader;
  private static DataSource readOnly;

  @BeforeAll
  static void createTables() throws SQLException {
    db = TestDatabase.create("schema_verifier_it");
    admin = db.dataSource();
    Sales.createAll(admin);
    Sales.sampleOrders(admin);
    reader = db.readerRole(TABLES);
    readOnly = db.readOnlyRole(TABLES);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void matchingRecordsPassUnderTheReaderRole() {
    Verification verification =
        SchemaVerifier.verify(
            reader,
            SeedRecords_SchemaOrderTotalsDao.class,
            SeedRecords_SchemaDailyRevenueDao.class,
            SeedRecords_SchemaCustomerStatsDao.class);
    assertEquals(3, verification.tables().size(), verification.toString());
    StreamTableSchema totals = verification.table("public", "order_totals").orElseThrow();
    assertEquals(List.of("region", "order_count", "total"), names(totals));
    assertTrue(totals.status().isEmpty(), "the reader role cannot read the catalog");
    assertTrue(
        verification.notes().stream()
            .anyMatch(
                n -> n.contains("component SchemaOrderTotals.orderCount is a primitive long")),
        verification.notes().toString());
    assertTrue(
        verification.notes().stream()
            .anyMatch(n -> n.contains("not readable by this role; GRANT SELECT")),
        verification.notes().toString());
  }

  @Test
  void aRoleThatReadsTheCatalogSeesStatusModeAndGeneration() {
    Verification verification =
        SchemaVerifier.verify(readOnly, SeedRecords_SchemaOrderTotalsDao.class);
    StreamTableSchema totals = verification.table("public", "order_totals").orElseThrow();
    assertEquals("ACTIVE", totals.status().orElseThrow());
    assertEquals("DIFFERENTIAL", totals.refreshMode().orElseThrow());
    assertTrue(totals.contractGeneration().isPresent());
    assertEquals(List.of(), verification.changedSince(readOnly));
  }

  @Test
  void everyMismatchIsReportedInOneException() {
    SchemaMismatchException e =
        assertThrows(
            SchemaMismatchException.class,
            () ->
                SchemaVerifier.verify(
                    reader,
                    SeedRecords_WrongOrderTotalsDao.class,
                    SeedRecords_WrongCustomerStatsDao.class,
                    SeedRecords_MisspelledTableDao.class,
                    SeedRecords_PlainTableDao.class));
    List<SchemaDifference> d = e.differences();
    assertEquals(6, d.size(), e.getMessage());
    assertDifference(
        d.get(0), SchemaDifference.Kind.WRONG_TYPE, "orderCount", "integer or smallint", "bigint");
    assertDifference(
        d.get(1), SchemaDifference.Kind.WRONG_TYPE, "total", "double precision or real", "numeric");
    assertDifference(
        d.get(2),
        SchemaDifference.Kind.LOSSY_TYPE,
        "orderCount",
        "text, character varying, character, name or an enum type",
        "bigint");
    assertDifference(
        d.get(3),
        SchemaDifference.Kind.WRONG_TYPE,
        "lastOrderAt",
        "date",
        "timestamp with time zone");
    assertEquals(SchemaDifference.Kind.NO_SUCH_TABLE, d.get(4).kind());
    assertEquals("public.order_totalz", d.get(4).streamTable());
    assertEquals(SchemaDifference.Kind.NOT_A_STREAM_TABLE, d.get(5).kind());
    assertEquals("public.order_totals", d.get(0).streamTable());
    assertTrue(e.getMessage().startsWith("6 differences between records"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "component WrongOrderTotals.orderCount is int, which reads integer or smallint,"
                    + " but column \"order_count\" of stream table public.order_totals is bigint"),
        e.getMessage());
  }

  @Test
  void verifyAllReadsTheProcessorsIndex(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    Files.writeString(
        index,
        "# two DAOs and a repository implementation without a record schema\n"
            + SeedRecords_SchemaOrderTotalsDao.class.getName()
            + "\n"
            + SeedRecords_WrongOrderTotalsDao.class.getName()
            + "\ncom.example.SomeRepositoryImpl\n",
        StandardCharsets.UTF_8);
    ClassLoader loader = onlyIndex(index);
    SchemaMismatchException e =
        assertThrows(SchemaMismatchException.class, () -> SchemaVerifier.verifyAll(reader, loader));
    assertEquals(2, e.differences().size(), e.getMessage());
    assertTrue(
        e.differences().stream().allMatch(d -> d.recordName().endsWith("WrongOrderTotals")),
        e.getMessage());
  }

  @Test
  void theWholeIndexOfThisModuleIsVerifiedToo() {
    // every DAO of the integration tests: most read tables this database does not have
    SchemaMismatchException e =
        assertThrows(SchemaMismatchException.class, () -> SchemaVerifier.verifyAll(reader));
    assertTrue(
        e.differences().stream()
            .anyMatch(d -> d.recordName().endsWith("SeedRecords$WrongOrderTotals")),
        e.getMessage());
    assertTrue(
        e.differences().stream()
            .noneMatch(d -> d.recordName().endsWith("SeedRecords$SchemaOrderTotals")),
        e.getMessage());
  }

  @Test
  void driftAfterStartUpIsNamedAndTheContractGenerationMoves() {
    Verification verification =
        SchemaVerifier.verify(readOnly, SeedRecords_SchemaDailyRevenueDao.class);
    assertTrue(
        verification
            .table("public", "daily_revenue")
            .orElseThrow()
            .contractGeneration()
            .isPresent());
    // recreate daily_revenue with revenue as a text column
    Sql.run(
        admin,
        "SELECT pgtrickle.alter_stream_table('public.daily_revenue', query =>"
            + " $q$SELECT (ordered_at AT TIME ZONE 'UTC')::date AS day, SUM(amount)::text AS revenue"
            + " FROM orders GROUP BY 1$q$)",
        "GRANT SELECT ON public.daily_revenue TO "
            + ((org.postgresql.ds.PGSimpleDataSource) readOnly).getUser());
    assertEquals(List.of("public.daily_revenue"), verification.changedSince(readOnly));

    ColumnMappingException drift =
        assertThrows(
            ColumnMappingException.class,
            () -> new SeedRecords_SchemaDailyRevenueDao(readOnly).findAll());
    assertEquals(Optional.of("revenue"), drift.column());
    assertEquals("text", drift.actual().orElseThrow());
    assertTrue(
        drift.getMessage().contains("run the schema verification again"), drift.getMessage());
    SchemaMismatchException again =
        assertThrows(
            SchemaMismatchException.class,
            () -> SchemaVerifier.verify(readOnly, SeedRecords_SchemaDailyRevenueDao.class));
    assertEquals("text", again.differences().get(0).actual());
  }

  private static void assertDifference(
      SchemaDifference d,
      SchemaDifference.Kind kind,
      String component,
      String expected,
      String actual) {
    assertEquals(kind, d.kind(), d.message());
    assertEquals(component, d.component(), d.message());
    assertEquals(expected, d.expected(), d.message());
    assertEquals(actual, d.actual(), d.message());
  }

  private static List<String> names(StreamTableSchema table) {
    return table.columns().stream().map(c -> c.name()).toList();
  }

  /** This class's loader, except that the DAO index is only {@code index}. */
  private static ClassLoader onlyIndex(Path index) {
    ClassLoader parent = SchemaVerifierIT.class.getClassLoader();
    return new ClassLoader(parent) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals(SchemaVerifier.INDEX)) {
          return Collections.enumeration(List.of(index.toUri().toURL()));
        }
        return super.getResources(name);
      }
    };
  }
}
