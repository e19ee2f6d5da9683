package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.InvalidPageCursorException;
import dev.pgtrickle.dao.runtime.PageRequest;
import dev.pgtrickle.dao.runtime.Sort;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Writes and reads page cursors: Base64url without padding, over {@code version, kind, check,
 * payload}. The check is a CRC-32 of the stream table's name and the ordering's SQL, so a cursor of
 * another table or ordering is refused rather than misread. A keyset payload is the number of keys,
 * then per key a NULL flag and the value's text (UTF-8, length-prefixed); an offset payload is the
 * next offset.
 */
final class PageCursor {
  /** Longer cursors are refused before they are decoded. */
  static final int MAX_LENGTH = 16 * 1024;

  private static final byte VERSION = 1;
  private static final byte KEYSET = 'K';
  private static final byte OFFSET = 'O';

  private PageCursor() {}

  /** Where a page starts: after key values, at an offset, or at the first row. */
  record Position(String[] keys, long offset) {
    static final Position FIRST = new Position(null, 0);

    boolean isOffset() {
      return keys == null && this != FIRST;
    }

    boolean isFirst() {
      return this == FIRST;
    }
  }

  /** Where {@code request} starts, for pages of {@code table} in {@code order}. */
  static Position position(StreamTableName table, Sort<?> order, PageRequest request) {
    if (request.isOffset()) {
      return new Position(null, request.offset());
    }
    return request.cursor().map(cursor -> decode(table, order, cursor)).orElse(Position.FIRST);
  }

  static String keyset(StreamTableName table, Sort<?> order, String[] keys) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 16 * keys.length);
    header(out, KEYSET, table, order);
    out.write(keys.length);
    for (String key : keys) {
      if (key == null) {
        out.write(0);
      } else {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  static String offset(StreamTableName table, Sort<?> order, long offset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16);
    header(out, OFFSET, table, order);
    out.writeBytes(ByteBuffer.allocate(8).putLong(offset).array());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  private static void header(
      ByteArrayOutputStream out, byte kind, StreamTableName table, Sort<?> order) {
    out.write(VERSION);
    out.write(kind);
    out.writeBytes(ByteBuffer.allocate(4).putInt(check(table, order)).array());
  }

  private static int check(StreamTableName table, Sort<?> order) {
    CRC32 crc = new CRC32();
    crc.update(table.qualifiedName().getBytes(StandardCharsets.UTF_8));
    crc.update('\n');
    crc.update(order.sql().getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  static Position decode(StreamTableName table, Sort<?> order, String cursor) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid(table, "longer than " + MAX_LENGTH + " characters");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalid(table, "not Base64url");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.remaining() < 6 || in.get() != VERSION) {
      throw invalid(table, "not a page cursor of this version");
    }
    byte kind = in.get();
    if (in.getInt() != check(table, order)) {
      throw invalid(table, "it belongs to another stream table or ordering");
    }
    if (kind == OFFSET) {
      if (in.remaining() != 8) {
        throw invalid(table, "truncated");
      }
      long offset = in.getLong();
      if (offset < 0) {
        throw invalid(table, "negative offset");
      }
      return new Position(null, offset);
    }
    if (kind != KEYSET || !in.hasRemaining()) {
      throw invalid(table, "not a page cursor of this version");
    }
    int count = in.get() & 0xff;
    if (count != order.keyCount()) {
      throw invalid(table, "it belongs to another ordering");
    }
    String[] keys = new String[count];
    for (int i = 0; i < count; i++) {
      if (!in.hasRemaining()) {
        throw invalid(table, "truncated");
      }
      byte flag = in.get();
      if (flag == 0) {
        continue;
      }
      if (flag != 1 || in.remaining() < 4) {
        throw invalid(table, "truncated");
      }
      int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        throw invalid(table, "truncated");
      }
      ByteBuffer text = in.slice(in.position(), length);
      in.position(in.position() + length);
      try {
        keys[i] =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(text)
                .toString();
      } catch (CharacterCodingException e) {
        throw invalid(table, "a key is not UTF-8");
      }
      if (keys[i].indexOf('\0') >= 0) {
        throw invalid(table, "a key holds a NUL character");
      }
    }
    if (in.hasRemaining()) {
      throw invalid(table, "trailing bytes");
    }
    return new Position(keys, 0);
  }

  private static InvalidPageCursorException invalid(StreamTableName table, String problem) {
    return new InvalidPageCursorException(table, problem);
  }
}
