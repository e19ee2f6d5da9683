package dev.pgtrickle.dao.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * The value of a stream table's {@code __pgt_row_id} column: an immutable sequence of bytes, the
 * {@code @RowId} component's type.
 *
 * <p>Since pg_trickle 0.87.16 (row identity V2) {@code __pgt_row_id} is {@code bytea NOT NULL}, a
 * canonical encoding of the row's logical identity; before, it was a {@code bigint} hash. This
 * type, rather than {@code byte[]}, is what a {@code @RowId} component holds because a record's
 * {@code equals}, {@code hashCode} and {@code toString} use its components': with a {@code byte[]}
 * two records of the same row would be unequal, and print as {@code [B@1b6d3586}. A {@code
 * RowIdentity} compares by content, prints as PostgreSQL's hex form ({@code \x0a1b...}), and cannot
 * be changed after it was read (both {@link #of} and {@link #bytes} copy).
 *
 * <p><strong>Row ids are internal to pg_trickle.</strong> Their encoding is the extension's, they
 * are not always unique (keyless sources and partitioned tables can repeat them), and they change
 * when a row's key changes or the table is rebuilt. Use them to tell rows apart within one read and
 * to find a row again with {@code findByRowId}, never as a business key.
 */
public final class RowIdentity {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] bytes;

  private RowIdentity(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The row id with these bytes (copied). */
  public static RowIdentity of(byte[] bytes) {
    return new RowIdentity(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /**
   * Reads the text {@link #toString()} writes: PostgreSQL's hex form {@code \x0a1b}, or the hex
   * digits alone, in either case.
   *
   * @throws IllegalArgumentException if {@code text} is not an even number of hex digits
   */
  public static RowIdentity parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = text.startsWith("\\x") ? text.substring(2) : text;
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("not a row id (an odd number of hex digits): " + text);
    }
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(digits.charAt(2 * i), 16);
      int low = Character.digit(digits.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("not a row id (not hex): " + text);
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return new RowIdentity(bytes);
  }

  /** A copy of the bytes, as bound for a {@code bytea} parameter. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** How many bytes the row id has. */
  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowIdentity && Arrays.equals(bytes, ((RowIdentity) other).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** PostgreSQL's hex form of a {@code bytea}, for example {@code \x0a1b2c}. */
  @Override
  public String toString() {
    char[] text = new char[2 + 2 * bytes.length];
    text[0] = '\\';
    text[1] = 'x';
    for (int i = 0; i < bytes.length; i++) {
      text[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      text[3 + 2 * i] = HEX[bytes[i] & 0xf];
    }
    return new String(text);
  }
}
