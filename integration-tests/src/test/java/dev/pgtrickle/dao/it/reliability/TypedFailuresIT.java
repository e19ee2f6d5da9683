package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.operations.FreshnessToken;
import dev.pgtrickle.dao.operations.StreamTableWatcher;
import dev.pgtrickle.dao.operations.StreamTables;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 12, defect 8: one SQLState, one exception type, on every read path. {@code 42501} is a
 * {@link InsufficientPrivilegeException} whose message names the grants (also from {@code
 * subscribe} and {@code freshness()}); a statement timeout ({@code 57014}) and a lock timeout
 * ({@code 55P03}) have their own types. The reader roles get explicit grants only.
 */
class TypedFailuresIT {
  private static TestDatabase db;
  private static DataSource owner;
  private static final List<HikariDataSource> POOLS = new ArrayList<>();

  @BeforeAll
  static void createStreamTable() throws SQLException {
    db = TestDatabase.create("typed_failures_it");
    owner = db.dataSource();
    Sql.run(
        owner,
        "CREATE TABLE exact_src (k text, v bigint)",
        "INSERT INTO exact_src VALUES ('a', 1), ('b', 2)",
        "CREATE TABLE other (x int)",
        "SELECT pgtrickle.create_stream_table('public.exact_long',"
            + " $q$SELECT k, v FROM exact_src$q$, schedule => '1h', refresh_mode => 'FULL')");
    Sql.refresh(owner, "public.exact_long");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    POOLS.forEach(HikariDataSource::close);
    db.close();
  }

  private static HikariDataSource pool(String user, String password, String initSql) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    HikariDataSource pool = new HikariDataSource(config);
    POOLS.add(pool);
    return pool;
  }

  private static Map<String, Executable> everyRead(DataSource source) {
    ExactLongDao dao = new ExactLongDao(source);
    ExactLongRepository queries = new ExactLongRepositoryImpl(source);
    Map<String, Executable> reads = new LinkedHashMap<>();
    reads.put("findAll", dao::findAll);
    reads.put("findByK", () -> dao.query().where(ExactLongDao.K.eq("a")).list());
    reads.put("count", dao::count);
    reads.put(
        "streamAll",
        () -> {
          try (Stream<ExactLong> rows = dao.streamAll()) {
            rows.count();
          }
        });
    reads.put("query().list()", () -> dao.query().list());
    reads.put("query().count()", () -> dao.query().count());
    reads.put("query().max()", () -> dao.query().max(ExactLongDao.V));
    reads.put("derived finder", () -> queries.findByK("a"));
    reads.put("@Query", queries::everything);
    reads.put("@Query value", () -> queries.valueOf("a"));
    reads.put("findAllFresh", () -> dao.query().listFresh(ReadPolicy.accept()));
    return reads;
  }

  @Test
  void aMissingSelectIsAPrivilegeExceptionWithTheGrantOnEveryPath() throws SQLException {
    HikariDataSource noSelect = db.readOnlyPool(2, "other");

    everyRead(noSelect)
        .forEach(
            (path, read) -> {
              Throwable thrown = assertThrows(Throwable.class, read, path);
              assertEquals(
                  InsufficientPrivilegeException.class, thrown.getClass(), path + ": " + thrown);
              InsufficientPrivilegeException e = (InsufficientPrivilegeException) thrown;
              assertEquals("42501", e.sqlState().orElseThrow(), path);
              assertTrue(
                  e.getMessage().contains("GRANT SELECT ON \"public\".\"exact_long\""),
                  path + ": " + e.getMessage());
              ReliabilityPools.assertAllReturned(noSelect);
            });
  }

  @Test
  void withoutCatalogGrantsFreshnessAndSubscribeSayWhichGrantsAreMissing() throws SQLException {
    String role = db.name() + "_nocat";
    Sql.run(
        owner,
        "CREATE ROLE " + role + " LOGIN PASSWORD 'nocat'",
        "GRANT USAGE ON SCHEMA public TO " + role,
        "GRANT SELECT ON public.exact_long TO " + role);
    try {
      HikariDataSource reader = pool(role, "nocat", null);
      ExactLongDao dao = new ExactLongDao(reader);
      assertEquals(2, dao.findAll().size(), "the table itself is readable");
      try (StreamTableWatcher watcher = StreamTableWatcher.builder(reader).name("nocat").build()) {
        Map<String, Executable> catalogReads = new LinkedHashMap<>();
        catalogReads.put("freshness()", dao::freshness);
        catalogReads.put("subscribe", () -> watcher.subscribe(dao, event -> {}).close());
        FreshnessToken token;
        try (Connection connection = owner.getConnection()) {
          token = StreamTables.markWrite(connection);
        }
        catalogReads.put(
            "awaitFresherThan",
            () -> StreamTables.awaitFresherThan(dao, token, java.time.Duration.ofSeconds(5)));
        catalogReads.forEach(
            (path, read) -> {
              Throwable thrown = assertThrows(Throwable.class, read, path);
              assertEquals(
                  InsufficientPrivilegeException.class, thrown.getClass(), path + ": " + thrown);
              String message = thrown.getMessage();
              assertTrue(
                  message.contains("pgtrickle_reader (USAGE on schema pgtrickle)"),
                  path + ": " + message);
              assertTrue(
                  message.contains("SELECT ON pgtrickle.pgt_stream_tables"), path + ": " + message);
            });
      }
      ReliabilityPools.assertAllReturned(reader);
    } finally {
      POOLS.forEach(HikariDataSource::close);
      POOLS.clear();
      Sql.run(owner, "DROP OWNED BY " + role, "DROP ROLE " + role);
    }
  }

  @Test
  void lockAndStatementTimeoutsAreTyped() throws SQLException {
    HikariDataSource lockTimeout = pool(db.user(), db.password(), "SET lock_timeout = '150ms'");
    HikariDataSource statementTimeout =
        pool(db.user(), db.password(), "SET statement_timeout = '150ms'");
    try (Connection locker = owner.getConnection();
        Statement lock = locker.createStatement()) {
      locker.setAutoCommit(false);
      // What a FULL refresh's TRUNCATE holds until it commits.
      lock.execute("LOCK TABLE public.exact_long IN ACCESS EXCLUSIVE MODE");

      everyRead(lockTimeout)
          .forEach(
              (path, read) -> {
                Throwable thrown = assertThrows(Throwable.class, read, path);
                assertEquals(
                    StreamTableException.Reason.LOCK_TIMEOUT,
                    ((StreamTableException) thrown).reason(),
                    path + ": " + thrown);
                assertEquals("55P03", ((StreamTableException) thrown).sqlState().orElseThrow());
                ReliabilityPools.assertAllReturned(lockTimeout);
              });
      for (Executable read :
          List.<Executable>of(
              new ExactLongDao(statementTimeout)::findAll,
              () -> new ExactLongDao(statementTimeout).streamAll().close(),
              () -> new ExactLongRepositoryImpl(statementTimeout).valueOf("a"))) {
        StreamTableException e = assertThrows(StreamTableException.class, read);
        assertEquals(StreamTableException.Reason.STATEMENT_TIMEOUT, e.reason());
        assertEquals("57014", e.sqlState().orElseThrow());
        assertTrue(e.getMessage().contains("statement timeout"), e.getMessage());
        ReliabilityPools.assertAllReturned(statementTimeout);
      }
      locker.rollback();
    }
    assertEquals(2, new ExactLongDao(lockTimeout).findAll().size(), "the pools serve again");
    assertEquals(2, new ExactLongDao(statementTimeout).findAll().size());
    assertEquals(0, ReliabilityPools.idleInTransaction(owner));
  }
}
