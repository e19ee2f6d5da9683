package dev.pgtrickle.dao.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to read, and how many rows: the argument of {@link Select#page} and of
 * repository methods that return a {@link Page}. Immutable.
 *
 * <ul>
 *   <li>{@link #first(int)}: the first page, then seek after the last row of each page (keyset
 *       pagination). Each page costs an index seek, however deep, and a refresh that commits
 *       between two pages neither repeats nor skips a row whose key it did not change.
 *   <li>{@link #after(String, int)}: the page after {@link Page#nextCursor()}, the cursor of a page
 *       read before. It continues the way that page was read (by key or by offset), so a REST
 *       endpoint can take {@code ?after=} for both.
 *   <li>{@link #offset(long, int)}: skip {@code offset} rows ({@code OFFSET ?}). Pages can be
 *       addressed by number, but a refresh between two pages shifts the rows, so rows can repeat or
 *       be skipped, and deep pages read every row they skip.
 * </ul>
 */
public final class PageRequest {
  /** How the page is chosen. */
  enum Kind {
    FIRST,
    AFTER,
    OFFSET
  }

  private final Kind kind;
  private final int size;
  private final String cursor;
  private final long offset;

  private PageRequest(Kind kind, int size, String cursor, long offset) {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one row, not " + size);
    }
    if (size == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page size too large: " + size);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    this.kind = kind;
    this.size = size;
    this.cursor = cursor;
    this.offset = offset;
  }

  /** The first page of {@code size} rows, later pages read by key (keyset pagination). */
  public static PageRequest first(int size) {
    return new PageRequest(Kind.FIRST, size, null, 0);
  }

  /**
   * The page of {@code size} rows after the one whose {@link Page#nextCursor()} is {@code cursor};
   * a null or empty cursor asks for the first page ({@link #first(int)}). The cursor is checked
   * when the page is read: one that is malformed, or that belongs to another stream table or
   * ordering, raises {@link InvalidPageCursorException}.
   */
  public static PageRequest after(String cursor, int size) {
    return cursor == null || cursor.isEmpty()
        ? first(size)
        : new PageRequest(Kind.AFTER, size, cursor, 0);
  }

  /** The {@code size} rows after the first {@code offset} rows ({@code LIMIT ? OFFSET ?}). */
  public static PageRequest offset(long offset, int size) {
    return new PageRequest(Kind.OFFSET, size, null, offset);
  }

  /** The most rows the page holds. */
  public int size() {
    return size;
  }

  /** The cursor this request continues after, if it was made by {@link #after}. */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** For {@link #offset(long, int)}: the rows skipped; else zero. */
  public long offset() {
    return offset;
  }

  /** Whether this request was made by {@link #offset(long, int)}. */
  public boolean isOffset() {
    return kind == Kind.OFFSET;
  }

  Kind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageRequest that
        && kind == that.kind
        && size == that.size
        && offset == that.offset
        && Objects.equals(cursor, that.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, size, cursor, offset);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FIRST -> "PageRequest[first, size=" + size + "]";
      case AFTER -> "PageRequest[after=" + cursor + ", size=" + size + "]";
      case OFFSET -> "PageRequest[offset=" + offset + ", size=" + size + "]";
    };
  }
}
