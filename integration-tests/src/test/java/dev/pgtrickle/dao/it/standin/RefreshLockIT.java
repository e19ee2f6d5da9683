package dev.pgtrickle.dao.it.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A refresh that finds another refresh of the same table in progress returns normally after a
 * NOTICE, without touching the catalog. The second session has a statement timeout, so an
 * implementation that blocked instead would fail rather than hang.
 */
class RefreshLockIT {

    private static final String SKIPPED =
            "refresh skipped: public.locked — another refresh is already in progress";

    private static TestDatabase db;

    @BeforeAll
    static void createStreamTable() throws SQLException {
        db = TestDatabase.create("refresh_lock_it");
        db.execute("""
                CREATE TABLE src (id int PRIMARY KEY);
                INSERT INTO src VALUES (1), (2);
                SELECT pgtrickle.create_stream_table('public.locked', 'SELECT id FROM src',
                    schedule => '1h', refresh_mode => 'FULL');
                """);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void refreshIsSkippedWhileAnotherTransactionIsRefreshing() throws SQLException {
        try (Connection holder = db.connect(); Connection other = db.connect()) {
            Sql.exec(other, "SET statement_timeout = '20s'");
            OffsetDateTime refreshBefore = Sql.catalogTime(other, "public", "locked", "last_refresh_at");
            holder.setAutoCommit(false);
            Sql.run(holder, "SELECT pgtrickle.refresh_stream_table('public.locked')");

            List<String> messages = Sql.run(other, "SELECT pgtrickle.refresh_stream_table('public.locked')");

            assertEquals(List.of(SKIPPED), messages);
            assertEquals(refreshBefore, Sql.catalogTime(other, "public", "locked", "last_refresh_at"),
                    "a skipped refresh leaves the catalog alone");
            holder.commit();
            assertTrue(Sql.catalogTime(other, "public", "locked", "last_refresh_at").isAfter(refreshBefore));
        }
    }

    @Test
    void refreshIsSkippedWhileTheCatalogRowIsLocked() throws SQLException {
        try (Connection holder = db.connect(); Connection other = db.connect()) {
            Sql.exec(other, "SET statement_timeout = '20s'");
            OffsetDateTime refreshBefore = Sql.catalogTime(other, "public", "locked", "last_refresh_at");
            holder.setAutoCommit(false);
            Sql.column(holder, "SELECT pgt_id FROM pgtrickle.pgt_stream_tables WHERE pgt_name = 'locked' FOR UPDATE");

            List<String> messages = Sql.run(other, "SELECT pgtrickle.refresh_stream_table('public.locked')");

            assertEquals(List.of(SKIPPED), messages);
            assertEquals(refreshBefore, Sql.catalogTime(other, "public", "locked", "last_refresh_at"));
            holder.rollback();
        }
    }
}
