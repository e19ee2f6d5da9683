package dev.pgtrickle.dao.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import dev.pgtrickle.dao.processor.validate.ReadOnlySql.ProblemKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compile-time check of {@code @Query} text, over a tokenizer that knows PostgreSQL quoting.
 */
class ReadOnlySqlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 'delete'",
        "SELECT \"update\" FROM t",
        "SELECT $$drop table t$$",
        "SELECT $tag$ ; DELETE FROM t $tag$",
        "SELECT 1 -- ; DELETE FROM t",
        "SELECT 1 /* ; DELETE /* nested */ FROM t */",
        "SELECT E'it\\'s; DELETE'",
        "SELECT 1;",
        "SELECT 1 ; ; ",
        "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r",
        "(SELECT 1) UNION (SELECT 2)",
        "VALUES (1), (2)",
        "TABLE order_totals",
        "SELECT substring('abc' FROM 1 FOR 2)",
        "SELECT t.into, t.for FROM t",
        "SELECT x::text FROM t WHERE y = :y",
        "select * from t where region = :region order by total desc"
      })
  void acceptsReadOnlyQueries(String sql) {
    ReadOnlySql check = ReadOnlySql.check(sql);
    assertThat(check.problems()).isEmpty();
    assertThat(check.isReadOnly()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DELETE FROM t | NOT_A_QUERY | true",
        "INSERT INTO t VALUES (1) | NOT_A_QUERY | true",
        "UPDATE t SET a = 1 | NOT_A_QUERY | true",
        "MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE | NOT_A_QUERY | true",
        "TRUNCATE t | NOT_A_QUERY | true",
        "COPY t TO STDOUT | NOT_A_QUERY | true",
        "CALL p() | NOT_A_QUERY | true",
        "DO $$ BEGIN END $$ | NOT_A_QUERY | true",
        "CREATE TABLE t (a int) | NOT_A_QUERY | true",
        "DROP TABLE t | NOT_A_QUERY | true",
        "GRANT SELECT ON t TO r | NOT_A_QUERY | true",
        "SET search_path = x | NOT_A_QUERY | true",
        "SELECT 1; DELETE FROM t | MULTIPLE_STATEMENTS | true",
        "SELECT 1; SELECT 2 | MULTIPLE_STATEMENTS | false",
        "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d | DATA_MODIFYING_WITH | true",
        "WITH a AS (SELECT 1), d AS (UPDATE t SET a = 1 RETURNING a) SELECT 1 | DATA_MODIFYING_WITH | true",
        "SELECT * FROM t FOR UPDATE | LOCKING_CLAUSE | true",
        "SELECT * FROM t FOR NO KEY UPDATE | LOCKING_CLAUSE | true",
        "SELECT * FROM t FOR SHARE | LOCKING_CLAUSE | true",
        "SELECT * FROM (SELECT * FROM t FOR KEY SHARE) q | LOCKING_CLAUSE | true",
        "SELECT * INTO copy FROM t | SELECT_INTO | true",
        "SELECT * FROM t WHERE a = ? | POSITIONAL_PARAMETER | false",
        "SELECT * FROM t WHERE a = $1 | POSITIONAL_PARAMETER | false",
        "SELECT 'unterminated | MALFORMED | false",
        "SELECT (1 | MALFORMED | false",
        "'' | MALFORMED | false"
      })
  void rejectsEverythingElse(String sql, ProblemKind kind, boolean writes) {
    ReadOnlySql check = ReadOnlySql.check(sql.equals("''") ? "" : sql);
    assertThat(check.isReadOnly()).isFalse();
    ReadOnlySql.Problem problem = check.problems().get(0);
    assertThat(problem.kind()).isEqualTo(kind);
    assertThat(problem.writes()).isEqualTo(writes);
  }

  @Test
  void namedParametersBecomeQuestionMarksInOrderOfAppearance() {
    ReadOnlySql check =
        ReadOnlySql.check(
            "SELECT * FROM t -- :comment\nWHERE a = :a AND b = ':b' AND c::int = :c OR a > :a;");
    assertThat(check.parameters()).containsExactly("a", "c", "a").inOrder();
    assertThat(check.parameterNames()).containsExactly("a", "c").inOrder();
    assertThat(check.jdbcSql())
        .isEqualTo("SELECT * FROM t  \nWHERE a = ? AND b = ':b' AND c::int = ? OR a > ?");
  }

  @Test
  void aParameterFollowedByACastKeepsTheCast() {
    ReadOnlySql check = ReadOnlySql.check("SELECT * FROM t WHERE day = :day::date");
    assertThat(check.parameters()).containsExactly("day");
    assertThat(check.jdbcSql()).isEqualTo("SELECT * FROM t WHERE day = ?::date");
  }

  @Test
  void problemsSayWhereTheyAre() {
    List<ReadOnlySql.Problem> problems = ReadOnlySql.check("SELECT 1;\n  DELETE FROM t").problems();
    assertThat(problems.get(0).line()).isEqualTo(2);
    assertThat(problems.get(0).column()).isEqualTo(3);
    assertThat(problems.get(0).keyword()).isEqualTo("DELETE");
  }
}
