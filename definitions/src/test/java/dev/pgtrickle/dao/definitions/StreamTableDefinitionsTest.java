package dev.pgtrickle.dao.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.InsufficientPrivilegeException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The definitions resource's format, dependency order, and the typed failures. */
class StreamTableDefinitionsTest {
  private static DeclaredStreamTable definition(String name, String query, String... after) {
    return new DeclaredStreamTable(
        StreamTableName.of("public", name),
        "com.example." + name,
        query,
        "calculated",
        "AUTO",
        Optional.empty(),
        true,
        false,
        java.util.Arrays.stream(after).map(a -> StreamTableName.of("public", a)).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 'it''s' AS a",
        "SELECT $$x$$, $pgt$y$pgt$, $tag$ ' \" $tag$ AS a",
        "SELECT E'\\\\n\\t' AS a -- comment\r\nFROM t",
        "tab\there\\tnot a tab\\\\",
        "\u0000\u0001\u001f\u007f control",
        "unicode ünï €",
        "ends with a backslash \\"
      })
  void anyTextRoundTripsExactly(String query) {
    StreamTableDefinitions written =
        StreamTableDefinitions.of(
            List.of(
                new DeclaredStreamTable(
                    StreamTableName.of("s\tx", "n\\a\"me\n"),
                    "com.example.R",
                    query,
                    "*/5 * * * *",
                    "FULL",
                    Optional.of("1 h\t"),
                    false,
                    true,
                    List.of(StreamTableName.of("o\nther", "t")))));

    List<DeclaredStreamTable> read = StreamTableDefinitions.parse(written.text(), "test");

    assertEquals(written.all(), read);
    assertFalse(written.text().contains("\r"), "every value stays on its line");
  }

  @Test
  void definitionsAreOrderedAfterTheirDependenciesAndOtherwiseKeepTheirOrder() {
    StreamTableDefinitions definitions =
        StreamTableDefinitions.of(
            List.of(
                definition("c", "SELECT 1", "b"),
                definition("a", "SELECT 1"),
                definition("b", "SELECT 1", "a"),
                definition("d", "SELECT 1")));

    assertEquals(
        List.of("public.a", "public.b", "public.c", "public.d"),
        definitions.all().stream().map(d -> d.name().toString()).toList());
  }

  @Test
  void aCycleOrADuplicateIsRefused() {
    IllegalArgumentException cycle =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StreamTableDefinitions.of(
                    List.of(definition("a", "SELECT 1", "b"), definition("b", "SELECT 1", "a"))));
    assertTrue(cycle.getMessage().contains("depend on each other in a cycle"), cycle.getMessage());
    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StreamTableDefinitions.of(
                    List.of(definition("a", "SELECT 1"), definition("a", "SELECT 2"))));
    assertTrue(
        duplicate
            .getMessage()
            .contains("is defined twice, by com.example.a and by" + " com.example.a"),
        duplicate.getMessage());
  }

  @Test
  void theChecksumFollowsTheText() {
    StreamTableDefinitions one = StreamTableDefinitions.of(List.of(definition("a", "SELECT 1")));
    StreamTableDefinitions same = StreamTableDefinitions.of(List.of(definition("a", "SELECT 1")));
    StreamTableDefinitions other = StreamTableDefinitions.of(List.of(definition("a", "SELECT 2")));

    assertEquals(one.checksum(), same.checksum());
    assertNotEquals(one.checksum(), other.checksum());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "pgtrickle-dao-stream-table-definitions\t2\n",
        "pgtrickle-dao-stream-table-definitions\t1\nquery\tx\n",
        "pgtrickle-dao-stream-table-definitions\t1\ndefinition\tpublic\ta\nrecord\tR\n",
        "pgtrickle-dao-stream-table-definitions\t1\ndefinition\tpublic\ta\nrecord\tR\nend\n",
        "pgtrickle-dao-stream-table-definitions\t1\ndefinition\tpublic\ta\nquery\tx\\q\nend\n",
        "pgtrickle-dao-stream-table-definitions\t1\ndefinition\tpublic\ta\ncolour\tred\nend\n"
      })
  void aMalformedResourceSaysWhereAndToRebuild(String text) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> StreamTableDefinitions.parse(text, "x.jar"));
    assertTrue(
        e.getMessage().startsWith("malformed stream table definitions in x.jar at line "),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("Rebuild the module so the annotation processor writes it" + " again"),
        e.getMessage());
  }

  @Test
  void aRefusedCreateOrReplaceNamesTheGrantTheRoleNeeds() {
    DeclaredStreamTable d = definition("order_totals", "SELECT 1");
    SQLException denied =
        new SQLException(
            "ERROR: permission denied for function create_or_replace_stream_table", "42501");

    StreamTableException e =
        AdminFailures.translate(
            d, StreamTableDefinitions.CREATE_OR_REPLACE, "creating", denied, "\"app\"");

    InsufficientPrivilegeException privilege = (InsufficientPrivilegeException) e;
    assertFalse(privilege.needsOwnership());
    assertEquals(StreamTableName.of("public", "order_totals"), e.streamTable());
    assertEquals(Optional.of("42501"), e.sqlState());
    assertEquals(Optional.of(StreamTableDefinitions.CREATE_OR_REPLACE), e.sql());
    assertTrue(
        e.getMessage()
            .contains(
                "GRANT pgtrickle_admin TO \"app\" and GRANT EXECUTE ON"
                    + " FUNCTION pgtrickle.create_or_replace_stream_table(text, text, text, text, boolean,"
                    + " text, text, text, boolean, boolean, text, integer, double precision, text, boolean,"
                    + " text, text) TO \"app\""),
        e.getMessage());
  }

  @Test
  void aRefusedAlterOfATableOfAnotherOwnerSaysSo() {
    SQLException notOwner =
        new SQLException(
            "ERROR: permission denied: must be owner of stream table public.t", "42501");

    StreamTableException e =
        AdminFailures.translate(
            definition("t", "SELECT 1"),
            StreamTableDefinitions.SET_TARGET_FRESHNESS,
            "altering",
            notOwner,
            "\"app\"");

    assertTrue(((InsufficientPrivilegeException) e).needsOwnership());
    assertTrue(
        e.getMessage().contains("ALTER TABLE \"public\".\"t\" OWNER TO \"app\""), e.getMessage());
  }

  @Test
  void aRefusedDropNamesPgtrickleAdmin() {
    SQLException denied =
        new SQLException("ERROR: permission denied for function drop_stream_table", "42501");

    StreamTableException e =
        AdminFailures.translate(
            definition("t", "SELECT 1"),
            StreamTableDefinitions.DROP,
            "dropping",
            denied,
            "\"app\"");

    assertTrue(e.getMessage().contains("GRANT pgtrickle_admin TO \"app\""), e.getMessage());
  }

  @Test
  void otherFailuresKeepTheServersMessageAndState() {
    SQLException invalid = new SQLException("ERROR: invalid argument: bad", "22023");

    StreamTableException e =
        AdminFailures.translate(
            definition("t", "SELECT 1"),
            StreamTableDefinitions.CREATE_OR_REPLACE,
            "creating or replacing",
            invalid,
            "\"app\"");

    assertFalse(e instanceof InsufficientPrivilegeException);
    assertEquals(StreamTableException.Reason.DEFINITION_REJECTED, e.reason());
    assertTrue(
        e.getMessage()
            .startsWith(
                "creating or replacing stream table public.t (defined by"
                    + " com.example.t) failed: ERROR: invalid argument: bad [SQLState 22023]"),
        e.getMessage());
  }
}
