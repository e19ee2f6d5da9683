package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.spring.boot.sample.SampleApplication;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample's database on the integration tests' PostgreSQL 18 (with pg_trickle or its stand-in):
 * {@code orders}, stream tables {@code order_lines} (DIFFERENTIAL, every order), {@code
 * region_totals} (orders per region) and {@code live_regions} (the same, IMMEDIATE), and the Boot
 * application on it. Refreshes and suspensions run as the database owner, as an operator would.
 */
final class SampleDatabase {
  private SampleDatabase() {}

  /**
   * A fresh database with {@code rows} orders; {@code order_lines} refreshed, {@code region_totals}
   * created without being populated.
   */
  static TestDatabase create(String prefix, int rows) throws SQLException {
    TestDatabase db = TestDatabase.create(prefix);
    run(
        db,
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL, region text,"
            + " amount numeric(10,2))",
        "INSERT INTO orders SELECT i, 'c' || (i % 13), CASE WHEN i % 7 = 0 THEN NULL"
            + " ELSE 'r' || (i % 3) END, (i % 100)::numeric / 4 FROM generate_series(1, "
            + rows
            + ") AS i",
        "SELECT pgtrickle.create_stream_table('public.order_lines',"
            + " $q$SELECT id, customer, region, amount FROM orders$q$,"
            + " schedule => '1h', refresh_mode => 'DIFFERENTIAL')",
        "SELECT pgtrickle.create_stream_table('public.region_totals',"
            + " $q$SELECT region, count(*) AS orders FROM orders GROUP BY region$q$,"
            + " schedule => '1h', refresh_mode => 'FULL', initialize => false)",
        "SELECT pgtrickle.create_stream_table('public.live_regions',"
            + " $q$SELECT region, count(*) AS orders FROM orders GROUP BY region$q$,"
            + " refresh_mode => 'IMMEDIATE')");
    refresh(db, "public.order_lines");
    return db;
  }

  /** Runs each statement in its own transaction, as the owner. */
  static void run(TestDatabase db, String... statements) throws SQLException {
    try (Connection connection = db.connect();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  static void refresh(TestDatabase db, String table) throws SQLException {
    run(db, "SELECT pgtrickle.refresh_stream_table('" + table + "')");
  }

  /** Starts the sample application on {@code db}, with {@code properties} added. */
  static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
    List<String> all = new ArrayList<>();
    all.add("spring.datasource.url=" + db.jdbcUrl());
    all.add("spring.datasource.username=" + db.user());
    if (db.password() != null) {
      all.add("spring.datasource.password=" + db.password());
    }
    all.add("spring.main.banner-mode=off");
    all.add("logging.level.root=WARN");
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(SampleApplication.class)
        .properties(all.toArray(new String[0]))
        .run();
  }
}
