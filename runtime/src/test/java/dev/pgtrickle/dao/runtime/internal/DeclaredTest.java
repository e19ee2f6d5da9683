package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.UnexpectedNullException;
import dev.pgtrickle.dao.runtime.UnexpectedRowCountException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The row-count checks and helpers behind generated finder interfaces. */
class DeclaredTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "t");
  private static final String SQL = "SELECT 1";

  @Test
  void oneWantsExactlyOneRow() {
    assertEquals("a", Declared.one(List.of("a"), TABLE, SQL));
    UnexpectedRowCountException none =
        assertThrows(UnexpectedRowCountException.class, () -> Declared.one(List.of(), TABLE, SQL));
    assertEquals(0, none.rowCount());
    assertEquals(Optional.of(SQL), none.sql());
    UnexpectedRowCountException two =
        assertThrows(
            UnexpectedRowCountException.class, () -> Declared.one(List.of("a", "b"), TABLE, SQL));
    assertEquals(2, two.rowCount());
  }

  @Test
  void optionalWantsAtMostOneRowAndTreatsNullAsEmpty() {
    assertEquals(Optional.empty(), Declared.optional(List.of(), TABLE, SQL));
    assertEquals(Optional.of("a"), Declared.optional(List.of("a"), TABLE, SQL));
    assertEquals(Optional.empty(), Declared.optional(Arrays.asList((String) null), TABLE, SQL));
    assertThrows(
        UnexpectedRowCountException.class, () -> Declared.optional(List.of("a", "b"), TABLE, SQL));
  }

  @Test
  void presentRejectsNullForPrimitiveResults() {
    assertEquals(3L, Declared.present(3L, TABLE, "Q.m"));
    UnexpectedNullException e =
        assertThrows(UnexpectedNullException.class, () -> Declared.present(null, TABLE, "Q.m"));
    assertEquals(TABLE, e.streamTable());
  }

  @Test
  void literalPatternsEscapeEveryWildcard() {
    assertEquals("We\\_st", Declared.literalPattern("We_st"));
    assertEquals("100\\%", Declared.literalPattern("100%"));
    assertEquals("a\\\\b", Declared.literalPattern("a\\b"));
    assertEquals("plain", Declared.literalPattern("plain"));
    assertNull(Declared.literalPattern(null));
  }
}
