package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.LockTimeoutException;
import dev.pgtrickle.dao.runtime.StatementTimeoutException;
import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one SQLState translator: each state is one type, with the SQL, state and cause kept. */
class FailuresTest {
  private static final StreamTableName TABLE = StreamTableName.of("Sales", "order totals");
  private static final String SQL = "SELECT 1";

  @Test
  void eachSqlStateIsOneType() {
    Map<String, Class<?>> types = Map.of(
        "42P01", StreamTableNotFoundException.class,
        "42501", StreamTablePrivilegeException.class,
        "57014", StatementTimeoutException.class,
        "55P03", LockTimeoutException.class,
        "25006", StreamTableAccessException.class,
        "08006", StreamTableAccessException.class);
    types.forEach((state, type) -> {
      SQLException cause = new SQLException("server says no", state);
      StreamTableException e = Failures.translate(TABLE, SQL, cause);
      assertEquals(type, e.getClass(), state);
      assertEquals(state, e.sqlState().orElseThrow());
      assertEquals(SQL, e.sql().orElseThrow());
      assertSame(cause, e.getCause());
      assertTrue(e.getMessage().contains("Sales.order totals"), e.getMessage());
    });
  }

  @Test
  void aMissingStateIsAnAccessException() {
    StreamTableException e = Failures.translate(TABLE, SQL, new SQLException("no state"));
    assertEquals(StreamTableAccessException.class, e.getClass());
    assertTrue(e.sqlState().isEmpty());
  }

  @Test
  void aPrivilegeFailureNamesTheGrants() {
    StreamTableException e =
        Failures.translate(TABLE, SQL, new SQLException("permission denied", "42501"));
    assertTrue(e.getMessage().contains("USAGE on schema \"Sales\""), e.getMessage());
    assertTrue(e.getMessage().contains("GRANT SELECT ON \"Sales\".\"order totals\" TO <role>"),
        e.getMessage());
    assertTrue(e.getMessage().contains("SELECT ON pgtrickle.pgt_stream_tables"), e.getMessage());
  }

  @Test
  void privilegeRetypesOnly42501() {
    StreamTableAccessException other =
        new StreamTableAccessException(TABLE, "lost", SQL, "08006", new SQLException("x"));
    assertSame(other, Failures.privilege(other));
    StreamTableAccessException refused = new StreamTableAccessException(
        TABLE, "refused", SQL, "42501", new SQLException("permission denied for schema pgtrickle"));
    StreamTableAccessException retyped = Failures.privilege(refused);
    assertEquals(StreamTablePrivilegeException.class, retyped.getClass());
    assertEquals("42501", retyped.sqlState().orElseThrow());
    assertSame(refused.getCause(), retyped.getCause());
    assertTrue(retyped.getMessage().contains("permission denied for schema pgtrickle"));
    assertSame(retyped, Failures.privilege(retyped));
  }
}
