package dev.pgtrickle.dao.definitions;

import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.internal.Failures;
import java.sql.SQLException;

/**
 * Names, in pg_trickle 0.108.3's terms, the grant a failed definition statement lacked (or that the
 * role does not own the stream table), for the one SQLState translator, which picks the type.
 */
final class AdminFailures {
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
   * "creating"}) stream table {@code d}, run as {@code role} (a quoted name): the one translator's
   * ({@link Failures#translate(Failures.Path, dev.pgtrickle.dao.runtime.StreamTableName, String,
   * String, SQLException, String)}), given the grant this role and statement need for {@code
   * 42501}.
   */
  static StreamTableException translate(
      DeclaredStreamTable d, String sql, String doing, SQLException e, String role) {
    String what = doing + " stream table " + d.name() + " (defined by " + d.record() + ")";
    return Failures.translate(
        Failures.Path.DEFINITION,
        d.name(),
        what,
        sql,
        e,
        grants(sql, role, String.valueOf(e.getMessage()).contains("must be owner"), d));
  }

  /** What {@code role} must be granted, or own, to run {@code sql}. */
  private static String grants(String sql, String role, boolean ownership, DeclaredStreamTable d) {
    if (ownership) {
      return "Only the stream table's owner (a member of its owner role) or a superuser may"
          + " change or drop it: run the migration as the role that created it, or ALTER TABLE "
          + d.name().sql()
          + " OWNER TO "
          + role;
    }
    if (sql.equals(StreamTableDefinitions.CREATE_OR_REPLACE)
        || sql.equals(StreamTableDefinitions.CREATE_IF_NOT_EXISTS)) {
      String signature =
          sql.equals(StreamTableDefinitions.CREATE_OR_REPLACE)
              ? CREATE_OR_REPLACE_SIGNATURE
              : CREATE_IF_NOT_EXISTS_SIGNATURE;
      return "As a superuser, GRANT pgtrickle_admin TO "
          + role
          + " and GRANT EXECUTE ON FUNCTION "
          + signature
          + " TO "
          + role
          + ": pg_trickle 0.108.3 revokes EXECUTE on its lifecycle functions from PUBLIC, gives"
          + " pgtrickle_admin USAGE on schema pgtrickle and create_stream_table,"
          + " alter_stream_table and drop_stream_table, and grants this function to no role."
          + " Readers need none of this";
    }
    return "As a superuser, GRANT pgtrickle_admin TO "
        + role
        + ": pg_trickle 0.108.3 gives that role USAGE on schema pgtrickle and EXECUTE on"
        + " create_stream_table, alter_stream_table and drop_stream_table, and revokes them"
        + " from PUBLIC. Readers need none of this";
  }

  private AdminFailures() {}
}
