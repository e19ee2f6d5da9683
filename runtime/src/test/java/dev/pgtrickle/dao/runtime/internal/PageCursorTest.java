package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.InvalidPageCursorException;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {
  record Row(String region, long total) {}

  static final TextColumn<Row> REGION = Columns.ofString("region");
  static final Column<Row, Long> TOTAL = Columns.ofLong("total");
  static final StreamTableName TABLE = StreamTableName.of("public", "rows");
  static final Sort<Row> ORDER = TOTAL.desc().then(REGION.asc());

  @Test
  void keysetCursorRoundTripsValuesNullsAndUnicode() {
    String[] keys = {null, "Zürich \"quoted\" ✓"};
    String cursor = PageCursor.keyset(TABLE, ORDER, keys);
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    PageCursor.Position position = PageCursor.decode(TABLE, ORDER, cursor);
    assertArrayEquals(keys, position.keys());
    assertEquals(false, position.isOffset());
  }

  @Test
  void offsetCursorRoundTrips() {
    String cursor = PageCursor.offset(TABLE, ORDER, 40);
    PageCursor.Position position = PageCursor.position(TABLE, ORDER, PageRequest.after(cursor, 20));
    assertTrue(position.isOffset());
    assertEquals(40, position.offset());
  }

  @Test
  void firstAndOffsetRequestsNeedNoCursor() {
    assertTrue(PageCursor.position(TABLE, ORDER, PageRequest.first(5)).isFirst());
    assertTrue(PageCursor.position(TABLE, ORDER, PageRequest.after(null, 5)).isFirst());
    assertTrue(PageCursor.position(TABLE, ORDER, PageRequest.after("", 5)).isFirst());
    PageCursor.Position offset = PageCursor.position(TABLE, ORDER, PageRequest.offset(7, 5));
    assertTrue(offset.isOffset());
    assertEquals(7, offset.offset());
  }

  @Test
  void aCursorOfAnotherTableOrOrderingIsRefused() {
    String cursor = PageCursor.keyset(TABLE, ORDER, new String[] {"1", "a"});
    InvalidPageCursorException otherTable =
        assertThrows(
            InvalidPageCursorException.class,
            () -> PageCursor.decode(StreamTableName.of("public", "other"), ORDER, cursor));
    assertTrue(otherTable.getMessage().contains("another stream table or ordering"));
    assertEquals(StreamTableName.of("public", "other"), otherTable.streamTable());
    assertThrows(
        InvalidPageCursorException.class,
        () -> PageCursor.decode(TABLE, TOTAL.asc().then(REGION.asc()), cursor));
  }

  @Test
  void malformedCursorsAreTypedErrors() {
    String good = PageCursor.keyset(TABLE, ORDER, new String[] {"1", "a"});
    byte[] bytes = Base64.getUrlDecoder().decode(good);
    String truncated =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 1));
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    String trailing = Base64.getUrlEncoder().withoutPadding().encodeToString(longer);
    for (String bad :
        new String[] {
          "!!!",
          "abc",
          truncated,
          trailing,
          "AQ",
          "x".repeat(PageCursor.MAX_LENGTH + 1),
          "eyJpZCI6MX0"
        }) {
      InvalidPageCursorException e =
          assertThrows(
              InvalidPageCursorException.class, () -> PageCursor.decode(TABLE, ORDER, bad), bad);
      assertTrue(e.getMessage().startsWith("invalid page cursor for stream table public.rows"));
    }
  }

  @Test
  void requestsValidateTheirSizeAndOffset() {
    assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0));
    assertThrows(IllegalArgumentException.class, () -> PageRequest.offset(-1, 10));
    assertEquals(PageRequest.after("c", 3), PageRequest.after("c", 3));
    assertEquals("c", PageRequest.after("c", 3).cursor().orElseThrow());
    assertTrue(PageRequest.offset(3, 3).cursor().isEmpty());
  }
}
