package dev.pgtrickle.dao.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's rows ({@link Select#page}): the rows, whether more follow, and the cursor
 * that reads the next page ({@link PageRequest#after(String, int)}). Immutable.
 *
 * <p>The cursor is an opaque, URL-safe string (Base64url, no padding). For a keyset page it holds
 * the ordering's key values of the page's last row, as PostgreSQL prints them, and a check of the
 * stream table and ordering it belongs to; for an offset page, the next offset. It is neither
 * encrypted nor signed: anyone holding it can read the key values, and a client can forge one
 * (which is harmless: the values are bind parameters, and a cursor for another table or ordering is
 * refused).
 *
 * @param <R> the record type of one row
 */
public final class Page<R> {
  private final List<R> rows;
  private final int size;
  private final String nextCursor;

  /**
   * A page of {@code rows} read for a request of {@code size}, followed by the page at {@code
   * nextCursor}, or the last page when it is null. For the runtime; applications get pages from
   * {@link Select#page}.
   */
  public static <R> Page<R> of(List<R> rows, int size, String nextCursor) {
    return new Page<>(rows, size, nextCursor);
  }

  private Page(List<R> rows, int size, String nextCursor) {
    this.rows = List.copyOf(rows);
    this.size = size;
    this.nextCursor = nextCursor;
  }

  /** The rows of this page, in the query's order; at most {@link #size()}. Unmodifiable. */
  public List<R> rows() {
    return rows;
  }

  /** The page size that was asked for. */
  public int size() {
    return size;
  }

  /** Whether at least one more row follows this page. */
  public boolean hasNext() {
    return nextCursor != null;
  }

  /** The cursor of the next page, when one follows: pass it to {@link PageRequest#after}. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** The request for the next page, of the same size, when one follows. */
  public Optional<PageRequest> nextRequest() {
    return nextCursor == null ? Optional.empty() : Optional.of(PageRequest.after(nextCursor, size));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Page<?> that
        && size == that.size
        && rows.equals(that.rows)
        && Objects.equals(nextCursor, that.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, size, nextCursor);
  }

  @Override
  public String toString() {
    return "Page["
        + rows.size()
        + " of "
        + size
        + " rows"
        + (nextCursor == null ? ", last" : ", next=" + nextCursor)
        + "]";
  }
}
