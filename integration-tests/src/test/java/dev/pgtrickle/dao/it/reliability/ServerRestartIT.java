package dev.pgtrickle.dao.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pgtrickle.dao.it.support.Poll;
import dev.pgtrickle.dao.runtime.StreamTableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the server stops in the middle of a stream and starts again. The stream fails with a
 * typed exception and returns its connection, and the same pool serves again once the server is
 * back. It has its own embedded PostgreSQL 18 (same data directory and port across the restart), so
 * the shared server of the other tests never stops.
 */
class ServerRestartIT {

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data.toFile())
        .setCleanDataDirectory(false)
        .setPort(port)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off")
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void theSamePoolRecoversAfterTheServerRestartsMidStream() throws Exception {
    Path data = Files.createTempDirectory("pgtrickle-restart-");
    int port = freePort();
    EmbeddedPostgres postgres = start(data, port);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
    config.setUsername("postgres");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(2000);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE exact_long (k text, v bigint)");
        s.execute("INSERT INTO exact_long SELECT 'k' || i, i FROM generate_series(1, 20000) i");
      }
      ExactLongDao dao = new ExactLongDao(pool);
      try (Stream<ExactLong> rows = dao.streamAll()) {
        Iterator<ExactLong> iterator = rows.iterator();
        iterator.next();
        postgres.close(); // pg_ctl stop -m fast: the stream's backend goes away
        postgres = null;
        assertThrows(
            StreamTableException.class,
            () -> {
              while (iterator.hasNext()) {
                iterator.next();
              }
            });
      }
      ReliabilityPools.assertAllReturned(pool);
      assertThrows(StreamTableException.class, dao::count, "no server, a typed failure");
      ReliabilityPools.assertAllReturned(pool);

      postgres = start(data, port);
      Poll.until(
          "the same pool serves after the restart",
          Duration.ofSeconds(60),
          () -> {
            try {
              return dao.count() == 20000;
            } catch (StreamTableException e) {
              return false;
            }
          });
      try (Stream<ExactLong> rows = dao.streamAll()) {
        assertEquals(20000, rows.count());
      }
      ReliabilityPools.assertAllReturned(pool);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      deleteRecursively(data);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
