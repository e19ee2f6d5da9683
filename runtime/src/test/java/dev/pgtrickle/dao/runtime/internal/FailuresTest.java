package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.InvalidPageCursorException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableException.Reason;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableSuspendedException;
import dev.pgtrickle.dao.runtime.internal.Failures.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one SQLState translator, for every path: each (path, SQLState, server message) is one type
 * and one reason, with the stream table, SQL, state and cause kept.
 */
class FailuresTest {
  private static final StreamTableName TABLE = StreamTableName.of("Sales", "order totals");
  private static final String SQL = "SELECT 1";

  private static StreamTableException translate(Path path, String state, String message) {
    SQLException cause = new SQLException(message, state);
    StreamTableException e = Failures.translate(path, TABLE, "doing it to " + TABLE, SQL, cause);
    assertSame(cause, e.getCause());
    assertEquals(Optional.ofNullable(state), e.sqlState());
    assertEquals(Optional.of(SQL), e.sql());
    assertEquals(TABLE, e.streamTable());
    assertTrue(e.getMessage().contains("Sales.order totals"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
    return e;
  }

  /** The table of docs/errors.md: path, SQLState, server message, exception type, reason. */
  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3} {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          READ       | 42P01 | relation does not exist               | StreamTableNotFoundException   | NOT_FOUND
          FRESHNESS  | 42P01 | relation does not exist               | StreamTableNotFoundException   | NOT_FOUND
          LIFECYCLE  | 42P01 | stream table not found                | StreamTableNotFoundException   | NOT_FOUND
          DEFINITION | 42P01 | relation "src" does not exist         | StreamTableException           | DEFINITION_REJECTED
          READ       | 42501 | permission denied for table t         | InsufficientPrivilegeException | INSUFFICIENT_PRIVILEGE
          FRESHNESS  | 42501 | permission denied for pgt_stream_tables | InsufficientPrivilegeException | INSUFFICIENT_PRIVILEGE
          LIFECYCLE  | 42501 | must be owner of stream table         | InsufficientPrivilegeException | INSUFFICIENT_PRIVILEGE
          DEFINITION | 42501 | permission denied for function        | InsufficientPrivilegeException | INSUFFICIENT_PRIVILEGE
          READ       | 57014 | canceling statement                   | StreamTableException           | STATEMENT_TIMEOUT
          LIFECYCLE  | 57014 | canceling statement                   | StreamTableException           | STATEMENT_TIMEOUT
          READ       | 55P03 | lock timeout                          | StreamTableException           | LOCK_TIMEOUT
          DEFINITION | 55P03 | lock timeout                          | StreamTableException           | LOCK_TIMEOUT
          READ       | 08006 | connection lost                       | StreamTableException           | CONNECTION_FAILED
          DEFINITION | 08001 | connection refused                    | StreamTableException           | CONNECTION_FAILED
          READ       | 42883 | function does not exist               | StreamTableException           | DATABASE_ERROR
          FRESHNESS  | 42883 | function pgtrickle.version() does not exist | StreamTableException     | UNSUPPORTED_PG_TRICKLE
          LIFECYCLE  | 3F000 | schema "pgtrickle" does not exist     | StreamTableException           | UNSUPPORTED_PG_TRICKLE
          LIFECYCLE  | 22023 | stream table s.t is suspended ; use resume | StreamTableSuspendedException | SUSPENDED
          LIFECYCLE  | 22023 | stream table s.t is in error state    | StreamTableSuspendedException  | SUSPENDED
          LIFECYCLE  | 22023 | Cannot refresh stream tables on a read replica | StreamTableException | READ_REPLICA
          LIFECYCLE  | 22023 | capture is quarantined because database identity changed | StreamTableException | CAPTURE_QUARANTINED
          LIFECYCLE  | 22023 | capture is quiesced                   | StreamTableException           | CAPTURE_QUIESCED
          LIFECYCLE  | 22023 | stream table s.t is not suspended or in error state | StreamTableException | NOT_SUSPENDED
          LIFECYCLE  | 22023 | unknown status: X                     | StreamTableException           | DATABASE_ERROR
          LIFECYCLE  | P0001 | PGT_EXT_ORCHESTRATION_MODE: s.t is EXTERNAL | StreamTableException     | EXTERNAL_ORCHESTRATION
          READ       | 22023 | stream table s.t is suspended         | StreamTableException           | DATABASE_ERROR
          DEFINITION | 22023 | invalid schedule                      | StreamTableException           | DEFINITION_REJECTED
          DEFINITION | 0A000 | unsupported query                     | StreamTableException           | DEFINITION_REJECTED
          READ       | 25006 | read-only transaction                 | StreamTableException           | DATABASE_ERROR
          """)
  void eachSqlStateIsOneTypeAndReason(
      Path path, String state, String message, String type, Reason reason) {
    StreamTableException e = translate(path, state, message);
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(reason, e.reason());
    assertTrue(reason.exceptionType().isInstance(e));
  }

  @Test
  void aMissingStateIsADatabaseError() {
    StreamTableException e = Failures.translate(TABLE, SQL, new SQLException("no state"));
    assertEquals(StreamTableException.class, e.getClass());
    assertEquals(Reason.DATABASE_ERROR, e.reason());
    assertTrue(e.sqlState().isEmpty());
  }

  @Test
  void fortyTwoFiveOhOneIsOneTypeOnEveryPath() {
    for (Path path : Path.values()) {
      assertEquals(
          InsufficientPrivilegeException.class,
          translate(path, "42501", "permission denied").getClass(),
          path.name());
    }
  }

  @Test
  void aReadRefusalNamesTheReadGrants() {
    StreamTableException e = translate(Path.READ, "42501", "permission denied");
    assertTrue(e.getMessage().contains("USAGE on schema \"Sales\""), e.getMessage());
    assertTrue(
        e.getMessage().contains("GRANT SELECT ON \"Sales\".\"order totals\" TO <role>"),
        e.getMessage());
    assertTrue(e.getMessage().contains("SELECT ON pgtrickle.pgt_stream_tables"), e.getMessage());
    assertFalse(((InsufficientPrivilegeException) e).needsOwnership());
  }

  @Test
  void aLifecycleOwnerCheckSaysWhat108Needs() {
    InsufficientPrivilegeException e =
        assertInstanceOf(
            InsufficientPrivilegeException.class,
            translate(Path.LIFECYCLE, "42501", "must be owner of stream table Sales.order totals"));
    assertTrue(e.needsOwnership());
    assertTrue(e.getMessage().contains("pgtrickle_operator"), e.getMessage());
    assertTrue(e.getMessage().contains("owner of \"Sales\".\"order totals\""), e.getMessage());
    assertTrue(e.getMessage().contains("No catalog privilege is needed"), e.getMessage());
  }

  @Test
  void aCallerMayNameTheGrantsItself() {
    SQLException cause = new SQLException("permission denied for function", "42501");
    StreamTableException e =
        Failures.translate(
            Path.DEFINITION, TABLE, "creating it", SQL, cause, "GRANT pgtrickle_admin TO me");
    assertTrue(
        e.getMessage().endsWith("GRANT pgtrickle_admin TO me [SQLState 42501] [SQL: SELECT 1]"),
        e.getMessage());
  }

  @Test
  void aSuspendedRefusalCarriesTheStatusAndTheResumeStatement() {
    StreamTableSuspendedException e =
        assertInstanceOf(
            StreamTableSuspendedException.class,
            Failures.translate(
                Path.LIFECYCLE,
                StreamTableName.of("sales", "totals"),
                "refreshing",
                SQL,
                new SQLException("stream table sales.totals is in error state", "22023")));
    assertEquals(Freshness.Status.ERROR, e.status());
    assertEquals("SELECT pgtrickle.resume_stream_table('\"sales\".\"totals\"')", e.resumeSql());
    assertTrue(e.getMessage().contains(e.resumeSql()), e.getMessage());
  }

  @Test
  void freshnessReadsGoThroughTheOneTranslator() {
    SQLException refused =
        new SQLException("permission denied for table pgt_stream_tables", "42501");
    StreamTableException privilege = FreshnessQuery.translate(TABLE, SQL, refused);
    assertEquals(InsufficientPrivilegeException.class, privilege.getClass());
    assertTrue(privilege.getMessage().contains("pgtrickle_reader"), privilege.getMessage());
    assertSame(refused, privilege.getCause());
    assertEquals(
        Reason.STATEMENT_TIMEOUT,
        FreshnessQuery.translate(TABLE, SQL, new SQLException("canceled", "57014")).reason());
    StreamTableException noCatalog =
        FreshnessQuery.translate(TABLE, SQL, new SQLException("no pgt_stream_tables", "42P01"));
    assertEquals(Reason.UNSUPPORTED_PG_TRICKLE, noCatalog.reason());
    assertTrue(
        noCatalog.getMessage().contains("pg_trickle extension installed"), noCatalog.getMessage());
  }

  @Test
  void everyReasonBelongsToTheTypeThatCarriesIt() {
    Set<Reason> subtypeReasons =
        EnumSet.of(
            Reason.NOT_FOUND,
            Reason.INSUFFICIENT_PRIVILEGE,
            Reason.COLUMN_MAPPING,
            Reason.UNEXPECTED_NULL,
            Reason.STALE,
            Reason.SUSPENDED,
            Reason.INVALID_PAGE_CURSOR);
    for (Reason reason : Reason.values()) {
      if (subtypeReasons.contains(reason)) {
        IllegalArgumentException refused =
            assertThrows(
                IllegalArgumentException.class,
                () -> new StreamTableException(reason, TABLE, "m", null, null, null));
        assertTrue(refused.getMessage().contains(reason.exceptionType().getSimpleName()));
      } else {
        assertEquals(StreamTableException.class, reason.exceptionType(), reason.name());
        assertEquals(
            reason, new StreamTableException(reason, TABLE, "m", null, null, null).reason());
      }
    }
    assertEquals(
        Reason.UNEXPECTED_NULL, ColumnMappingException.unexpectedNull(TABLE, "c", "R.c").reason());
    assertEquals(Reason.INVALID_PAGE_CURSOR, new InvalidPageCursorException(TABLE, "x").reason());
    assertEquals(
        Reason.NOT_FOUND, new StreamTableNotFoundException(TABLE, "m", null, null, null).reason());
  }

  @Test
  void timeoutsAndLostConnectionsAreRetryableRefusalsAreNot() {
    assertTrue(Reason.STATEMENT_TIMEOUT.isRetryable());
    assertTrue(Reason.LOCK_TIMEOUT.isRetryable());
    assertTrue(Reason.CONNECTION_FAILED.isRetryable());
    assertFalse(Reason.INSUFFICIENT_PRIVILEGE.isRetryable());
    assertFalse(Reason.NOT_FOUND.isRetryable());
    assertTrue(Failures.isStatementTimeout(new SQLException("canceled", "57014")));
  }
}
