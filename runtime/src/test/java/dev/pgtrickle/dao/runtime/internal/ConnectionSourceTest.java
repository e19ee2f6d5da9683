package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.FakeJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place reads get and give back connections. */
class ConnectionSourceTest {
  private final FakeJdbc jdbc = new FakeJdbc();

  @Test
  void thePoolsSourceClosesEveryConnectionOnEveryPath() throws SQLException {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    assertTrue(pool.closesConnections());
    assertSame(jdbc.dataSource().getClass(), pool.dataSource().getClass());
    assertEquals(1, (int) pool.run(connection -> jdbc.open()));
    assertEquals(0, jdbc.open());
    SQLException failure = new SQLException("boom");
    assertSame(
        failure,
        assertThrows(
            SQLException.class,
            () ->
                pool.run(
                    connection -> {
                      throw failure;
                    })));
    assertEquals(0, jdbc.open());
  }

  @Test
  void theCallersSourceNeverClosesItsConnection() throws SQLException {
    try (Connection connection = jdbc.connection()) {
      ConnectionSource caller = ConnectionSource.of(jdbc.dataSource()).on(connection);
      assertFalse(caller.closesConnections());
      assertNull(caller.dataSource());
      assertSame(connection, caller.run(c -> c));
      assertSame(connection, caller.open());
      assertEquals(1, jdbc.open());
    }
  }

  @Test
  void thePoolsListReadsInAPipelinedReadOnlyTransactionAndClosesEverything() throws SQLException {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    jdbc.returning(new Object[] {"north"}, new Object[] {"south"});
    assertEquals(
        List.of("north", "south"),
        pool.list("SELECT 1", statement -> statement.setLong(1, 7), row -> row.getString(1)));
    assertEquals(List.of("SELECT 1"), jdbc.prepared());
    assertEquals(List.of("setLong(1, 7)"), jdbc.binds());
    assertEquals(List.of("BEGIN READ ONLY", "COMMIT"), jdbc.transactions());
    assertEquals(0, jdbc.open());
  }

  @Test
  void thePoolsListRollsBackAFailedReadAndClosesEverything() {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    SQLException failure = new SQLException("permission denied for table rows", "42501");
    jdbc.failing(failure);
    assertSame(
        failure,
        assertThrows(
            SQLException.class, () -> pool.list("SELECT 1", Binder.NONE, row -> row.getString(1))));
    assertEquals(List.of("BEGIN READ ONLY", "ROLLBACK"), jdbc.transactions());
    assertEquals(0, jdbc.open());
  }

  @Test
  void thePoolsListClosesEverythingWhenTheBinderOrTheMapperFails() {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    IllegalStateException unbindable = new IllegalStateException("unbindable");
    assertSame(
        unbindable,
        assertThrows(
            IllegalStateException.class,
            () ->
                pool.list(
                    "SELECT 1",
                    statement -> {
                      throw unbindable;
                    },
                    row -> row.getString(1))));
    assertEquals(0, jdbc.open());
    jdbc.returning(new Object[] {"north"});
    SQLException unreadable = new SQLException("unreadable");
    assertSame(
        unreadable,
        assertThrows(
            SQLException.class,
            () ->
                pool.list(
                    "SELECT 1",
                    Binder.NONE,
                    row -> {
                      throw unreadable;
                    })));
    assertEquals(0, jdbc.open());
  }

  @Test
  void theCallersListRunsInTheCallersTransactionAndLeavesTheConnectionOpen() throws SQLException {
    try (Connection connection = jdbc.connection()) {
      connection.setAutoCommit(false);
      jdbc.transactions().clear();
      ConnectionSource caller = ConnectionSource.of(jdbc.dataSource()).on(connection);
      jdbc.returning(new Object[] {"north"});
      assertEquals(List.of("north"), caller.list("SELECT 1", Binder.NONE, row -> row.getString(1)));
      assertEquals(List.of("SELECT 1"), jdbc.prepared());
      assertEquals(List.of(), jdbc.transactions());
      assertEquals(1, jdbc.open());
      SQLException failure = new SQLException("canceling statement", "57014");
      jdbc.failing(failure);
      assertSame(
          failure,
          assertThrows(
              SQLException.class,
              () -> caller.list("SELECT 1", Binder.NONE, row -> row.getString(1))));
      assertEquals(List.of(), jdbc.transactions());
      assertEquals(1, jdbc.open());
    }
    assertEquals(0, jdbc.open());
  }

  @Test
  void theCallersSourceSharesTheDaosStatementTextsAndNoOneElses() throws SQLException {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    String pipelined = pool.pipelined("SELECT 1");
    assertEquals(ReadOnly.BEGIN + "SELECT 1" + ReadOnly.COMMIT, pipelined);
    try (Connection connection = jdbc.connection()) {
      assertSame(pipelined, pool.on(connection).pipelined("SELECT 1"));
    }
    ConnectionSource other = ConnectionSource.of(jdbc.dataSource());
    assertNotSame(pipelined, other.pipelined("SELECT 1"));
  }

  @Test
  void theStatementTextsStayWithinTheirLimit() {
    ConnectionSource pool = ConnectionSource.of(jdbc.dataSource());
    for (int i = 0; i < ConnectionSource.CACHE_LIMIT + 10; i++) {
      assertTrue(pool.pipelined("SELECT " + i).contains("SELECT " + i));
    }
    assertEquals(ConnectionSource.CACHE_LIMIT, pool.cached());
  }
}
