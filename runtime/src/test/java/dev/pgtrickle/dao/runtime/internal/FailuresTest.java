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
    Map<String, Class<?>> types =
        Map.of(
            "42P01", StreamTableNotFoundException.class,
            "42501", StreamTablePrivilegeException.class,
            "57014", StatementTimeoutException.class,
            "55P03", LockTimeoutException.class,
            "25006", StreamTableAccessException.class,
            "08006", StreamTableAccessException.class);
    types.forEach(
        (state, type) -> {
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
    assertTrue(
        e.getMessage().contains("GRANT SELECT ON \"Sales\".\"order totals\" TO <role>"),
        e.getMessage());
    assertTrue(e.getMessage().contains("SELECT ON pgtrickle.pgt_stream_tables"), e.getMessage());
  }

  @Test
  void freshnessReadsGoThroughTheOneTranslator() {
    SQLException refused =
        new SQLException("permission denied for table pgt_stream_tables", "42501");
    StreamTableException privilege = FreshnessQuery.translate(TABLE, SQL, refused);
    assertEquals(StreamTablePrivilegeException.class, privilege.getClass());
    assertTrue(privilege.getMessage().contains("pgtrickle_reader"), privilege.getMessage());
    assertTrue(
        privilege.getMessage().contains("GRANT SELECT ON pgtrickle.pgt_stream_tables"),
        privilege.getMessage());
    assertSame(refused, privilege.getCause());
    assertEquals(
        StatementTimeoutException.class,
        FreshnessQuery.translate(TABLE, SQL, new SQLException("canceled", "57014")).getClass());
    assertEquals(
        LockTimeoutException.class,
        FreshnessQuery.translate(TABLE, SQL, new SQLException("lock", "55P03")).getClass());
    StreamTableException noCatalog =
        FreshnessQuery.translate(TABLE, SQL, new SQLException("no pgt_stream_tables", "42P01"));
    assertEquals(StreamTableAccessException.class, noCatalog.getClass());
    assertTrue(
        noCatalog.getMessage().contains("pg_trickle extension installed"), noCatalog.getMessage());
  }
}
