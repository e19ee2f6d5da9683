package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.PgTrickleVersion;
import dev.pgtrickle.dao.runtime.internal.TypedSelect;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A DAO asks for the server's pg_trickle release once, and refuses unsupported ones. */
class ServerCheckTest {
  record Row(String region) {}

  static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  static final String SELECT = "SELECT \"region\" FROM \"public\".\"rows\"";
  static final OffsetDateTime REFRESHED =
      OffsetDateTime.of(2026, 12, 1, 6, 0, 0, 0, ZoneOffset.UTC);

  private static Object[] catalogRow() {
    return new Object[] {
      "ACTIVE",
      "FULL",
      "1h",
      3600L,
      true,
      0,
      REFRESHED,
      REFRESHED,
      REFRESHED,
      REFRESHED.plusSeconds(10),
      null,
      null,
      "MANAGED",
      false,
      null,
      null,
      null
    };
  }

  @Test
  void asksOncePerSelectChainAndReadsThe108Columns() {
    FakeJdbc jdbc = new FakeJdbc();
    Select<Row> all =
        TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()),
            TABLE,
            SELECT,
            row -> new Row(row.getString(1)));
    Object[] data = {"north", true};
    Object[] row = new Object[data.length + 18];
    System.arraycopy(data, 0, row, 0, data.length);
    System.arraycopy(catalogRow(), 0, row, data.length, 17);
    row[row.length - 1] = false;
    jdbc.returning(row);
    assertEquals(
        Freshness.OrchestrationMode.MANAGED, all.listFresh().freshness().orchestrationMode());
    jdbc.returning(row);
    all.listFresh();
    assertEquals(1, jdbc.serverChecks(), "the answer is kept");
  }

  @Test
  void anUnsupportedReleaseIsATypedErrorNamingBoth() {
    FakeJdbc jdbc = new FakeJdbc().pgTrickleVersion("0.67.0");
    Select<Row> all =
        TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()),
            TABLE,
            SELECT,
            row -> new Row(row.getString(1)));
    StreamTableException e = assertThrows(StreamTableException.class, all::listFresh);
    assertEquals(StreamTableException.Reason.UNSUPPORTED_PG_TRICKLE, e.reason());
    assertTrue(e.getMessage().contains("pg_trickle 0.67.0"), e.getMessage());
    assertTrue(e.getMessage().contains(PgTrickleVersion.SUPPORTED), e.getMessage());
    assertEquals(0, jdbc.open(), "no connection leaked");
  }

  @Test
  void plainReadsDoNotAsk() {
    FakeJdbc jdbc = new FakeJdbc().pgTrickleVersion("0.67.0");
    Select<Row> all =
        TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()),
            TABLE,
            SELECT,
            row -> new Row(row.getString(1)));
    jdbc.returning(new Object[] {"north"});
    assertEquals(1, all.list().size());
    assertEquals(0, jdbc.serverChecks());
  }
}
