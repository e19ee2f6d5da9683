package dev.pgtrickle.dao.runtime.freshness;

import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * A fresh read inside the caller's REPEATABLE READ or SERIALIZABLE transaction found that the
 * stream table's storage was rewritten (a FULL refresh's {@code TRUNCATE}, or a {@code VACUUM
 * FULL}) after the transaction took its snapshot. {@code TRUNCATE} is not MVCC-safe in PostgreSQL:
 * such a transaction reads the new storage through its old snapshot, so it sees the table empty (or
 * partly filled) while pg_trickle's catalog, read through the same snapshot, still describes the
 * previous refresh. The rows would not be those of any refresh, so they are not returned.
 *
 * <p>The transaction cannot see the table correctly any more: roll it back and run it again. A read
 * in auto-commit mode (the {@code DataSource} methods) is not affected, because its snapshot is
 * taken after it acquired the table's lock.
 */
public class SnapshotTooOldException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param sql the fresh statement
   */
  public SnapshotTooOldException(StreamTableName streamTable, String sql) {
    super(
        streamTable,
        "stream table "
            + streamTable
            + " was rewritten by a refresh (TRUNCATE) after this"
            + " transaction took its snapshot, so the transaction sees its storage empty or"
            + " partly filled while the catalog still describes the previous refresh. Roll the"
            + " transaction back and run it again",
        sql,
        null,
        null);
  }
}
