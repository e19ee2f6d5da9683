package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.StreamTableAccessException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import dev.pgtrickle.dao.runtime.StreamTableStatus;
import dev.pgtrickle.dao.runtime.freshness.CaptureNotReadyException;
import dev.pgtrickle.dao.runtime.freshness.ExternalOrchestrationException;
import dev.pgtrickle.dao.runtime.freshness.ReadReplicaException;
import dev.pgtrickle.dao.runtime.freshness.StreamTablePrivilegeException;
import dev.pgtrickle.dao.runtime.freshness.StreamTableSuspendedException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server messages are the ones the reference quotes (sections 1.6 and 2). */
class RefreshFailuresTest {
  private static final StreamTableName TABLE = StreamTableName.of("sales", "totals");
  private static final String SQL = "SELECT pgtrickle.refresh_stream_table(?)";

  private static StreamTableException translate(String state, String message) {
    SQLException e = new SQLException(message, state);
    StreamTableException translated = RefreshFailures.translate(TABLE, "refreshing", SQL, e);
    assertSame(e, translated.getCause());
    assertEquals(Optional.of(state), translated.sqlState());
    assertEquals(Optional.of(SQL), translated.sql());
    assertEquals(TABLE, translated.streamTable());
    return translated;
  }

  @Test
  void unknownTable() {
    assertInstanceOf(
        StreamTableNotFoundException.class,
        translate("42P01", "stream table not found: sales.totals"));
  }

  @Test
  void suspendedTableWithTheResumeStatement() {
    StreamTableSuspendedException e =
        assertInstanceOf(
            StreamTableSuspendedException.class,
            translate(
                "22023",
                "invalid argument: stream table sales.totals is suspended ; use"
                    + " pgtrickle.resume_stream_table('sales.totals') first"));
    assertEquals(StreamTableStatus.SUSPENDED, e.status());
    assertEquals("SELECT pgtrickle.resume_stream_table('\"sales\".\"totals\"')", e.resumeSql());
    assertTrue(e.getMessage().contains(e.resumeSql()), e.getMessage());
  }

  @Test
  void tableInErrorState() {
    StreamTableSuspendedException e =
        assertInstanceOf(
            StreamTableSuspendedException.class,
            translate(
                "22023",
                "invalid argument: stream table sales.totals is in error state ; use"
                    + " pgtrickle.resume_stream_table('sales.totals') first"));
    assertEquals(StreamTableStatus.ERROR, e.status());
  }

  @Test
  void readReplica() {
    assertInstanceOf(
        ReadReplicaException.class,
        translate(
            "22023",
            "invalid argument: Cannot refresh stream tables on a read replica. The server is in"
                + " recovery mode (pg_is_in_recovery() = true). Run refresh on the primary server"
                + " instead."));
  }

  @Test
  void missingPrivilegeSaysWhatIsNeeded() {
    StreamTableException e =
        translate("42501", "permission denied for function refresh_stream_table");
    assertInstanceOf(StreamTablePrivilegeException.class, e);
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void otherInvalidArgumentsStayGeneric() {
    StreamTableException e = translate("22023", "invalid argument: unknown status: X");
    assertEquals(StreamTableAccessException.class, e.getClass());
  }

  @Test
  void statementTimeout() {
    assertTrue(
        RefreshFailures.isStatementTimeout(
            new SQLException("canceling statement due to statement timeout", "57014")));
  }

  @Test
  void theOwnerCheckSaysWhat108Needs() {
    StreamTablePrivilegeException e =
        assertInstanceOf(
            StreamTablePrivilegeException.class,
            translate("42501", "permission denied: must be owner of stream table sales.totals"));
    assertTrue(e.getMessage().contains("pgtrickle_operator"), e.getMessage());
    assertTrue(e.getMessage().contains("owner of \"sales\".\"totals\""), e.getMessage());
    assertTrue(e.getMessage().contains("No catalog privilege is needed"), e.getMessage());
  }

  @Test
  void anExternalTableIsTyped() {
    assertInstanceOf(
        ExternalOrchestrationException.class,
        translate(
            "P0001",
            "PGT_EXT_ORCHESTRATION_MODE: stream table sales.totals is EXTERNAL; refreshes must be"
                + " submitted by its coordinator"));
  }

  @Test
  void aQuarantinedOrQuiescedCaptureIsTyped() {
    CaptureNotReadyException quarantined =
        assertInstanceOf(
            CaptureNotReadyException.class,
            translate(
                "22023",
                "invalid argument: pg_trickle capture is quarantined because database identity"
                    + " changed; run pgtrickle.recover_capture_instance() and then repair affected"
                    + " stream tables"));
    assertTrue(quarantined.isQuarantined());
    CaptureNotReadyException quiesced =
        assertInstanceOf(
            CaptureNotReadyException.class,
            translate(
                "22023",
                "invalid argument: pg_trickle capture is quiesced; run pgtrickle.resume_all()"
                    + " after the upgrade"));
    assertTrue(!quiesced.isQuarantined());
  }

  @Test
  void resumingAnActiveTableIsNotMistakenForAnErrorState() {
    StreamTableException e =
        translate(
            "22023",
            "invalid argument: stream table sales.totals is not suspended or in error state"
                + " (current status: ACTIVE)");
    assertSame(StreamTableAccessException.class, e.getClass());
    assertTrue(e.getMessage().contains("Only a SUSPENDED or ERROR table can be resumed"));
  }
}
