package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.pgtrickle.dao.it.fixtures.Sql;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The read-only endpoint of docs/json-and-http.md on the JDK's {@code HttpServer}, called with the
 * JDK's {@code HttpClient}: GET lists the rows as JSON, and no method writes.
 */
class ReadOnlyHttpIT {
  private static final ObjectMapper JSON = JsonMapper.create();

  @RegisterExtension static final SalesFixture SALES = new SalesFixture("read_only_http_it");

  private static HttpServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    // tag::http-server[]
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/order-totals",
        new ReadOnlyResource<>("/order-totals", new OrderTotalsDao(SALES.pool()), JSON));
    server.start();
    // end::http-server[]
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .method(method, HttpRequest.BodyPublishers.ofString("{\"region\":\"X\"}"))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long orders() {
    return (Long) Sql.value(SALES.pool(), "SELECT count(*) FROM orders");
  }

  @Test
  void getListsTheRowsAsJson() throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", "/order-totals");

    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    SalesFixture.assertSampleTotals(
        JSON.readValue(response.body(), new TypeReference<List<OrderTotals>>() {}));
  }

  @Test
  void headAnswersWithoutABody() throws IOException, InterruptedException {
    HttpResponse<String> response = send("HEAD", "/order-totals");

    assertEquals(200, response.statusCode());
    assertEquals("", response.body());
  }

  @Test
  void everyWriteMethodIsNotAllowed() throws IOException, InterruptedException {
    long before = orders();
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      for (String path : List.of("/order-totals", "/order-totals/East")) {
        HttpResponse<String> response = send(method, path);

        assertEquals(405, response.statusCode(), method + " " + path);
        assertEquals(Optional.of("GET, HEAD"), response.headers().firstValue("Allow"), method);
      }
    }
    assertEquals(before, orders());
    SalesFixture.assertSampleTotals(new OrderTotalsDao(SALES.pool()).findAll());
  }

  @Test
  void thereIsNoOtherRoute() throws IOException, InterruptedException {
    assertEquals(404, send("GET", "/order-totals/East").statusCode());
    assertEquals(404, send("GET", "/orders").statusCode());
  }
}
