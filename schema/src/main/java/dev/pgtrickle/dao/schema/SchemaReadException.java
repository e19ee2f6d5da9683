package dev.pgtrickle.dao.schema;

import java.sql.SQLException;

/** Reading the database's schema failed; names what was being read and PostgreSQL's SQLState. */
public class SchemaReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param what what was being read, e.g. {@code the columns of stream table public.orders}
   * @param cause the driver's exception
   */
  public SchemaReadException(String what, SQLException cause) {
    super(
        "cannot read "
            + what
            + ": "
            + cause.getMessage()
            + (cause.getSQLState() == null ? "" : " (SQLState " + cause.getSQLState() + ")"),
        cause);
    this.sqlState = cause.getSQLState();
  }

  /** PostgreSQL's SQLState, or null when the driver gave none. */
  public String sqlState() {
    return sqlState;
  }
}
