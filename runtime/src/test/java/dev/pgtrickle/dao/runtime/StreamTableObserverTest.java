package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.AbstractStreamTableDaoTest.RowDao;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What DAOs and typed queries report to the observer of their data source, and only to it. */
class StreamTableObserverTest {
  /** Records every read as {@code operation:ok} or {@code operation:failed}. */
  static final class Recording implements StreamTableObserver {
    final List<String> reads = new ArrayList<>();

    @Override
    public void read(StreamTableName table, String operation, long nanos, boolean failed) {
      assertEquals(RowDao.STREAM_TABLE, table);
      assertTrue(nanos >= 0);
      reads.add(operation + (failed ? ":failed" : ":ok"));
    }
  }

  private final FakeJdbc jdbc = new FakeJdbc();
  private final Recording observer = new Recording();
  private final DataSource observed = StreamTableObserver.observe(jdbc.dataSource(), observer);
  private final RowDao dao = new RowDao(observed);

  @Test
  void daoMethodsGeneratedFindersAndTypedQueriesReportTheirReads() {
    dao.findAll();
    dao.query().where(RowDao.REGION.eq("north")).list();
    dao.query().where(RowDao.TOTAL.gt(1L)).list();
    dao.query().orderBy(RowDao.TOTAL.asc()).first();
    assertEquals(
        List.of("findAll:ok", "query.list:ok", "query.list:ok", "query.first:ok"), observer.reads);
    assertEquals(0, jdbc.open());
  }

  @Test
  void aFailedReadIsReportedAsFailed() {
    jdbc.failing(new SQLException("boom", "42501"));
    assertThrows(StreamTableException.class, dao::findAll);
    assertThrows(
        StreamTableException.class, () -> dao.query().where(RowDao.REGION.eq("north")).list());
    assertEquals(List.of("findAll:failed", "query.list:failed"), observer.reads);
    assertEquals(0, jdbc.open());
  }

  @Test
  void readsOnTheCallersConnectionReportToTheDaosObserver() throws SQLException {
    try (Connection connection = jdbc.connection()) {
      dao.on(connection).findAll();
      dao.on(connection).query().first();
    }
    assertEquals(List.of("findAll:ok", "query.first:ok"), observer.reads);
  }

  @Test
  void theWrapperHandsOutTheSameConnectionsAndUnwraps() throws SQLException {
    DataSource plain = jdbc.dataSource();
    assertSame(StreamTableObserver.NONE, StreamTableObserver.of(plain));
    assertSame(observer, StreamTableObserver.of(observed));
    Recording other = new Recording();
    DataSource rewrapped = StreamTableObserver.observe(observed, other);
    assertSame(other, StreamTableObserver.of(rewrapped));
    assertTrue(rewrapped.isWrapperFor(DataSource.class));
    new RowDao(plain).findAll();
    assertEquals(List.of(), observer.reads, "a DAO on the plain data source reports nothing");
  }
}
