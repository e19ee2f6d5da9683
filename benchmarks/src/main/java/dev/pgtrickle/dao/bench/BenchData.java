package dev.pgtrickle.dao.bench;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark data, made in the JMH host process before any fork starts: one database per size on
 * the embedded PostgreSQL 18 with the pg_trickle stand-in (or {@code PGTRICKLE_TEST_URL}), each
 * with an {@code orders} source table and the stream table {@code public.customer_totals} of
 * exactly {@code size} rows. Forks find the databases through the system properties {@link
 * #jvmArgs()} returns.
 */
final class BenchData implements AutoCloseable {

  /** The stream table sizes every row-reading benchmark can run at. */
  static final int[] SIZES = {10, 1_000, 100_000};

  /** The stream table every benchmark reads. */
  static final String STREAM_TABLE = "public.customer_totals";

  private final List<TestDatabase> databases = new ArrayList<>();
  private final List<String> jvmArgs = new ArrayList<>();

  private BenchData() {}

  /** Creates and fills one database per size in {@link #SIZES}. */
  static BenchData create() throws SQLException {
    BenchData data = new BenchData();
    try {
      for (int size : SIZES) {
        data.add(size);
      }
    } catch (SQLException | RuntimeException e) {
      data.close();
      throw e;
    }
    return data;
  }

  private void add(int size) throws SQLException {
    TestDatabase database = TestDatabase.create("bench_" + size);
    databases.add(database);
    database.execute(fillSql(size));
    // VACUUM cannot run inside the implicit transaction of a multi-statement script.
    database.execute("VACUUM ANALYZE public.customer_totals");
    jvmArgs.add("-D" + BenchDatabase.URL_PROPERTY + size + "=" + database.jdbcUrl());
    if (jvmArgs.stream().noneMatch(arg -> arg.startsWith("-D" + BenchDatabase.USER_PROPERTY))) {
      jvmArgs.add("-D" + BenchDatabase.USER_PROPERTY + "=" + database.user());
      jvmArgs.add("-D" + BenchDatabase.PASSWORD_PROPERTY + "=" + database.password());
    }
  }

  /**
   * Two orders per customer, {@code size} customers in ten regions, so the stream table has {@code
   * size} rows; customers whose number is a multiple of three have no note.
   */
  static String fillSql(int size) {
    int orders = 2 * size;
    return """
        CREATE TABLE public.orders (
          id bigserial PRIMARY KEY,
          customer text NOT NULL,
          region text NOT NULL,
          amount numeric(12,2) NOT NULL,
          placed_at timestamptz NOT NULL,
          note text);
        INSERT INTO public.orders (customer, region, amount, placed_at, note)
        SELECT 'customer-' || lpad((i %% %1$d)::text, 6, '0'),
               'region-' || ((i %% %1$d) %% 10),
               ((i * 7919) %% 100000) / 100.0,
               timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute',
               CASE WHEN (i %% %1$d) %% 3 = 0 THEN NULL ELSE 'note ' || i END
        FROM generate_series(1, %2$d) AS i;
        ANALYZE public.orders;
        SELECT pgtrickle.create_stream_table('public.customer_totals',
          $$SELECT customer, region, count(*) AS order_count, sum(amount) AS total,
                   max(placed_at) AS last_order_at, max(note) AS note
            FROM public.orders GROUP BY customer, region$$,
          schedule => '1m', refresh_mode => 'DIFFERENTIAL');
        """
        .formatted(size, orders);
  }

  /** The {@code -D} options that tell a fork where the databases are. */
  List<String> jvmArgs() {
    return List.copyOf(jvmArgs);
  }

  /** Sets the same properties in this JVM, for runs without forks ({@code -f 0}). */
  void setSystemProperties() {
    for (String arg : jvmArgs) {
      int equals = arg.indexOf('=');
      System.setProperty(arg.substring(2, equals), arg.substring(equals + 1));
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (TestDatabase database : databases) {
      try {
        database.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
