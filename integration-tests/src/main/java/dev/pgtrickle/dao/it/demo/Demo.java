package dev.pgtrickle.dao.it.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.Select;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Reads a pg_trickle stream table through the generated {@link RegionTotalsDao}.
 *
 * <p>By default it starts an embedded PostgreSQL 18 with the pg_trickle test stand-in. With {@code
 * PGTRICKLE_URL} (a JDBC URL; {@code PGTRICKLE_USER} and {@code PGTRICKLE_PASSWORD} if needed) it
 * uses that server, which must have pg_trickle installed, and works in schema {@value #SCHEMA},
 * which it drops and recreates, and drops again at the end.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests package}.
 */
public final class Demo {
  /** The schema the demo owns. */
  public static final String SCHEMA = "pgtrickle_dao_demo";

  private static final String TABLE = SCHEMA + ".order_totals";
  private static final String URL_ENV = "PGTRICKLE_URL";

  private Demo() {}

  public static void main(String[] args) throws SQLException {
    String url = System.getenv(URL_ENV);
    if (url == null || url.isBlank()) {
      try (TestDatabase database = TestDatabase.create("pgtrickle_dao_demo")) {
        System.out.println(
            "Server: embedded PostgreSQL 18 with the pg_trickle test stand-in"
                + " (set "
                + URL_ENV
                + " to use a real pg_trickle server)");
        run(pool(database.jdbcUrl(), database.user(), database.password()));
      }
    } else {
      String user = Objects.requireNonNullElse(System.getenv("PGTRICKLE_USER"), "");
      String password = Objects.requireNonNullElse(System.getenv("PGTRICKLE_PASSWORD"), "");
      try (HikariDataSource pool = pool(url, user, password)) {
        System.out.println("Server: " + url + ", pg_trickle " + extensionVersion(pool));
        run(pool);
      }
    }
  }

  private static void run(HikariDataSource pool) throws SQLException {
    try (pool) {
      setUp(pool);
      try {
        tour(pool);
      } finally {
        tearDown(pool);
      }
    }
  }

  private static void tour(HikariDataSource pool) throws SQLException {
    RegionTotalsDao dao = new RegionTotalsDao(pool);

    step("Rows of " + TABLE + ", read through RegionTotalsDao.findAll(TOTAL.desc().nullsLast())");
    print(dao.findAll(RegionTotalsDao.TOTAL.desc().nullsLast()));
    print(dao.freshness());

    step("A new order for East is written to the SOURCE table orders");
    execute(pool, "INSERT INTO " + SCHEMA + ".orders (region, amount) VALUES ('East', 25.00)");
    Select<RegionTotals> east = dao.query().where(RegionTotalsDao.REGION.eq("East"));
    System.out.println("query().where(REGION.eq(\"East\")) before a refresh: " + east.list());

    step("pgtrickle.refresh_stream_table, in its own transaction");
    refresh(pool);
    System.out.println("query().where(REGION.eq(\"East\")) after the refresh:  " + east.list());
    print(dao.freshness());

    step("A refresh that changes nothing: last refresh moves, last change does not");
    refresh(pool);
    print(dao.freshness());

    step("Writing the stream table itself");
    System.out.println(
        "dao.save(row) does not compile: RegionTotalsDao has no method that writes.");
    try {
      execute(pool, "UPDATE " + TABLE + " SET total = 0");
      throw new IllegalStateException("the stream table accepted a direct write");
    } catch (SQLException refused) {
      System.out.println(
          "And PostgreSQL refuses SQL that tries: ["
              + refused.getSQLState()
              + "] "
              + refused.getMessage());
    }
  }

  private static void setUp(HikariDataSource pool) throws SQLException {
    tearDown(pool);
    execute(pool, "CREATE SCHEMA " + SCHEMA);
    execute(
        pool,
        "CREATE TABLE "
            + SCHEMA
            + ".orders (id bigserial PRIMARY KEY, region text,"
            + " amount numeric(10,2))");
    execute(
        pool,
        "INSERT INTO "
            + SCHEMA
            + ".orders (region, amount) VALUES ('East', 99.99),"
            + " ('West', 10.00), ('East', 5.50), ('North', NULL), (NULL, 42.00)");
    execute(
        pool,
        "SELECT pgtrickle.create_stream_table('"
            + TABLE
            + "', $q$SELECT region,"
            + " COUNT(*) AS order_count, SUM(amount) AS total FROM "
            + SCHEMA
            + ".orders"
            + " GROUP BY region$q$, schedule => '1h', refresh_mode => 'DIFFERENTIAL')");
  }

  /**
   * Drops the demo's stream table through pg_trickle (so its catalog forgets it), then the schema.
   */
  private static void tearDown(HikariDataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement exists =
            connection.prepareStatement(
                "SELECT 1 FROM pgtrickle.pgt_stream_tables WHERE pgt_schema = ? AND pgt_name = ?")) {
      exists.setString(1, SCHEMA);
      exists.setString(2, "order_totals");
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          execute(pool, "SELECT pgtrickle.drop_stream_table('" + TABLE + "')");
        }
      }
    }
    execute(pool, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  private static void refresh(HikariDataSource pool) throws SQLException {
    execute(pool, "SELECT pgtrickle.refresh_stream_table('" + TABLE + "')");
  }

  private static String extensionVersion(HikariDataSource pool) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT extversion FROM pg_extension WHERE extname = 'pg_trickle'")) {
      if (!row.next()) {
        throw new IllegalStateException(
            "pg_trickle is not installed in the database of "
                + URL_ENV
                + ": run CREATE EXTENSION pg_trickle there first");
      }
      return row.getString(1);
    }
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("pgtrickle-dao-demo");
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  /** Runs one statement in auto-commit mode, that is, in its own transaction. */
  private static void execute(HikariDataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void step(String title) {
    System.out.println();
    System.out.println("== " + title);
  }

  private static void print(List<RegionTotals> rows) {
    System.out.printf("%-8s %11s %10s%n", "region", "order_count", "total");
    for (RegionTotals row : rows) {
      System.out.printf("%-8s %11s %10s%n", row.region(), row.orderCount(), row.total());
    }
  }

  private static void print(Freshness f) {
    System.out.printf(
        "freshness: %s, %s, schedule %s, populated %s%n",
        f.status(), f.refreshMode(), f.schedule().orElse("calculated"), f.isPopulated());
    System.out.printf(
        "  last refresh %s, last change %s (server time %s)%n",
        f.lastRefreshAt().orElse(null), f.dataTimestamp().orElse(null), f.serverTime());
    System.out.printf(
        "  age %s, since last change %s, stale: %s%n",
        f.age(), f.sinceLastChange().orElse(null), f.isStale());
  }
}
