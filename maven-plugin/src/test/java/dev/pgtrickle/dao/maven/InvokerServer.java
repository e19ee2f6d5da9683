package dev.pgtrickle.dao.maven;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Prepares the database the sample projects of {@code src/it} build against: a fresh database on
 * the integration tests' server (embedded PostgreSQL 18 with the pg_trickle stand-in, or the real
 * server of {@code PGTRICKLE_TEST_URL}), holding the seed guide's {@code orders} table and its
 * three stream tables, populated, and a login role with exactly pg_trickle's reader privileges on
 * them. Writes the JDBC URL and that role's credentials to the file named by the first argument.
 * Run by {@code exec:java} in Maven's JVM, so the embedded server lives until Maven exits.
 */
public final class InvokerServer {
  private static final String[] STREAM_TABLES = {
    "public.order_totals", "public.daily_revenue", "public.customer_stats"
  };

  private InvokerServer() {}

  public static void main(String[] args) throws SQLException, IOException {
    TestDatabase db = TestDatabase.create("maven_plugin_it");
    db.execute(
        """
        CREATE TABLE orders (
          id bigserial PRIMARY KEY, customer text NOT NULL, region text,
          amount numeric(10,2), ordered_at timestamptz NOT NULL DEFAULT now());
        INSERT INTO orders (customer, region, amount, ordered_at) VALUES
          ('alice', 'East', 99.99, '2026-11-01T10:00:00Z'),
          ('alice', 'West', 10.00, '2026-11-01T11:00:00Z'),
          ('bob', 'East', 5.50, '2026-11-02T09:30:00Z'),
          ('carol', 'North', NULL, '2026-11-02T12:00:00Z'),
          ('dave', NULL, 42.00, '2026-11-03T08:15:00Z');
        SELECT pgtrickle.create_stream_table('public.order_totals',
          $q$SELECT region, COUNT(*) AS order_count, SUM(amount) AS total
             FROM orders GROUP BY region$q$, schedule => '1h', refresh_mode => 'DIFFERENTIAL');
        SELECT pgtrickle.create_stream_table('public.daily_revenue',
          $q$SELECT (ordered_at AT TIME ZONE 'UTC')::date AS day, SUM(amount) AS revenue
             FROM orders GROUP BY 1$q$, schedule => '1h', refresh_mode => 'DIFFERENTIAL');
        SELECT pgtrickle.create_stream_table('public.customer_stats',
          $q$SELECT customer, COUNT(*) AS order_count, SUM(amount) AS total_spent,
                    MAX(ordered_at) AS last_order_at,
                    ARRAY_AGG(DISTINCT region ORDER BY region)
                      FILTER (WHERE region IS NOT NULL) AS regions
             FROM orders GROUP BY customer$q$, schedule => '1h', refresh_mode => 'FULL');
        """);
    PGSimpleDataSource reader = db.readerRole(STREAM_TABLES);
    Properties properties = new Properties();
    properties.setProperty("pgtrickle.url", db.jdbcUrl());
    properties.setProperty("pgtrickle.user", reader.getUser());
    properties.setProperty("pgtrickle.password", reader.getPassword());
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(
          out, "pgtrickle-dao-maven-plugin sample projects: the server to build against");
    }
    System.out.println("pgtrickle-dao: sample-project server ready at " + db.jdbcUrl());
  }
}
