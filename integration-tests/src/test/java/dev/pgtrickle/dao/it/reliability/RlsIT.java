package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a row-level security policy on a stream table is honoured on every read path. The
 * reader role has explicit grants only (USAGE and SELECT, pg_trickle's catalog) and a policy that
 * shows it the {@code east} row; the owner sees all three.
 */
class RlsIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static HikariDataSource reader;

  @BeforeAll
  static void createStreamTableWithPolicy() throws SQLException {
    db = TestDatabase.create("rls_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE rls_src (region text)",
        "INSERT INTO rls_src VALUES ('east'), ('east'), ('west'), ('north')",
        "SELECT pgtrickle.create_stream_table('public.rls_totals', $q$SELECT region,"
            + " count(*)::bigint AS n FROM rls_src GROUP BY region$q$, schedule => '1h',"
            + " refresh_mode => 'FULL')");
    Sql.refresh(owner, "public.rls_totals");
    reader = db.readOnlyPool(2, "rls_totals");
    Sql.run(
        owner,
        "ALTER TABLE public.rls_totals ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY east_only ON public.rls_totals FOR SELECT TO \""
            + reader.getUsername()
            + "\" USING (region = 'east')");
    // A refresh with the policy in place: pg_trickle computes the contents with RLS off.
    Sql.refresh(owner, "public.rls_totals");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static Map<String, Supplier<Object>> everyRead(DataSource source) {
    RlsTotalsDao dao = new RlsTotalsDao(source);
    RlsTotalsRepository queries = new RlsTotalsRepositoryImpl(source);
    List<String> all = List.of("east", "west", "north");
    Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
    reads.put("findAll", () -> dao.findAll().size());
    reads.put(
        "findByRegion(west)",
        () -> dao.query().where(RlsTotalsDao.REGION.eq("west")).list().size() + 1);
    reads.put("count", () -> (int) dao.count());
    reads.put(
        "streamAll",
        () -> {
          try (Stream<RlsTotals> rows = dao.streamAll()) {
            return (int) rows.count();
          }
        });
    reads.put("query().list()", () -> dao.query().list().size());
    reads.put("query().count()", () -> (int) dao.query().count());
    reads.put("query().count(column)", () -> (int) dao.query().count(RlsTotalsDao.N));
    reads.put("findAllFresh", () -> dao.query().listFresh(ReadPolicy.accept()).value().size());
    reads.put(
        "findFreshByRegion(west)",
        () -> dao.query().where(RlsTotalsDao.REGION.eq("west")).listFresh().value().size() + 1);
    reads.put("derived finder", () -> queries.findByRegionIn(all).size());
    reads.put(
        "derived stream",
        () -> {
          try (Stream<RlsTotals> rows = queries.streamByNGreaterThan(0)) {
            return (int) rows.count();
          }
        });
    reads.put("derived count", () -> (int) queries.countByNGreaterThan(0));
    reads.put("derived exists(west)", () -> queries.existsByRegion("west") ? 2 : 1);
    reads.put("@Query rows", () -> queries.everything().size());
    reads.put("@Query value", () -> (int) queries.rows());
    return reads;
  }

  @Test
  void theReaderSeesOnlyItsRowOnEveryPath() {
    everyRead(reader).forEach((path, read) -> assertEquals(1, read.get(), path));
    assertEquals(
        Optional.of(2L),
        new RlsTotalsDao(reader).query().max(RlsTotalsDao.N),
        "aggregates see only the policy's rows");
    ReliabilityPools.assertAllReturned(reader);
  }

  @Test
  void theOwnerSeesEveryRow() {
    everyRead(owner)
        .forEach(
            (path, read) -> {
              int expected = path.contains("(west)") ? 2 : 3;
              assertEquals(expected, read.get(), path);
            });
  }
}
