package dev.pgtrickle.dao.it.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A read-only HTTP resource over one stream table on the JDK's {@code HttpServer}, like Django REST
 * Framework's {@code ReadOnlyModelViewSet}: {@code GET} (and {@code HEAD}) lists the rows as JSON;
 * every other method gets {@code 405 Method Not Allowed}, as there is no write route. The example
 * of docs/json-and-http.md.
 */
// tag::http-resource[]
final class ReadOnlyResource<T> implements HttpHandler {
  private final String path;
  private final StreamTableDao<T> dao;
  private final ObjectMapper json;

  ReadOnlyResource(String path, StreamTableDao<T> dao, ObjectMapper json) {
    this.path = path;
    this.dao = dao;
    this.json = json;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
      } else if (!exchange.getRequestURI().getPath().equals(path)) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        byte[] body = json.writeValueAsBytes(dao.findAll());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (method.equals("HEAD")) {
          exchange.sendResponseHeaders(200, -1);
        } else {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    }
  }
}
// end::http-resource[]
