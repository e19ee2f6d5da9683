package dev.pgtrickle.dao.runtime.definition;

import java.sql.SQLException;

/**
 * Turns a failed lifecycle statement into the typed exception that says what to do, in pg_trickle
 * 0.108.3's terms: which grant the role lacks, or that it does not own the stream table.
 */
final class AdminFailures {
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  /** The full signatures of the functions pg_trickle 0.108.3 grants to no role. */
  static final String CREATE_OR_REPLACE_SIGNATURE =
      "pgtrickle.create_or_replace_stream_table(text, text, text, text, boolean, text, text,"
          + " text, boolean, boolean, text, integer, double precision, text, boolean, text, text)";

  static final String CREATE_IF_NOT_EXISTS_SIGNATURE =
      "pgtrickle.create_stream_table_if_not_exists(text, text, text, text, boolean, text, text,"
          + " text, boolean, boolean, text, integer, double precision, text, boolean, text,"
          + " integer, text, text)";

  /**
   * The exception for {@code e}, raised by {@code sql} while {@code doing} (e.g. {@code
   * "creating"}) stream table {@code d}, run as {@code role} (a quoted name): a {@link
   * StreamTableAdminPrivilegeException} naming the grant to run for SQLState 42501, else a {@link
   * StreamTableDefinitionException} with the server's message.
   */
  static StreamTableDefinitionException translate(
      StreamTableDefinition d, String sql, String doing, SQLException e, String role) {
    String state = e.getSQLState();
    String what = doing + " stream table " + d.name() + " (defined by " + d.record() + ")";
    if (INSUFFICIENT_PRIVILEGE.equals(state)) {
      String server = String.valueOf(e.getMessage());
      boolean ownership = server.contains("must be owner");
      String fix;
      if (ownership) {
        fix =
            ". Only the stream table's owner (a member of its owner role) or a superuser may"
                + " change or drop it: run the migration as the role that created it, or ALTER TABLE "
                + d.name().sql()
                + " OWNER TO "
                + role;
      } else if (sql.equals(StreamTableDefinitions.CREATE_OR_REPLACE)
          || sql.equals(StreamTableDefinitions.CREATE_IF_NOT_EXISTS)) {
        String signature =
            sql.equals(StreamTableDefinitions.CREATE_OR_REPLACE)
                ? CREATE_OR_REPLACE_SIGNATURE
                : CREATE_IF_NOT_EXISTS_SIGNATURE;
        fix =
            ". As a superuser, GRANT pgtrickle_admin TO "
                + role
                + " and GRANT EXECUTE ON FUNCTION "
                + signature
                + " TO "
                + role
                + ": pg_trickle 0.108.3 revokes EXECUTE on its lifecycle functions from PUBLIC, gives"
                + " pgtrickle_admin USAGE on schema pgtrickle and create_stream_table,"
                + " alter_stream_table and drop_stream_table, and grants this function to no role."
                + " Readers need none of this";
      } else {
        fix =
            ". As a superuser, GRANT pgtrickle_admin TO "
                + role
                + ": pg_trickle 0.108.3 gives that role USAGE on schema pgtrickle and EXECUTE on"
                + " create_stream_table, alter_stream_table and drop_stream_table, and revokes them"
                + " from PUBLIC. Readers need none of this";
      }
      return new StreamTableAdminPrivilegeException(
          d.name(), what + " was refused: " + server + fix, sql, state, e, ownership);
    }
    return new StreamTableDefinitionException(
        d.name(), what + " failed: " + e.getMessage(), sql, state, e);
  }

  private AdminFailures() {}
}
