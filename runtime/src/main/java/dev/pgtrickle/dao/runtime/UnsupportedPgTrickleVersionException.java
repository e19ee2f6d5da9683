package dev.pgtrickle.dao.runtime;

import java.util.Optional;

/**
 * The server's pg_trickle is a release this version of pgtrickle-dao does not support (see {@link
 * PgTrickleVersion}), or is not installed in the database. The message names the release found and
 * the supported ones.
 */
public final class UnsupportedPgTrickleVersionException extends StreamTableException {
  private static final long serialVersionUID = 1L;

  private final String found;

  /**
   * Creates the exception.
   *
   * @param streamTable the stream table that was being read
   * @param found what {@code pgtrickle.version()} returned, or null if it does not exist
   * @param sql the statement that asked
   * @param sqlState the SQLState of a failed call, or null
   * @param cause the failure, or null
   */
  public UnsupportedPgTrickleVersionException(
      StreamTableName streamTable, String found, String sql, String sqlState, Throwable cause) {
    super(
        streamTable,
        (found == null
                ? "pg_trickle is not installed in this database (pgtrickle.version() does not"
                    + " exist), so stream table "
                    + streamTable
                    + " cannot be read"
                : "the server runs pg_trickle "
                    + found
                    + ", which this version of pgtrickle-dao"
                    + " does not support, so stream table "
                    + streamTable
                    + " is not read")
            + ". Supported pg_trickle releases: "
            + PgTrickleVersion.SUPPORTED
            + ". Install or upgrade pg_trickle (ALTER EXTENSION pg_trickle UPDATE), or use the"
            + " pgtrickle-dao release made for yours",
        sql,
        sqlState,
        cause);
    this.found = found;
  }

  /** What {@code pgtrickle.version()} returned; empty if pg_trickle is not installed. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }
}
