package dev.pgtrickle.dao.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.support.TestDatabase;
import dev.pgtrickle.dao.runtime.StreamTableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A single read on a connection in auto-commit mode is sent as {@code BEGIN READ ONLY; ...; COMMIT}
 * in one pipeline: PostgreSQL sees a read-only transaction, the statement may end in a comment, and
 * a failed pipeline leaves no aborted transaction on the pooled connection.
 */
class ReadOnlyPipelineIT {
  private static TestDatabase db;
  private static HikariDataSource pool;
  private static OrderLineRepository queries;

  @BeforeAll
  static void createData() throws SQLException {
    db = QueryFixture.create("read_only_pipeline_it");
    pool = db.pool(1);
    queries = new OrderLineRepositoryImpl(pool);
  }

  @AfterAll
  static void dropData() throws SQLException {
    db.close();
  }

  private static long lines() {
    return ((Number) Sql.value(db.dataSource(), "SELECT count(*) FROM order_lines")).longValue();
  }

  @Test
  void theStatementRunsInAReadOnlyTransactionEvenWhenItEndsInAComment() {
    assertTrue(lines() > 0);
    assertEquals(lines(), queries.linesSeenReadOnly());
  }

  @Test
  void aCallersConnectionInAutoCommitModeIsLeftInAutoCommitModeAndWritable() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      assertEquals(lines(), queries.on(connection).linesIn("any"));
      assertTrue(connection.getAutoCommit());
      assertFalse(connection.isReadOnly());
    }
  }

  @Test
  void aRejectedWriteLeavesTheOnlyPooledConnectionIdleAndUsable() throws SQLException {
    StreamTableException e = assertThrows(StreamTableException.class, queries::sneakyCount);
    assertEquals(Optional.of("25006"), e.sqlState());

    // The pool has one connection: it is the one the failed pipeline ran on. Left in the
    // aborted transaction, it would fail this statement with 25P02; left in the read-only one,
    // it would answer "on".
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_setting('transaction_read_only')")) {
      assertTrue(connection.getAutoCommit());
      assertFalse(connection.isReadOnly());
      assertTrue(row.next());
      assertEquals("off", row.getString(1));
    }
    assertTrue(queries.existsByCustomer("alice"));
  }
}
