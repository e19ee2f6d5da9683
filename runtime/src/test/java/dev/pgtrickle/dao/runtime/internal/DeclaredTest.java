package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.ColumnMappingException;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The row-count checks and helpers behind generated repositories. */
class DeclaredTest {
  private static final StreamTableName TABLE = StreamTableName.of("public", "t");
  private static final String SQL = "SELECT 1";

  @Test
  void oneWantsExactlyOneRow() {
    assertEquals("a", Declared.one(List.of("a"), TABLE, SQL));
    StreamTableException none =
        assertThrows(StreamTableException.class, () -> Declared.one(List.of(), TABLE, SQL));
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, none.reason());
    assertTrue(none.getMessage().contains("selects none"), none.getMessage());
    assertEquals(Optional.of(SQL), none.sql());
    StreamTableException two =
        assertThrows(StreamTableException.class, () -> Declared.one(List.of("a", "b"), TABLE, SQL));
    assertEquals(StreamTableException.Reason.UNEXPECTED_ROW_COUNT, two.reason());
    assertTrue(two.getMessage().contains("selects 2 rows"), two.getMessage());
  }

  @Test
  void optionalWantsAtMostOneRowAndTreatsNullAsEmpty() {
    assertEquals(Optional.empty(), Declared.optional(List.of(), TABLE, SQL));
    assertEquals(Optional.of("a"), Declared.optional(List.of("a"), TABLE, SQL));
    assertEquals(Optional.empty(), Declared.optional(Arrays.asList((String) null), TABLE, SQL));
    assertThrows(
        StreamTableException.class, () -> Declared.optional(List.of("a", "b"), TABLE, SQL));
  }

  @Test
  void presentRejectsNullForPrimitiveResults() {
    assertEquals(3L, Declared.present(3L, TABLE, "Q.m"));
    ColumnMappingException e =
        assertThrows(ColumnMappingException.class, () -> Declared.present(null, TABLE, "Q.m"));
    assertEquals(StreamTableException.Reason.UNEXPECTED_NULL, e.reason());
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
