package dev.pgtrickle.dao.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The sample's read-only REST endpoint over a real HTTP port: 10,000 rows paged through with {@code
 * ?size=&after=} while refreshes run, each row exactly once and in order; writes refused with 405;
 * a forged cursor or size refused with 400.
 */
class RestPagesIT {
  private static final int ROWS = 10_000;

  private static TestDatabase db;
  private static ConfigurableApplicationContext context;
  private static HttpClient http;
  private static String base;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws SQLException {
    db = SampleDatabase.create("rest_pages_it", ROWS);
    context = SampleDatabase.start(db, "server.port=0", "pgtrickle.dao.watcher.enabled=false");
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    base = "http://localhost:" + port + "/order-lines";
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() throws SQLException {
    if (context != null) {
      context.close();
    }
    db.close();
  }

  private static HttpResponse<String> send(String method, String query)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + query))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagesThroughTenThousandRowsWhileRefreshesRunWithNoDuplicateOrGap() throws Exception {
    AtomicBoolean paging = new AtomicBoolean(true);
    AtomicInteger refreshes = new AtomicInteger();
    AtomicReference<Throwable> refreshFailure = new AtomicReference<>();
    Thread refresher =
        new Thread(
            () -> {
              while (paging.get()) {
                try {
                  SampleDatabase.refresh(db, "public.order_lines");
                  refreshes.incrementAndGet();
                } catch (SQLException e) {
                  refreshFailure.set(e);
                  return;
                }
              }
            },
            "refresher");
    List<Long> ids = new ArrayList<>();
    int pages = 0;
    int refreshesAtFirstPage = -1;
    refresher.start();
    try {
      String after = null;
      do {
        String query =
            "?size=500"
                + (after == null
                    ? ""
                    : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        HttpResponse<String> response = send("GET", query);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
            response
                .headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        for (JsonNode row : body.get("rows")) {
          ids.add(row.get("id").asLong());
          assertTrue(row.has("customer") && row.has("region") && row.has("amount"));
        }
        after = body.get("next").isNull() ? null : body.get("next").asString();
        if (pages++ == 0) {
          refreshesAtFirstPage = refreshes.get();
        }
      } while (after != null);
    } finally {
      paging.set(false);
      refresher.join();
    }
    assertNull(refreshFailure.get());
    assertTrue(
        refreshes.get() > refreshesAtFirstPage,
        "at least one refresh completed while the pages were read");
    assertEquals(ROWS / 500, pages);
    List<Long> expected = new ArrayList<>();
    for (long id = 1; id <= ROWS; id++) {
      expected.add(id);
    }
    assertEquals(expected, ids, "every row once, in order");
  }

  @Test
  void writesAreRefusedWith405() throws Exception {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      HttpResponse<String> response = send(method, "");
      assertEquals(405, response.statusCode(), method);
      assertTrue(response.headers().firstValue("Allow").orElseThrow().contains("GET"), method);
    }
    assertEquals(200, send("HEAD", "?size=1").statusCode());
  }

  @Test
  void aForgedCursorOrSizeIsABadRequest() throws Exception {
    HttpResponse<String> forged = send("GET", "?after=AQtoday");
    assertEquals(400, forged.statusCode());
    assertEquals("{\"error\":\"invalid cursor\"}", forged.body());
    assertEquals(400, send("GET", "?size=0").statusCode());
    assertEquals(400, send("GET", "?size=100000").statusCode());
  }
}
