package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.TypedSelect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads run in a read-only transaction, ended and undone on every path: one statement pipelined as
 * {@code BEGIN READ ONLY; ...; COMMIT} in auto-commit mode; a stream, which needs a cursor, by
 * switching the connection.
 */
class ReadOnlyTransactionTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  private static final String SELECT = "SELECT \"region\" FROM \"public\".\"rows\"";
  private static final List<String> PIPELINED = List.of("BEGIN READ ONLY", "COMMIT");
  private static final List<String> COMMITTED =
      List.of(
          "setAutoCommit(false)",
          "setReadOnly(true)",
          "commit",
          "setReadOnly(false)",
          "setAutoCommit(true)");

  private final FakeJdbc jdbc = new FakeJdbc();

  private Select<String> all(Connection connection) {
    return connection == null
        ? TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()), TABLE, SELECT, row -> row.getString(1))
        : TypedSelect.from(ConnectionSource.of(connection), TABLE, SELECT, row -> row.getString(1));
  }

  @Test
  void readsOnADataSourceRunInACommittedReadOnlyTransaction() {
    jdbc.returning(new Object[] {"north"});
    assertEquals(List.of("north"), all(null).list());
    assertEquals(PIPELINED, jdbc.transactions());
    assertEquals(List.of(SELECT), jdbc.prepared());
    assertTrue(jdbc.autoCommit());
    assertFalse(jdbc.readOnly());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aggregatesAndCountsToo() {
    jdbc.returning(new Object[] {3L});
    assertEquals(3L, all(null).count());
    assertEquals(PIPELINED, jdbc.transactions());
  }

  @Test
  void aFailedReadIsRolledBackAndTheConnectionRestored() {
    jdbc.failing(new SQLException("cannot execute INSERT in a read-only transaction", "25006"));
    StreamTableException e = assertThrows(StreamTableException.class, () -> all(null).list());
    assertEquals("25006", e.sqlState().orElseThrow());
    assertEquals(List.of("BEGIN READ ONLY", "ROLLBACK"), jdbc.transactions());
    assertTrue(jdbc.autoCommit());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aCallersConnectionInAutoCommitModeIsTreatedAlike() throws SQLException {
    jdbc.returning(new Object[] {"north"});
    try (Connection connection = jdbc.connection()) {
      assertEquals(List.of("north"), all(connection).list());
      assertEquals(PIPELINED, jdbc.transactions());
      assertTrue(jdbc.autoCommit());
    }
  }

  @Test
  void aCallersOpenTransactionIsLeftAlone() throws SQLException {
    jdbc.returning(new Object[] {"north"});
    try (Connection connection = jdbc.connection()) {
      connection.setAutoCommit(false);
      jdbc.transactions().clear();
      assertEquals(List.of("north"), all(connection).list());
      assertEquals(List.of(), jdbc.transactions());
      assertFalse(jdbc.autoCommit());
    }
  }

  @Test
  void aFailedStreamIsRolledBackAndTheConnectionRestored() {
    jdbc.failing(new SQLException("permission denied for table rows", "42501"));
    assertThrows(StreamTableException.class, () -> all(null).stream());
    assertEquals(
        List.of(
            "setAutoCommit(false)",
            "setReadOnly(true)",
            "rollback",
            "setReadOnly(false)",
            "setAutoCommit(true)"),
        jdbc.transactions());
    assertEquals(0, jdbc.open());
  }

  @Test
  void aStreamHoldsItsReadOnlyTransactionUntilClosed() {
    jdbc.returning(new Object[] {"a"}, new Object[] {"b"});
    try (Stream<String> rows = all(null).stream()) {
      assertEquals(List.of("setAutoCommit(false)", "setReadOnly(true)"), jdbc.transactions());
      assertEquals(List.of("a", "b"), rows.toList());
    }
    assertEquals(COMMITTED, jdbc.transactions());
    assertEquals(0, jdbc.open());
  }
}
