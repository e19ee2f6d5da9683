package dev.pgtrickle.dao.spring.boot.sample;

import dev.pgtrickle.dao.runtime.InvalidPageCursorException;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A read-only endpoint, {@code GET /order-lines?size=&after=}: one keyset page of order lines as
 * JSON, {@code {"rows": [...], "next": "<cursor or null>"}}. Only GET (and HEAD) are mapped, so
 * Spring MVC answers every other method with 405 and an {@code Allow} header; there is no write
 * route because no DAO method writes.
 */
// tag::boot-rest[]
@RestController
public class OrderLinesController {
  /** The largest page a client may ask for. */
  static final int MAX_SIZE = 1000;

  private final OrderLineRepository repository;

  public OrderLinesController(OrderLineRepository repository) {
    this.repository = repository;
  }

  /** A page of rows and the cursor of the next one, null on the last page. */
  public record PageBody<T>(List<T> rows, String next) {}

  @GetMapping("/order-lines")
  public ResponseEntity<?> page(
      @RequestParam(name = "size", defaultValue = "100") int size,
      @RequestParam(name = "after", required = false) String after) {
    if (size < 1 || size > MAX_SIZE) {
      return ResponseEntity.badRequest()
          .body(Map.of("error", "size must be between 1 and " + MAX_SIZE));
    }
    Page<OrderLine> page = repository.findAllOrderById(PageRequest.after(after, size));
    return ResponseEntity.ok(new PageBody<>(page.rows(), page.nextCursor().orElse(null)));
  }

  /** A cursor the client made up or kept from another endpoint: 400, with no detail to leak. */
  @ExceptionHandler(InvalidPageCursorException.class)
  public ResponseEntity<Map<String, String>> invalidCursor(InvalidPageCursorException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid cursor"));
  }
}
// end::boot-rest[]
