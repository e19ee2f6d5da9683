package dev.pgtrickle.dao.runtime;

/**
 * The role lacks a privilege, or the ownership, that an operation on a stream table needs (SQLState
 * {@code 42501}). The one type for {@code 42501} on every path: reads and fresh reads, freshness,
 * subscriptions, refresh, pause and resume, and creating, changing or dropping stream tables. Its
 * reason is {@link Reason#INSUFFICIENT_PRIVILEGE}.
 *
 * <p>The message names the grants the path needs on pg_trickle 0.108: a read needs {@code USAGE} on
 * the stream table's schema and {@code SELECT} on the table, and freshness also the role {@code
 * pgtrickle_reader} and {@code SELECT ON pgtrickle.pgt_stream_tables}; refresh, pause and resume
 * are {@code SECURITY DEFINER} functions that only the table's owner may use, with {@code EXECUTE}
 * granted to {@code pgtrickle_operator}; definitions need {@code pgtrickle_admin} (and an explicit
 * {@code GRANT EXECUTE} for the idempotent create functions). {@link #needsOwnership()} says
 * whether the server asked for ownership rather than a grant.
 */
public class InsufficientPrivilegeException extends StreamTableException {
  private static final long serialVersionUID = 2L;

  private final boolean needsOwnership;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table
   * @param message what failed and which grants are needed
   * @param sql the statement that failed
   * @param sqlState the server's SQLState
   * @param cause the driver's exception
   * @param needsOwnership whether the server asked for ownership of the stream table ("must be
   *     owner") rather than a privilege
   */
  public InsufficientPrivilegeException(
      StreamTableName streamTable,
      String message,
      String sql,
      String sqlState,
      Throwable cause,
      boolean needsOwnership) {
    super(Reason.INSUFFICIENT_PRIVILEGE, streamTable, null, message, sql, sqlState, cause);
    this.needsOwnership = needsOwnership;
  }

  /**
   * Whether the role lacks ownership of the stream table ("must be owner": only the owner, a member
   * of the owner role, or a superuser may refresh, pause, resume, change or drop it), as opposed to
   * a grant.
   */
  public boolean needsOwnership() {
    return needsOwnership;
  }
}
